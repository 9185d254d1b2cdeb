import { fixAll, lint, type Lang, type Problem } from '../core';
import { readText, writeTextAtomically } from './read-text';

export interface CheckRequest {
  fix: boolean;
  lang: Lang;
}

/** One file's outcome: its problems (after fixing), or why it could not be read or written. */
export type FileOutcome =
  { file: string; problems: Problem[]; writeError?: string } | { file: string; readError: string };

export function checkFile(file: string, request: CheckRequest): FileOutcome {
  const read = readText(file);
  if (!read.ok) return { file, readError: read.reason };
  let content = read.text;
  let writeError: string | undefined;
  if (request.fix) {
    const fixed = fixAll(content, { lang: request.lang }).text;
    if (fixed !== content) {
      try {
        writeTextAtomically(file, fixed);
        content = fixed;
      } catch (error) {
        writeError = error instanceof Error ? error.message : String(error);
      }
    }
  }
  const problems = lint(content, { lang: request.lang });
  return writeError === undefined ? { file, problems } : { file, problems, writeError };
}
