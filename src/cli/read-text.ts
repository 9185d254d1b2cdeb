import { MAX_TEXT_LENGTH, readBytes, type FsProblem } from '../core';
import type { FilePath } from './file-path';

/** Larger files are refused before they are read into memory (the core checks no larger text). */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

export type ReadResult =
  { ok: true; text: string; bytes: Buffer } | { ok: false; problem: FsProblem; size?: number };

/**
 * Reads a regular file as strict UTF-8, keeping a BOM in the text so that fixes can keep it too;
 * refused over the limit before it is read (see readBytes).
 */
export function readText(file: FilePath): ReadResult {
  const read = readBytes(file.bytes, MAX_FILE_BYTES);
  return read.ok ? decode(read.bytes) : read;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Buffer): ReadResult {
  // Fast path: valid UTF-8 decodes without U+FFFD; only then is the strict decoder needed.
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd')) return { ok: true, text, bytes };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes), bytes };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
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
