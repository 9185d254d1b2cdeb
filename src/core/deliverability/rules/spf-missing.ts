import { ruleMessages } from '../../rules/rule';
import { spfFinding, type DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('spf-missing', {
  none: {
    en: '{domain} has no SPF record, so recipients cannot tell that {relay} may send its mail. {then} {advice}',
    fi: 'Verkkotunnuksella {domain} ei ole SPF-tietuetta, joten vastaanottajat eivät tiedä, että {relay} saa lähettää sen postia. {then} {advice}',
  },
});

export const spfMissing: DnsRule = {
  id: 'spf-missing',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'A sender domain has no SPF record (an error under DMARC quarantine or reject).',
    fi: 'Lähettäjän verkkotunnuksella ei ole SPF-tietuetta (virhe, jos DMARC-käytäntö on quarantine tai reject).',
  },
  judge(verdict, { relay }) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'none') return undefined;
    return spfFinding(verdict, relay, verdict.spf.suggestion, {
      say: (data) => message('none', data),
      advice: 'spf.advice.new',
    });
  },
};
