import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folders of unit tests (plain `node --test`, no VS Code). */
export const UNIT_FOLDERS = [
  'core',
  'core/rules',
  'cli',
  'send',
  'deliverability',
  'extension',
  'scripts',
] as const;

/**
 * The unit test files of the given folders, as paths relative to `root`. Listed here rather than by
 * a shell glob: cmd.exe and PowerShell expand none, and Node 20's --test takes no patterns.
 */
export function unitTestFiles(root: string, folders: readonly string[] = UNIT_FOLDERS): string[] {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, 'test', folder))
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => path.join('test', folder, name)),
  );
}
