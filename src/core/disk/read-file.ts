import * as fs from 'fs';
import { MAX_TEXT_LENGTH } from '../lint';
import type { DiskContent } from './content';
import { fsProblem, type FsProblem } from '../fs-problem';
import { decodeText } from './text-encoding';

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; problem: FsProblem; size?: number };

/** Most of our files are a few kilobytes: one read into this buffer gets the whole file. */
const SMALL_FILE = Buffer.allocUnsafe(64 * 1024);

/**
 * A regular file's bytes, refused over `limit` before it is read into memory. A small file costs
 * one open, one read and one close (syscalls are what a folder of files costs); a larger one is
 * measured first. Opened without blocking: a FIFO named like our files (swapped in after a walk saw
 * a file) cannot hang the caller.
 */
export function readBytes(file: string | Buffer, limit: number): BytesResult {
  return read(file, limit, false);
}

/**
 * As readBytes, but a small file's bytes are lent: a view of a buffer that the next read reuses
 * (read them before reading another file). A folder of 10,000 files was copied for nothing.
 */
export function readBytesLent(file: string | Buffer, limit: number): BytesResult {
  return read(file, limit, true);
}

function read(file: string | Buffer, limit: number, lend: boolean): BytesResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const first = fs.readSync(fd, SMALL_FILE, 0, SMALL_FILE.length, 0);
    if (first < SMALL_FILE.length) {
      const bytes = SMALL_FILE.subarray(0, first);
      return { ok: true, bytes: lend ? bytes : Buffer.from(bytes) };
    }
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'not-regular' };
    if (stat.size > limit) return { ok: false, problem: 'too-large', size: stat.size };
    const bytes = fs.readFileSync(fd);
    if (bytes.length > limit) return { ok: false, problem: 'too-large', size: bytes.length };
    return { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN' || code === 'ESPIPE') return { ok: false, problem: 'not-regular' };
    if (code === 'ENOENT' && isLink(file)) return { ok: false, problem: 'dangling-link' };
    return { ok: false, problem: fsProblem(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether the name is a symbolic link (a name that is gone is not). */
function isLink(file: string | Buffer): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A nova-mail file read for a check; undefined when there is no such file (gone, or a folder). */
export function readConfigurationFile(file: string): DiskContent | undefined {
  const read = readBytesLent(file, MAX_TEXT_LENGTH);
  if (read.ok) {
    // UTF-8, or UTF-16 with a BOM (as Windows PowerShell 5.1 writes); anything else is not text.
    const decoded = decodeText(read.bytes);
    // As an editor shows it: without the BOM.
    return decoded ? { text: decoded.text.replace(/^\ufeff/, '') } : { unreadable: 'not-utf8' };
  }
  if (read.problem === 'not-found' || read.problem === 'is-directory') return undefined;
  return read.problem === 'too-large'
    ? { tooLarge: read.size ?? MAX_TEXT_LENGTH + 1 }
    : { unreadable: read.problem };
}
