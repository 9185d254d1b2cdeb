import { formatMessage, type Message } from './catalog';
import { MESSAGES, msg } from './messages';
import type { Lang, Localized } from './types';

/** Why a file could not be used; worded by describeFsProblem (or by the caller). */
export type FsProblem =
  | 'not-found'
  | 'permission'
  | 'is-directory'
  | 'not-regular'
  | 'link-loop'
  /** A path longer than the system takes (ENAMETOOLONG). */
  | 'name-too-long'
  | 'dangling-link'
  | 'too-large'
  | 'not-utf8'
  /** A CA file that holds no PEM certificate (text, a private key, nothing). */
  | 'no-certificate'
  /** A CA file with a certificate block that does not parse. */
  | 'bad-certificate'
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
    case 'ENAMETOOLONG':
      return 'name-too-long';
    default:
      return { other: withoutPath(error) };
  }
}

/**
 * Node's words without the system call and the path it appends ("EIO: i/o error, read '<path>'"
 * becomes "i/o error (EIO)"): every caller says the file's name already, and a long one was said
 * twice.
 */
function withoutPath(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as NodeJS.ErrnoException;
  // "<CODE>: <words>, <syscall>" and, when Node knows them, " '<path>'" and " -> '<dest>'".
  const parts = /^([A-Z][A-Z0-9_]*): (.+?), [a-z_]+(?: '.*)?$/s.exec(error.message);
  return parts && parts[1] === code ? `${parts[2]} (${code})` : error.message;
}

/**
 * Both sizes in megabytes, with as many decimals as it takes to tell them apart: 8.01 MB over an
 * 8 MB limit is not "8.0 MB; the limit is 8.0 MB".
 */
function megabytes(size: number, limit: number): { size: Localized; limit: Localized } {
  let decimals = 1;
  const at = (bytes: number) => (bytes / 1048576).toFixed(decimals);
  while (decimals < 7 && size !== limit && at(size) === at(limit)) decimals++;
  // Finnish writes a decimal comma: "8,6 Mt".
  const both = (text: string): Localized => ({ en: text, fi: text.replace('.', ',') });
  return { size: both(at(size)), limit: both(at(limit)) };
}

/** Why, as a message of the core's catalog (said after "cannot read:"). */
export function fsProblemMessage(problem: FsProblem, size?: number, limit = 8 * 1048576): Message {
  if (typeof problem === 'object') return msg('fs.other', { detail: problem.other });
  if (problem === 'too-large') return msg('fs.too-large', megabytes(size ?? 0, limit));
  return msg(`fs.${problem}`);
}

/** The reason in words, in English or Finnish. */
export function describeFsProblem(problem: FsProblem, lang: Lang, size?: number, limit?: number): string {
  return formatMessage(MESSAGES, fsProblemMessage(problem, size, limit), lang);
}
