import { ruleMessages } from '../../rules/rule';
import type { DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('spf-allows-all', {
  found: {
    en: 'The SPF record of {domain} ("{record}") authorizes every server on the Internet (+all or the like): anyone can send mail as {domain}, and receivers learn to distrust it. List the domain\'s real senders and end the record with ~all or -all.',
    fi: 'Verkkotunnuksen {domain} SPF-tietue ("{record}") sallii jokaisen Internetin palvelimen (+all tai vastaava): kuka tahansa voi lähettää postia verkkotunnuksen {domain} nimissä, ja vastaanottajat oppivat epäilemään sitä. Luettele verkkotunnuksen todelliset lähettäjät ja päätä tietue ~all- tai -all-termiin.',
  },
});

export const spfAllowsAll: DnsRule = {
  id: 'spf-allows-all',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's SPF record lets any server send as the domain (+all).",
    fi: 'Lähettäjän verkkotunnuksen SPF-tietue sallii minkä tahansa palvelimen lähettää verkkotunnuksen nimissä (+all).',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'pass' || !verdict.spf.allowsAll) return undefined;
    return {
      severity: 'warning',
      message: message('found', { domain: verdict.domain, record: verdict.spf.record }),
    };
  },
};
