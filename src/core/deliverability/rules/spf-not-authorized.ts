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
    const results = spf.results.map(({ ip, result }) => `${ip}: ${result}`).join(', ');
    return spfFinding(verdict, relay, spf.suggestion, (then, advice) => {
      const publish = advice({
        en: `Publish this TXT record at ${domain} in place of the current one:`,
        fi: `Julkaise verkkotunnukselle ${domain} nykyisen tilalle tämä TXT-tietue:`,
      });
      return {
        en: `${domain} does not authorize the relay ${relay.host} in SPF (${results}). ${then.en} ${publish.en}`,
        fi: `${domain} ei salli välityspalvelinta ${relay.host} SPF:ssä (${results}). ${then.fi} ${publish.fi}`,
      };
    });
  },
};
