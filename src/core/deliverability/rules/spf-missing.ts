import { spfFinding, type DnsRule } from './dns-rule';

export const spfMissing: DnsRule = {
  id: 'spf-missing',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'A sender domain has no SPF record (an error under DMARC quarantine or reject).',
    fi: 'Lähettäjän verkkotunnuksella ei ole SPF-tietuetta (virhe, jos DMARC-käytäntö on quarantine tai reject).',
  },
  judge(verdict, { relay }) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'none') return undefined;
    return spfFinding(verdict, relay, verdict.spf.suggestion, {
      id: 'spf-missing.none',
      advice: 'spf.advice.new',
    });
  },
};
