import { msg } from '../../messages';
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
    return {
      severity: 'warning',
      message: msg('spf-allows-all.found', { domain: verdict.domain, record: verdict.spf.record }),
    };
  },
};
