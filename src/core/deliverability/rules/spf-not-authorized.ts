import { correctedSpfRecord } from '../spf-record';
import { spfFinding, type DnsRule } from './dns-rule';

export const spfNotAuthorized: DnsRule = {
  id: 'spf-not-authorized',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's SPF record does not authorize the relay (an error under DMARC quarantine or reject).",
    fi: 'Lähettäjän verkkotunnuksen SPF-tietue ei salli välityspalvelinta (virhe, jos DMARC-käytäntö on quarantine tai reject).',
  },
  judge(verdict, { relay }) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'not-authorized') return undefined;
    const { domain, spf } = verdict;
    const record = correctedSpfRecord(spf.record, relay.mechanism);
    const results = spf.results.map(({ ip, result }) => `${ip}: ${result}`).join(', ');
    return spfFinding(verdict, relay, record, (then, include) => ({
      en: `${domain} does not authorize the relay ${relay.host} in SPF (${results}). ${then.en} Publish this TXT record at ${domain} in place of the current one: "${record}". ${include.en}`,
      fi: `${domain} ei salli välityspalvelinta ${relay.host} SPF:ssä (${results}). ${then.fi} Julkaise verkkotunnukselle ${domain} nykyisen tilalle tämä TXT-tietue: "${record}". ${include.fi}`,
    }));
  },
};
