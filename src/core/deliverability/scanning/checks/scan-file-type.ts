import { msg } from '../../../messages';
import type { ScanCheck, ScanFinding } from './check';

export const scanFileType: ScanCheck = {
  id: 'scan-file-type',
  judge({ name: service, rules }, { attachments }) {
    const check = 'scan-file-type';
    if (attachments.length === 0)
      return [{ check, level: 'fail', message: msg('scan.type.none', { service }) }];
    // A file named .pdf without a PDF header is scan-pdf's to say; it counts as no PDF here.
    const pdfs = attachments.filter((file) => file.pdf?.version);
    if (pdfs.length === 0) return [{ check, level: 'fail', message: msg('scan.type.no-pdf', { service }) }];
    const others: ScanFinding[] = rules.pdfOnly.otherFiles
      ? []
      : attachments
          .filter((file) => !file.pdf)
          .map((file) => ({
            check,
            level: 'fail',
            message: msg('scan.type.not-pdf', { name: file.name, type: file.type, service }),
          }));
    return others.length > 0
      ? others
      : [{ check, level: 'ok', message: msg('scan.type.ok', { count: pdfs.length }) }];
  },
};
