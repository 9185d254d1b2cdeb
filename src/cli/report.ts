import type { Problem } from '../core';

/** One checked file: its path as shown to the user and its problems. */
export interface FileReport {
  file: string;
  problems: Problem[];
}
