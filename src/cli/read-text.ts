import * as fs from 'fs';
import { describeFsError } from './files';

/** Larger files are refused with a clear message instead of being read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as strict UTF-8, keeping a BOM in the text so that fixes can keep it too. */
export function readText(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return {
        ok: false,
        reason: `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
      };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
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
