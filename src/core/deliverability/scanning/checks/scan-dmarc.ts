import { msg } from '../../../messages';
import type { ScanCheck } from './check';

export const scanDmarc: ScanCheck = {
  id: 'scan-dmarc',
  judge({ name, rules }, { dmarc }) {
    if (!rules.dmarcPass) return [];
    const check = 'scan-dmarc';
    if (dmarc === undefined)
      return [{ check, level: 'warn', message: msg('scan.dmarc.unknown', { service: name }) }];
    if (dmarc === 'pass') return [{ check, level: 'ok', message: msg('scan.dmarc.pass') }];
    return [
      {
        check,
        level: 'fail',
        message: msg('scan.dmarc.fail', { result: dmarc, since: rules.dmarcPass.since, service: name }),
      },
    ];
  },
};
