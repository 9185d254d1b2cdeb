import { msg } from '../../../messages';
import { olderThan } from '../facts';
import type { ScanCheck, ScanFinding } from './check';

export const scanPdf: ScanCheck = {
  id: 'scan-pdf',
  judge({ name: service, rules }, { attachments }) {
    const check = 'scan-pdf';
    const pdfs = attachments.filter((file) => file.pdf);
    if (pdfs.length === 0) return [];
    const { minVersion: min, unlocked } = rules.pdf;
    const findings: ScanFinding[] = [];
    for (const { name, pdf } of pdfs) {
      if (!pdf) continue;
      if (!pdf.version)
        findings.push({ check, level: 'fail', message: msg('scan.pdf.not-pdf', { name, service }) });
      else if (min && olderThan(pdf.version, min))
        findings.push({
          check,
          level: 'fail',
          message: msg('scan.pdf.old', { name, version: pdf.version, min, service }),
        });
      if (unlocked && pdf.locked)
        findings.push({ check, level: 'fail', message: msg('scan.pdf.locked', { name, service }) });
    }
    return findings.length > 0
      ? findings
      : [{ check, level: 'ok', message: msg('scan.pdf.ok', { version: min ? `, PDF ${min}+` : '' }) }];
  },
};
