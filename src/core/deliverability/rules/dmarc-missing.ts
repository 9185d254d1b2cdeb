import { msg } from '../../messages';
import type { DnsRule } from './dns-rule';
import { multipleRecords } from '../dmarc-readings';

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
    const multiple = multipleRecords(dmarc);
    if (multiple?.at === domain)
      return { severity: 'info', message: msg('dmarc-missing.multiple', { domain, count: multiple.count }) };
    if (dmarc.kind !== 'none') return undefined;
    return { severity: 'info', message: msg('dmarc-missing.none', { domain }) };
  },
};
