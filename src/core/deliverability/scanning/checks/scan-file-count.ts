import { msg } from '../../../messages';
import type { ScanCheck, ScanFinding } from './check';

export const scanFileCount: ScanCheck = {
  id: 'scan-file-count',
  judge({ name: service, rules }, { attachments }) {
    const check = 'scan-file-count';
    const findings: ScanFinding[] = [];
    if (rules.maxFiles !== undefined && attachments.length > rules.maxFiles)
      findings.push({
        check,
        level: 'fail',
        message: msg('scan.count.over', { count: attachments.length, max: rules.maxFiles, service }),
      });
    const pdfs = attachments.filter((file) => file.pdf).length;
    // Which PDF is an invoice cannot be told from here: several may be refused, so it is a warning.
    if (rules.oneInvoicePerMessage && pdfs > 1)
      findings.push({
        check,
        level: 'warn',
        message: msg('scan.count.one-invoice', { count: pdfs, service }),
      });
    return findings;
  },
};
