import { X509Certificate } from 'node:crypto';
import type { FsProblem } from '../fs-problem';
import { readBytes } from './read-file';

/** A CA bundle is kilobytes; anything near this is not one. */
export const MAX_CA_FILE_BYTES = 1024 * 1024;

export type CaFileResult = { ok: true; pem: Buffer } | { ok: false; problem: FsProblem; size?: number };

const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * A CA certificate file to trust for one send (`--ca-file`, novaMail.testSend.caFile): a regular
 * file, within the size limit, read without blocking (a FIFO or /dev/zero is refused, never
 * waited on), holding PEM certificates that each parse. They are handed on one per line: two
 * files joined without a line break between them still load.
 */
export function readCaFile(file: string | Buffer): CaFileResult {
  const read = readBytes(file, MAX_CA_FILE_BYTES);
  if (!read.ok) return read;
  const text = read.bytes.toString('utf8');
  const blocks = text.match(CERTIFICATE) ?? [];
  if (blocks.length === 0) return { ok: false, problem: 'no-certificate' };
  // A block that does not parse would be dropped by TLS unsaid, and the advice would then point
  // at the very file that was given.
  const begun = text.split('-----BEGIN CERTIFICATE-----').length - 1;
  if (begun !== blocks.length || !blocks.every(parses)) return { ok: false, problem: 'bad-certificate' };
  return { ok: true, pem: Buffer.from(`${blocks.join('\n')}\n`) };
}

function parses(block: string): boolean {
  try {
    new X509Certificate(block);
    return true;
  } catch {
    return false;
  }
}
