import { ruleMessages } from '../../rules/rule';
import type { DnsRule } from './dns-rule';
import { multipleRecords } from '../dmarc-readings';

const { messages, message } = ruleMessages('dmarc-missing', {
  multiple: {
    en: "{domain} has {count} DMARC records (TXT at _dmarc.{domain}), so none of them applies: RFC 7489 receivers apply no DMARC policy, and RFC 9989 receivers ignore them and take the organizational domain's. Merge them into one record.",
    fi: 'Verkkotunnuksella {domain} on {count} DMARC-tietuetta (TXT nimellä _dmarc.{domain}), joten mikään niistä ei ole voimassa: RFC 7489:n mukaiset vastaanottajat eivät sovella DMARC-käytäntöä, ja RFC 9989:n mukaiset ohittavat ne ja käyttävät organisaatioverkkotunnuksen käytäntöä. Yhdistä ne yhdeksi tietueeksi.',
  },
  none: {
    en: '{domain} has no DMARC record (TXT at _dmarc.{domain}): Gmail, Outlook.com and Yahoo expect one since 2024. A start: "v=DMARC1; p=none; rua=mailto:<a mailbox someone reads>".',
    fi: 'Verkkotunnuksella {domain} ei ole DMARC-tietuetta (TXT nimellä _dmarc.{domain}): Gmail, Outlook.com ja Yahoo odottavat sellaista vuodesta 2024. Alku: "v=DMARC1; p=none; rua=mailto:<postilaatikko, jota joku lukee>".',
  },
});

export const dmarcMissing: DnsRule = {
  id: 'dmarc-missing',
  messages,
  defaultSeverity: 'info',
  fixable: false,
  description: {
    en: 'A sender domain has no DMARC record.',
    fi: 'Lähettäjän verkkotunnuksella ei ole DMARC-tietuetta.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked') return undefined;
    const { domain, dmarc } = verdict;
    const multiple = multipleRecords(dmarc);
    if (multiple?.at === domain)
      return { severity: 'info', message: message('multiple', { domain, count: multiple.count }) };
    if (dmarc.kind !== 'none') return undefined;
    return { severity: 'info', message: message('none', { domain }) };
  },
};
