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
    const { domain } = verdict;
    return spfFinding(verdict, relay, verdict.spf.suggestion, (then, advice) => {
      const publish = advice({
        en: `Put the domain's other senders in it too (its own mail service, such as include:spf.protection.outlook.com for Microsoft 365), or their mail starts failing. Publish a TXT record at ${domain}:`,
        fi: `Lisää siihen myös verkkotunnuksen muut lähettäjät (sen oma sähköpostipalvelu, esim. include:spf.protection.outlook.com Microsoft 365:lle), muuten niiden posti alkaa hylkääntyä. Julkaise verkkotunnukselle ${domain} TXT-tietue`,
      });
      return {
        en: `${domain} has no SPF record, so recipients cannot tell that ${relay.host} may send its mail. ${then.en} ${publish.en}`,
        fi: `Verkkotunnuksella ${domain} ei ole SPF-tietuetta, joten vastaanottajat eivät tiedä, että ${relay.host} saa lähettää sen postia. ${then.fi} ${publish.fi}`,
      };
    });
  },
};
