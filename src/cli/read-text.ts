import * as fs from 'fs';
import { MAX_TEXT_LENGTH } from '../core';
import type { FilePath } from './file-path';
import { fsProblem, type FsProblem } from './files';

/** Larger files are refused before they are read into memory (the core checks no larger text). */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

export type ReadResult =
  { ok: true; text: string; bytes: Buffer } | { ok: false; problem: FsProblem; size?: number };

/** Most of our files are a few kilobytes: one read into this buffer gets the whole file. */
const SMALL_FILE = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a regular file as strict UTF-8, keeping a BOM in the text so that fixes can keep it too.
 * A small file costs one open, one read and one close (syscalls are what a folder of files
 * costs); a larger one is measured, and refused over the limit before it is read. Opened without
 * blocking: a FIFO named like our files (swapped in after the walk saw a file) cannot hang the run.
 */
export function readText(file: FilePath): ReadResult {
  const read = readBytes(file, MAX_FILE_BYTES);
  return read.ok ? decode(read.bytes) : read;
}

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; problem: FsProblem; size?: number };

/** A regular file's bytes, refused over `limit` before it is read (see readText). */
export function readBytes(file: FilePath, limit: number): BytesResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file.bytes, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const first = fs.readSync(fd, SMALL_FILE, 0, SMALL_FILE.length, 0);
    if (first < SMALL_FILE.length) return { ok: true, bytes: Buffer.from(SMALL_FILE.subarray(0, first)) };
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'not-regular' };
    if (stat.size > limit) return { ok: false, problem: 'too-large', size: stat.size };
    const bytes = fs.readFileSync(fd);
    if (bytes.length > limit) return { ok: false, problem: 'too-large', size: bytes.length };
    return { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'EAGAIN' || code === 'ESPIPE' ? 'not-regular' : fsProblem(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
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
