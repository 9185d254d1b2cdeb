import * as fs from 'fs';
import { describeFsError } from './files';

/** Larger files are refused with a clear message instead of being read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Most of our files are a few kilobytes: one read into this buffer gets the whole file. */
const SMALL_FILE = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a file as strict UTF-8, keeping a BOM in the text so that fixes can keep it too. A small
 * file costs one open, one read and one close (syscalls are what a folder of files costs); only a
 * file that fills the buffer is measured (for the size limit) and read whole.
 */
export function readText(file: string): ReadResult {
  let bytes: Buffer;
  let length: number;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const first = fs.readSync(fd, SMALL_FILE, 0, SMALL_FILE.length, 0);
    if (first < SMALL_FILE.length) {
      bytes = SMALL_FILE;
      length = first;
    } else {
      const size = fs.fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        return {
          ok: false,
          reason: `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
        };
      }
      bytes = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = fs.readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      length = read;
    }
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  // Fast path: valid UTF-8 decodes without U+FFFD; only then is the strict decoder needed.
  const text = bytes.toString('utf8', 0, length);
  if (!text.includes('\ufffd')) return { ok: true, text };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length)),
    };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (nova-mail.json files are UTF-8 text)' };
  }
}

/** Replaces a file's content in one step: a temporary file beside it, renamed over it. */
export function writeTextAtomically(linkOrFile: string, text: string): void {
  const file = fs.realpathSync(linkOrFile);
  const temporary = `${file}.${process.pid}.nova-mail-tmp`;
  const mode = fs.statSync(file).mode;
  try {
    fs.writeFileSync(temporary, text, { mode });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
