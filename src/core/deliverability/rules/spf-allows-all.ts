import type { DnsRule } from './dns-rule';

export const spfAllowsAll: DnsRule = {
  id: 'spf-allows-all',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's SPF record lets any server send as the domain (+all).",
    fi: 'Lähettäjän verkkotunnuksen SPF-tietue sallii minkä tahansa palvelimen lähettää verkkotunnuksen nimissä (+all).',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'pass' || !verdict.spf.allowsAll) return undefined;
    const { domain } = verdict;
    return {
      severity: 'warning',
      message: {
        en: `The SPF record of ${domain} ("${verdict.spf.record}") authorizes every server on the Internet (+all or the like): anyone can send mail as ${domain}, and receivers learn to distrust it. List the domain's real senders and end the record with ~all or -all.`,
        fi: `Verkkotunnuksen ${domain} SPF-tietue ("${verdict.spf.record}") sallii jokaisen Internetin palvelimen (+all tai vastaava): kuka tahansa voi lähettää postia verkkotunnuksen ${domain} nimissä, ja vastaanottajat oppivat epäilemään sitä. Luettele verkkotunnuksen todelliset lähettäjät ja päätä tietue ~all- tai -all-termiin.`,
      },
    };
  },
};
