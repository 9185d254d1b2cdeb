import { isUtf8 } from 'buffer';
import { nativeSeparators, pathRules } from '../core';

/**
 * A path as the file system knows it (bytes: a name need not be valid UTF-8) and as the user reads
 * it (invalid bytes shown as \xNN, so that two names never look alike and nothing is lost; with
 * this system's own separators, `\` on Windows, as ESLint shows paths).
 */
export interface FilePath {
  bytes: Buffer;
  display: string;
}

export function pathFromArgument(arg: string): FilePath {
  return { bytes: Buffer.from(arg), display: nativeSeparators(arg) };
}

/** `name`: a name's bytes, or those bytes as latin1 text (one character a byte, as a walk reads them). */
export function childPath(parent: FilePath, name: Buffer | string, rules = pathRules()): FilePath {
  const length = name.length;
  const display = typeof name === 'string' ? displayLatin1(name) : displayBytes(name);
  if (parent.display === '.') return { bytes: bytesOf(name), display };
  const before = parent.bytes;
  const last = before.length > 0 ? String.fromCharCode(before[before.length - 1]) : '';
  const separator = before.length > 0 && !rules.isSeparator(last) ? rules.api.sep : '';
  // Written into one buffer: a walk makes one for every file it finds.
  const bytes = Buffer.allocUnsafe(before.length + separator.length + length);
  before.copy(bytes, 0);
  bytes.write(separator, before.length, 'latin1');
  if (typeof name === 'string') bytes.write(name, before.length + separator.length, 'latin1');
  else name.copy(bytes, before.length + separator.length);
  return { bytes, display: parent.display + separator + display };
}

const bytesOf = (name: Buffer | string) =>
  typeof name === 'string' ? Buffer.from(name, 'latin1') : Buffer.from(name);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** A name read as latin1: ASCII is itself; anything else is decoded from its bytes. */
function displayLatin1(name: string): string {
  return ASCII.test(name) ? name : displayBytes(Buffer.from(name, 'latin1'));
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 as text (a BOM kept: it is part of the name); each byte that is not part of a valid sequence as \xNN. */
export function displayBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += bytes.toString('utf8', i, i + length);
      i += length;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0. */
function sequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i];
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead < 0xe0
        ? 2
        : lead >= 0xe0 && lead < 0xf0
          ? 3
          : lead >= 0xf0 && lead < 0xf5
            ? 4
            : 0;
  if (length <= 1 || i + length > bytes.length) return length === 1 ? 1 : 0;
  try {
    STRICT.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}
