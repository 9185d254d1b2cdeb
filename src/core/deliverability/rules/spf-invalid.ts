import { msg } from '../../messages';
import type { DnsRule } from './dns-rule';

export const spfInvalid: DnsRule = {
  id: 'spf-invalid',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: "A sender domain's SPF is broken (permerror): two records, a syntax error, or more than 10 lookups.",
    fi: 'Lähettäjän verkkotunnuksen SPF on rikki (permerror): kaksi tietuetta, syntaksivirhe tai yli 10 kyselyä.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'invalid') return undefined;
    const { domain, spf } = verdict;
    return {
      severity: 'error',
      message:
        spf.problem === 'syntax'
          ? msg('spf-invalid.syntax', {
              domain,
              record: spf.record ? ` "${spf.record}"` : '',
              detail: spf.detail,
            })
          : msg(`spf-invalid.${spf.problem}`, { domain }),
    };
  },
};
