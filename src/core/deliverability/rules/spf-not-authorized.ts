import { ruleMessages } from '../../rules/rule';
import { spfFinding, type DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('spf-not-authorized', {
  found: {
    en: '{domain} does not authorize the relay {relay} in SPF ({results}). {then} {advice}',
    fi: '{domain} ei salli välityspalvelinta {relay} SPF:ssä ({results}). {then} {advice}',
  },
});

export const spfNotAuthorized: DnsRule = {
  id: 'spf-not-authorized',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's SPF record does not authorize the relay (an error under DMARC quarantine or reject).",
    fi: 'Lähettäjän verkkotunnuksen SPF-tietue ei salli välityspalvelinta (virhe, jos DMARC-käytäntö on quarantine tai reject).',
  },
  judge(verdict, { relay }) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'not-authorized') return undefined;
    const results = verdict.spf.results.map(({ ip, result }) => `${ip}: ${result}`).join(', ');
    return spfFinding(verdict, relay, verdict.spf.suggestion, {
      say: (data) => message('found', { ...data, results }),
      advice: 'spf.advice.replace',
    });
  },
};
