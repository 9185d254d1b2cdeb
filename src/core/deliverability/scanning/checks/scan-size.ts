import { msg } from '../../../messages';
import { sizeText, type ScanCheck, type ScanFinding } from './check';

export const scanSize: ScanCheck = {
  id: 'scan-size',
  judge({ name: service, rules }, { bytes, attachments }) {
    const check = 'scan-size';
    const findings: ScanFinding[] = [];
    if (rules.maxFileBytes !== undefined)
      for (const file of attachments.filter(
        (attachment) => attachment.pdf && attachment.bytes > rules.maxFileBytes!,
      ))
        findings.push({
          check,
          level: 'fail',
          message: msg('scan.size.file', {
            name: file.name,
            size: sizeText(file.bytes),
            max: sizeText(rules.maxFileBytes),
            service,
          }),
        });
    if (rules.maxMessageBytes === undefined) return findings;
    const max = sizeText(rules.maxMessageBytes);
    if (bytes > rules.maxMessageBytes)
      findings.push({
        check,
        level: 'fail',
        message: msg('scan.size.message', { size: sizeText(bytes), max, service }),
      });
    return findings.length > 0
      ? findings
      : [{ check, level: 'ok', message: msg('scan.size.ok', { size: sizeText(bytes), max }) }];
  },
};
