import { msg } from '../../messages';
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
    if (verdict.kind !== 'checked') return undefined;
    const { domain, dmarc } = verdict;
    if (dmarc.kind === 'multiple')
      return { severity: 'info', message: msg('dmarc-missing.multiple', { domain, count: dmarc.count }) };
    if (dmarc.kind !== 'none') return undefined;
    return { severity: 'info', message: msg('dmarc-missing.none', { domain }) };
  },
};
