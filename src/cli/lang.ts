import type { Lang } from '../core';

/** Finnish when the terminal's locale is Finnish (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), else English. */
export function langFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^fi([_.@:-]|$)/i.test(locale) ? 'fi' : 'en';
}
