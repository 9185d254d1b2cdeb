/**
 * Writes fixes over a user's file, or refuses with the reason. npm's write-file-atomic (7.0.1, the
 * last for Node 20) opens its temporary file with flag 'w' under a name derived from the pid and a
 * counter, which follows a symlink planted at that name; so this is done here, in one place:
 * a temporary file created exclusively (O_EXCL | O_NOFOLLOW) under a random name beside the file,
 * the file's mode and owner, fsync, and a rename — only if the file is still what was read.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { FilePath } from './file-path';

export type WriteRefusal =
  | { kind: 'outside'; target: string }
  | { kind: 'read-only' }
  | { kind: 'changed' }
  | { kind: 'not-regular' }
  | { kind: 'owner' }
  | { kind: 'failed'; reason: string };

export interface WriteRequest {
  file: FilePath;
  /** The bytes read before linting: the file is not overwritten if it no longer holds them. */
  original: Buffer;
  text: string;
  /** Real paths of the folders being linted: a link may not lead a write outside them. */
  roots: readonly Buffer[];
}

const CREATE_EXCLUSIVELY =
  fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;

export function writeFixes(request: WriteRequest): WriteRefusal | undefined {
  let target: Buffer;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync.native(request.file.bytes, { encoding: 'buffer' });
    stat = fs.statSync(target);
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  if (!stat.isFile()) return { kind: 'not-regular' };
  if (!request.roots.some((root) => isInside(target, root)))
    return { kind: 'outside', target: target.toString('utf8') };
  if ((stat.mode & 0o222) === 0 || !writable(target)) return { kind: 'read-only' };

  const temporary = temporaryNameBeside(target);
  let fd: number | undefined;
  try {
    fd = createExclusively(temporary);
    fs.writeFileSync(fd, request.text, 'utf8');
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      if (stat.uid !== process.getuid?.()) return cleanUp(temporary, fd, { kind: 'owner' });
    }
    fs.fchmodSync(fd, stat.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (!stillHolds(target, request.original)) return cleanUp(temporary, fd, { kind: 'changed' });
    fs.renameSync(temporary, target);
    return undefined;
  } catch (error) {
    return cleanUp(temporary, fd, {
      kind: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** `.<name>.<24 random hex digits>.nova-mail-tmp` in the file's own folder (a rename stays atomic). */
export function temporaryNameBeside(target: Buffer, random = randomBytes(12).toString('hex')): Buffer {
  const directory = Buffer.from(path.dirname(target.toString('latin1')), 'latin1');
  const base = Buffer.from(path.basename(target.toString('latin1')), 'latin1');
  return Buffer.concat([directory, Buffer.from('/.'), base, Buffer.from(`.${random}.nova-mail-tmp`)]);
}

/** A new file, created by us alone: it fails if anything (a planted symlink too) is at that name. */
export function createExclusively(file: Buffer): number {
  return fs.openSync(file, CREATE_EXCLUSIVELY, 0o600);
}

function cleanUp(temporary: Buffer, fd: number | undefined, refusal: WriteRefusal): WriteRefusal {
  if (fd !== undefined) fs.closeSync(fd);
  fs.rmSync(temporary, { force: true });
  return refusal;
}

function isInside(file: Buffer, root: Buffer): boolean {
  if (root.length === 1 && root[0] === 0x2f) return true;
  return (
    file.length > root.length && file[root.length] === 0x2f && file.subarray(0, root.length).equals(root)
  );
}

/** Root may write anything; a read-only file is still refused (by its mode, above). */
function writable(file: Buffer): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function stillHolds(file: Buffer, original: Buffer): boolean {
  try {
    return fs.readFileSync(file).equals(original);
  } catch {
    return false;
  }
}
