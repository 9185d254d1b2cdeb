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

export function childPath(parent: FilePath, name: Buffer, rules = pathRules()): FilePath {
  if (parent.display === '.') return { bytes: Buffer.from(name), display: displayBytes(name) };
  const last = parent.bytes.toString('latin1', parent.bytes.length - 1);
  const separator = parent.bytes.length > 0 && !rules.isSeparator(last) ? rules.api.sep : '';
  return {
    bytes: Buffer.concat([parent.bytes, Buffer.from(separator), name]),
    display: parent.display + separator + displayBytes(name),
  };
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 as text; each byte that is not part of a valid sequence as \xNN. */
export function displayBytes(bytes: Buffer): string {
  try {
    return STRICT.decode(bytes);
  } catch {
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
