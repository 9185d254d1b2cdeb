import type { FsProblem } from '../fs-problem';
import { readBytes } from './read-file';

/** A CA bundle is kilobytes; anything near this is not one. */
export const MAX_CA_FILE_BYTES = 1024 * 1024;

export type CaFileResult = { ok: true; pem: Buffer } | { ok: false; problem: FsProblem; size?: number };

/**
 * A CA certificate file to trust for one send (`--ca-file`, novaMail.testSend.caFile): a regular
 * file, within the size limit, read without blocking (a FIFO or /dev/zero is refused, never
 * waited on), and holding at least one PEM certificate.
 */
export function readCaFile(file: string | Buffer): CaFileResult {
  const read = readBytes(file, MAX_CA_FILE_BYTES);
  if (!read.ok) return read;
  if (!read.bytes.includes('-----BEGIN CERTIFICATE-----')) return { ok: false, problem: 'no-certificate' };
  return { ok: true, pem: read.bytes };
}
