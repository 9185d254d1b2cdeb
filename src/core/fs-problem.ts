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

/** The reason in words (after "cannot read:"), in English or Finnish. */
export function describeFsProblem(
  problem: FsProblem,
  lang: Lang,
  size?: number,
  limit = 8 * 1048576,
): string {
  if (typeof problem === 'object') return problem.other;
  const words: Record<Lang, Record<Exclude<FsProblem, { other: string }>, string>> = {
    en: {
      'not-found': 'no such file or directory',
      permission: 'permission denied',
      'is-directory': 'is a directory',
      'not-regular': 'not a regular file (a pipe, socket or device is not read)',
      'link-loop': 'too many symbolic links',
      'dangling-link': 'a symbolic link to a file that does not exist',
      'too-large': `too large (${MB(size ?? 0)} MB; the limit is ${MB(limit)} MB)`,
      'not-utf8': 'not valid UTF-8 (nova-mail.json files are UTF-8 text)',
    },
    fi: {
      'not-found': 'tiedostoa tai kansiota ei ole',
      permission: 'ei käyttöoikeutta',
      'is-directory': 'on kansio',
      'not-regular': 'ei tavallinen tiedosto (putkea, sokettia tai laitetta ei lueta)',
      'link-loop': 'liian monta symbolista linkkiä',
      'dangling-link': 'symbolinen linkki tiedostoon, jota ei ole',
      'too-large': `liian suuri (${MB(size ?? 0)} Mt; raja on ${MB(limit)} Mt)`,
      'not-utf8': 'ei kelvollista UTF-8:aa (nova-mail.json-tiedostot ovat UTF-8-tekstiä)',
    },
  };
  return words[lang][problem];
}
