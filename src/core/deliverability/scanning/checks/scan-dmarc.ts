import { msg } from '../../../messages';
import type { ScanCheck } from './check';

export const scanDmarc: ScanCheck = {
  id: 'scan-dmarc',
  judge({ name, rules }, { dmarc, dmarcUnknown }) {
    if (!rules.dmarcPass) return [];
    const check = 'scan-dmarc';
    // Not told: DNS unreachable, or a copy that names no envelope sender and carries no passing signature.
    if (dmarc === undefined || dmarcUnknown)
      return [
        {
          check,
          level: 'warn',
          message: msg(dmarcUnknown === 'copy' ? 'scan.dmarc.not-from-copy' : 'scan.dmarc.unknown', {
            service: name,
          }),
        },
      ];
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
