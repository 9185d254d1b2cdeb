/**
 * Writes fixes over a user's file, or refuses with the reason. npm's write-file-atomic (7.0.1, the
 * last for Node 20) opens its temporary file with flag 'w' under a name derived from the pid and a
 * counter, which follows a symlink planted at that name; so this is done here, in one place:
 * a temporary file created exclusively (O_EXCL | O_NOFOLLOW) under a random name beside the file,
 * the file's mode and owner (POSIX only: on Windows they mean nothing), fsync, and a rename — only
 * if the file is still what was read. The file is never half-written: it is the old or the new text.
 */
import * as fs from 'fs';
import { encodeText, encodingOf, fsProblem, isInsideFolder, pathRules, type FsProblem } from '../core';
import type { FilePath } from './file-path';

export type WriteRefusal =
  | { kind: 'outside'; target: string }
  | { kind: 'read-only' }
  | { kind: 'changed' }
  | { kind: 'not-regular' }
  | { kind: 'owner' }
  | { kind: 'hard-links'; links: number }
  | { kind: 'busy'; waitedMs: number }
  | { kind: 'failed'; problem: FsProblem };

export interface WriteRequest {
  file: FilePath;
  /** The bytes read before linting: the file is not overwritten if it no longer holds them. */
  original: Buffer;
  text: string;
  /** Real paths of the folders being linted: a link may not lead a write outside them. */
  roots: readonly Buffer[];
}

/**
 * Windows refuses to replace a file that another program holds open (an editor saving, the search
 * indexer, antivirus): EPERM, EACCES or EBUSY. They let go within moments, so the rename is tried
 * again, as graceful-fs does, for at most `totalMs`.
 */
export interface RenameRetry {
  totalMs: number;
  firstDelayMs: number;
}

export const RENAME_RETRY: RenameRetry = { totalMs: 2000, firstDelayMs: 10 };

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0; // not on Windows, where O_EXCL refuses any existing name
const CREATE_EXCLUSIVELY = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW;
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

export async function writeFixes(
  request: WriteRequest,
  retry: RenameRetry = RENAME_RETRY,
  /** The temporary file's name (tests give a known one, to plant something there first). */
  nameBeside: (target: Buffer) => Buffer = temporaryNameBeside,
): Promise<WriteRefusal | undefined> {
  let target: Buffer;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync.native(request.file.bytes, { encoding: 'buffer' });
    stat = fs.statSync(target);
  } catch (error) {
    return failed(error);
  }
  if (!stat.isFile()) return { kind: 'not-regular' };
  if (!request.roots.some((root) => isInsideFolder(target, root)))
    return { kind: 'outside', target: target.toString('utf8') };
  if ((stat.mode & 0o222) === 0 || !writable(target)) return { kind: 'read-only' };
  // A rename would leave the other names with the old text: write nothing rather than half the links.
  if (stat.nlink > 1) return { kind: 'hard-links', links: stat.nlink };

  const posix = pathRules().platform !== 'win32';
  const temporary = nameBeside(target);
  let fd: number | undefined;
  // What is at the temporary name is ours to remove only once we made it (a helper planted a file
  // there: it was removed; a folder there: rm threw, and lint ended with "unexpected failure").
  let ours: Buffer | undefined;
  try {
    fd = createExclusively(temporary);
    ours = temporary;
    // Back in the encoding the file came in (UTF-16 with a BOM stays UTF-16).
    fs.writeFileSync(fd, encodeText(request.text, encodingOf(request.original)));
    if (posix) {
      try {
        fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        if (stat.uid !== process.getuid?.()) return cleanUp(ours, fd, { kind: 'owner' });
      }
      fs.fchmodSync(fd, stat.mode & 0o7777);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    const outcome = await renameOver(temporary, target, request.original, posix ? NO_RETRY : retry);
    return outcome && cleanUp(ours, fd, outcome);
  } catch (error) {
    return cleanUp(ours, fd, failed(error));
  }
}

const NO_RETRY: RenameRetry = { totalMs: 0, firstDelayMs: 0 };

/**
 * Renames the temporary file over the target if the target still holds what was read, trying again
 * while another program holds the target open (and looking again before each try).
 */
async function renameOver(
  from: Buffer,
  to: Buffer,
  original: Buffer,
  retry: RenameRetry,
): Promise<WriteRefusal | undefined> {
  let waited = 0;
  for (let delay = retry.firstDelayMs; ; delay *= 2) {
    try {
      // Looked at again before each try: an editor holding the file may have saved it meanwhile.
      const now = readOrBusy(to);
      if (now !== 'busy') {
        if (!now?.equals(original)) return { kind: 'changed' };
        fs.renameSync(from, to);
        return undefined;
      }
    } catch (error) {
      if (retry.totalMs === 0 || !isBusy(error)) throw error;
    }
    if (waited >= retry.totalMs) return { kind: 'busy', waitedMs: waited };
    const pause = Math.min(delay, retry.totalMs - waited);
    await new Promise((resolve) => setTimeout(resolve, pause));
    waited += pause;
  }
}

/** `.<name>.<24 random hex digits>.nova-mail-tmp` in the file's own folder (a rename stays atomic). */
export function temporaryNameBeside(target: Buffer, random = randomHex(12)): Buffer {
  const { api } = pathRules();
  const file = target.toString('latin1');
  const directory = api.dirname(file);
  const separator = directory.endsWith(api.sep) ? '' : api.sep;
  return Buffer.from(`${directory}${separator}.${api.basename(file)}.${random}.nova-mail-tmp`, 'latin1');
}

/** Required here, not at the top: a lint without --fix then starts without loading crypto. */
function randomHex(bytes: number): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('crypto') as typeof import('crypto')).randomBytes(bytes).toString('hex');
}

/** A new file, created by us alone: it fails if anything (a planted symlink too) is at that name. */
export function createExclusively(file: Buffer): number {
  return fs.openSync(file, CREATE_EXCLUSIVELY, 0o600);
}

function failed(error: unknown): WriteRefusal {
  return { kind: 'failed', problem: fsProblem(error) };
}

/** The refusal, after closing and removing the temporary file we made (if we made it). */
function cleanUp(temporary: Buffer | undefined, fd: number | undefined, refusal: WriteRefusal): WriteRefusal {
  try {
    if (fd !== undefined) fs.closeSync(fd);
    if (temporary) fs.rmSync(temporary, { force: true });
  } catch {
    // The refusal says what went wrong; a temporary file left behind is named .*.nova-mail-tmp.
  }
  return refusal;
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

/** The file's bytes; 'busy' while another program holds it locked; undefined when it is gone. */
function readOrBusy(file: Buffer): Buffer | 'busy' | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    return isBusy(error) ? 'busy' : undefined;
  }
}

function isBusy(error: unknown): boolean {
  return BUSY.has((error as NodeJS.ErrnoException).code ?? '');
}
