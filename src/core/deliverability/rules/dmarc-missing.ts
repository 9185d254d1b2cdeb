import type { DnsRule } from './dns-rule';

export const dmarcMissing: DnsRule = {
  id: 'dmarc-missing',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    en: 'A sender domain has no DMARC record.',
    fi: 'Lähettäjän verkkotunnuksella ei ole DMARC-tietuetta.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.dmarc.kind !== 'none') return undefined;
    const { domain } = verdict;
    return {
      severity: 'info',
      message: {
        en: `${domain} has no DMARC record (TXT at _dmarc.${domain}): Gmail, Outlook.com and Yahoo expect one since 2024. A start: "v=DMARC1; p=none; rua=mailto:<a mailbox someone reads>".`,
        fi: `Verkkotunnuksella ${domain} ei ole DMARC-tietuetta (TXT nimellä _dmarc.${domain}): Gmail, Outlook.com ja Yahoo odottavat sellaista vuodesta 2024. Alku: "v=DMARC1; p=none; rua=mailto:<postilaatikko, jota joku lukee>".`,
      },
    };
  },
};
