import { fixAll, lint, misplacedPasswords, type Lang, type Problem } from '../core';
import type { FilePath } from './file-path';
import type { FsProblem } from '../core';
import { readText, readTextOnly } from './read-text';
import { writeFixes, type WriteRefusal } from './write-file';

export interface CheckRequest {
  fix: boolean;
  lang: Lang;
  /** Real paths of the folders being checked (fixes are written only inside them). */
  roots: readonly Buffer[];
}

/** One file's outcome: its problems (after fixing), why it could not be read, or why it was not fixed. */
export type FileOutcome =
  | {
      file: FilePath;
      problems: Problem[];
      notFixed?: string | WriteRefusal;
      /** The logins whose own-server password --fix took out of the file (to be said). */
      passwordsRemoved?: string[];
    }
  | { file: FilePath; readError: FsProblem; size?: number };

/** One file checked without fixing: its bytes are not copied to be kept (nothing is written back). */
export function lintFile(file: FilePath, lang: Lang): FileOutcome {
  const read = readTextOnly(file);
  if (!read.ok) return { file, readError: read.problem, size: read.size };
  return { file, problems: lint(read.text, { lang }) };
}

export async function checkFile(file: FilePath, request: CheckRequest): Promise<FileOutcome> {
  if (!request.fix) return lintFile(file, request.lang);
  const read = readText(file);
  if (!read.ok) return { file, readError: read.problem, size: read.size };
  let content = read.text;
  let notFixed: string | WriteRefusal | undefined;
  let passwordsRemoved: string[] = [];
  if (request.fix) {
    const result = fixAll(content, { lang: request.lang });
    if (result.refused) notFixed = result.refused[request.lang];
    else if (result.text !== content) {
      notFixed = await writeFixes({ file, original: read.bytes, text: result.text, roots: request.roots });
      if (!notFixed) {
        const left = new Set(misplacedPasswords(result.text).map((found) => found.password));
        passwordsRemoved = misplacedPasswords(content)
          .filter((found) => !left.has(found.password))
          .map((found) => found.user);
        content = result.text;
      }
    }
  }
  const problems = lint(content, { lang: request.lang });
  return {
    file,
    problems,
    ...(notFixed === undefined ? {} : { notFixed }),
    ...(passwordsRemoved.length > 0 ? { passwordsRemoved } : {}),
  };
}
