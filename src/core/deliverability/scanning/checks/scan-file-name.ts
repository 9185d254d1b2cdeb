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
      const seen = new Set<string>();
      for (const { name } of attachments) {
        const key = name.toLowerCase();
        if (seen.has(key))
          findings.push({ check, level: 'fail', message: msg('scan.name.twice', { name, service }) });
        seen.add(key);
      }
    }
    return findings;
  },
};
