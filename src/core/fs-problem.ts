import { formatMessage, type Message } from './catalog';
import { MESSAGES, msg } from './messages';
import type { Lang } from './types';

/** Why a file could not be used; worded by describeFsProblem (or by the caller). */
export type FsProblem =
  | 'not-found'
  | 'permission'
  | 'is-directory'
  | 'not-regular'
  | 'link-loop'
  | 'dangling-link'
  | 'too-large'
  | 'not-utf8'
  | { other: string };

export function fsProblem(error: unknown): FsProblem {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EISDIR':
      return 'is-directory';
    case 'ELOOP':
      return 'link-loop';
    default:
      return { other: error instanceof Error ? error.message : String(error) };
  }
}

const MB = (bytes: number) => (bytes / 1048576).toFixed(1);

/** Why, as a message of the core's catalog (said after "cannot read:"). */
export function fsProblemMessage(problem: FsProblem, size?: number, limit = 8 * 1048576): Message {
  if (typeof problem === 'object') return msg('fs.other', { detail: problem.other });
  if (problem === 'too-large') return msg('fs.too-large', { size: MB(size ?? 0), limit: MB(limit) });
  return msg(`fs.${problem}`);
}

/** The reason in words, in English or Finnish. */
export function describeFsProblem(problem: FsProblem, lang: Lang, size?: number, limit?: number): string {
  return formatMessage(MESSAGES, fsProblemMessage(problem, size, limit), lang);
}
