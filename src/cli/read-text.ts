import { decodeText, MAX_TEXT_LENGTH, readBytes, readBytesLent, type FsProblem } from '../core';
import type { FilePath } from './file-path';

/** Larger files are refused before they are read into memory (the core checks no larger text). */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

export type ReadResult =
  { ok: true; text: string; bytes: Buffer } | { ok: false; problem: FsProblem; size?: number };

/**
 * Reads a regular file as strict UTF-8 (or UTF-16 with a BOM, as Windows PowerShell 5.1 writes),
 * keeping a BOM in the text so that fixes can keep it too (and the encoding, see write-file.ts);
 * refused over the limit before it is read (see readBytes).
 */
export function readText(file: FilePath): ReadResult {
  const read = readBytes(file.bytes, MAX_FILE_BYTES);
  return read.ok ? decode(read.bytes) : read;
}

/** The text alone, for a check that writes nothing back (its bytes are not copied to be kept). */
export function readTextOnly(
  file: FilePath,
): { ok: true; text: string } | { ok: false; problem: FsProblem; size?: number } {
  const read = readBytesLent(file.bytes, MAX_FILE_BYTES);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  return decoded ? { ok: true, text: decoded.text } : { ok: false, problem: 'not-utf8' };
}

export function decode(bytes: Buffer): ReadResult {
  const decoded = decodeText(bytes);
  return decoded ? { ok: true, text: decoded.text, bytes } : { ok: false, problem: 'not-utf8' };
}

/** Standard input, whole (a pipe, a file or a terminal), within the same size limit. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_FILE_BYTES) return { ok: false, problem: 'too-large', size };
    chunks.push(buffer);
  }
  return decode(Buffer.concat(chunks));
}
