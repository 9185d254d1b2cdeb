/** What a test needs of the system it runs on (Linux, or Windows' own Node under Wine). */
import * as fs from 'node:fs';
import { it } from 'node:test';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Some tests are about what exists on one kind of system only: a FIFO, POSIX owners and modes, names
 * that are not UTF-8 (Linux), a symbolic link (Windows lets only some users make them, and Wine
 * none), a file locked by an open handle (Windows). Such a test is registered where its subject
 * exists; elsewhere one `not on <system>` line names it, so a run shows what it did not try.
 */
export function itWhere(
  applies: boolean,
  reason: string,
): (name: string, fn: () => void | Promise<void>) => void {
  if (applies)
    return (name, fn) => {
      void it(name, fn);
    };
  return (name) => console.log(`not on ${process.platform}: ${name} (${reason})`);
}

export const ON_WINDOWS = process.platform === 'win32';

/** Whether this process can make a symbolic link (not a Windows user without the right; not Wine). */
export const CAN_SYMLINK: boolean = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-link-'));
  try {
    fs.symlinkSync(path.join(dir, 'target'), path.join(dir, 'link'));
    return fs.lstatSync(path.join(dir, 'link')).isSymbolicLink();
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
