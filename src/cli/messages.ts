/**
 * Says lint's words (lint-words.ts), by id, in English and Finnish, with the formatter of the core
 * (catalog.ts); the other commands and the help say theirs too (more-messages.ts). The core's own
 * messages (problems, advice) come worded from the core.
 */
import { describeFsProblem, formatMessage, type Data, type FsProblem, type Lang } from '../core';
import { CLI_MESSAGES } from './lint-words';
import type { WriteRefusal } from './write-file';

export { CLI_MESSAGES };

/** The id of a word lint says: every start of the CLI has these (see more-messages.ts for the rest). */
export type CliMessageId = keyof typeof CLI_MESSAGES;

/** Says a message of the command line's catalog in one language. */
export type Say = (id: CliMessageId, data?: Data) => string;

export function sayer(lang: Lang): Say {
  return (id, data) => formatMessage(CLI_MESSAGES, data ? { id, data } : { id }, lang);
}

/** "<file>: cannot read: <why>", the one line for every file that could not be read. */
export function cannotRead(
  say: Say,
  lang: Lang,
  file: string,
  problem: FsProblem,
  size?: number,
  limit?: number,
) {
  return say('file.cannot-read', { file, reason: describeFsProblem(problem, lang, size, limit) });
}

/** Why --fix wrote nothing to a file. */
export function writeRefusal(say: Say, refusal: WriteRefusal): string {
  switch (refusal.kind) {
    case 'outside':
      return say('not-fixed.outside', { target: refusal.target });
    case 'hard-links':
      return say('not-fixed.hard-links', { links: refusal.links });
    case 'busy': {
      const seconds = (refusal.waitedMs / 1000).toFixed(1);
      return say('not-fixed.busy', { seconds: { en: seconds, fi: seconds.replace('.', ',') } });
    }
    case 'failed':
      return say('not-fixed.failed', {
        reason: {
          en: describeFsProblem(refusal.problem, 'en'),
          fi: describeFsProblem(refusal.problem, 'fi'),
        },
      });
    default:
      return say(`not-fixed.${refusal.kind}`);
  }
}
