/**
 * A folder on a file system that does not say what each entry is (ext4 made without `filetype`,
 * XFS without `ftype`, some NFS and FUSE mounts): Node then looks every entry up itself. A real
 * ext4 made so, loop-mounted; it needs root and mkfs.ext4 (Debian's e2fsprogs), and is skipped
 * where either is missing or the kernel gives no loop device.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readExample } from '../helpers';
import { runCli } from './run-cli';

const GOOD = readExample('nova-mail.json');

/** A mounted ext4 without file types in the directory entries, or why there is none. */
function mountWithoutFileTypes(): { mountPoint: string; unmount: () => void } | string {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-notypes-'));
  const image = path.join(dir, 'ext4.img');
  const mountPoint = path.join(dir, 'mnt');
  fs.mkdirSync(mountPoint);
  fs.writeFileSync(image, Buffer.alloc(8 * 1024 * 1024));
  const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });
  const made = run('mkfs.ext4', ['-q', '-F', '-O', '^filetype', image]);
  const mounted = made.status === 0 ? run('mount', ['-o', 'loop', image, mountPoint]) : made;
  if (mounted.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return `no ext4 without filetype here: ${(mounted.stderr || String(mounted.error)).trim()}`;
  }
  return {
    mountPoint,
    unmount: () => {
      run('umount', [mountPoint]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('nova-mail lint on a file system that does not say what an entry is', () => {
  const mount = mountWithoutFileTypes();
  it(
    'walks the folder and checks every file in it (regression: "cannot read" for every folder)',
    { skip: typeof mount === 'string' ? mount : false },
    () => {
      if (typeof mount === 'string') return;
      try {
        const root = path.join(mount.mountPoint, 'w');
        fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
        fs.writeFileSync(path.join(root, 'good.nova-mail.json'), GOOD);
        fs.writeFileSync(
          path.join(root, 'sub', 'port.nova-mail.json'),
          GOOD.replace('"port": 25', '"port": 2525'),
        );
        // A name that is not UTF-8: the names are still read byte for byte.
        fs.writeFileSync(Buffer.from(path.join(root, 'sub', 'x\xff.nova-mail.json'), 'latin1'), GOOD);
        fs.writeFileSync(path.join(root, 'notes.txt'), 'not ours');
        const result = runCli(['lint', '--format', 'json', 'w'], { cwd: mount.mountPoint });
        assert.equal(result.stderr, '');
        assert.equal(result.status, 0, 'a warning only, and no folder unread');
        const reports = JSON.parse(result.stdout) as { file: string; problems: { rule: string }[] }[];
        assert.deepEqual(
          reports.map((report) => [report.file, report.problems.map((problem) => problem.rule)]),
          [
            ['w/good.nova-mail.json', []],
            ['w/sub/port.nova-mail.json', ['smtp-port']],
            ['w/sub/x\\xff.nova-mail.json', []],
          ],
        );
      } finally {
        mount.unmount();
      }
    },
  );
});
