import { msg } from '../../../messages';
import type { ScanCheck, ScanFinding } from './check';

export const scanFileName: ScanCheck = {
  id: 'scan-file-name',
  judge({ name: service, rules }, { attachments }) {
    const check = 'scan-file-name';
    const findings: ScanFinding[] = [];
    const { fileName } = rules;
    if (fileName)
      for (const { name } of attachments) {
        const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
        if (!fileName.allowed.test(stem))
          findings.push({
            check,
            level: 'fail',
            message: msg('scan.name.characters', { name, allowed: fileName.says, service }),
          });
      }
    if (rules.uniqueNames) {
      const counts = new Map<string, { name: string; count: number }>();
      for (const { name } of attachments) {
        const seen = counts.get(name.toLowerCase());
        if (seen) seen.count++;
        else counts.set(name.toLowerCase(), { name, count: 1 });
      }
      // One line a name, however many files share it (900 files called Lasku.pdf: one line).
      for (const { name, count } of counts.values())
        if (count > 1)
          findings.push({ check, level: 'fail', message: msg('scan.name.twice', { name, count, service }) });
    }
    return findings;
  },
};
