import type { Problem } from '../core';

/** One checked file: its path as shown to the user and its problems. */
export interface FileReport {
  file: string;
  /** The path's bytes, when they are known: a name need not be valid UTF-8 (SARIF encodes them). */
  bytes?: Buffer;
  problems: Problem[];
}
