/**
 * The core's whole catalog: the shared messages (messages.ts) and every rule's own (ALL_RULES),
 * composed here, above both, so that no rule or part imports upward. What formats a problem — lint,
 * the DNS check — says it with this one.
 */
import { dataIn, formatMessage, type Catalog, type Message, type PlainData } from './catalog';
import { ALL_RULES } from './all-rules';
import { MESSAGES } from './messages';
import type { Lang } from './types';

// Merged in one object: a copy of the growing catalog per rule made 0.7 MB at every start.
export const CORE_MESSAGES: Catalog = Object.assign(
  {},
  MESSAGES,
  ...ALL_RULES.map((rule) => rule.messages ?? {}),
) as Catalog;

/** A problem's words in one language: its text, and the id and arguments tests and JSON output see. */
export function spoken(
  message: Message,
  lang: Lang,
  catalog: Catalog = CORE_MESSAGES,
): { message: string; messageId: string; data?: PlainData } {
  const data = dataIn(catalog, message.data, lang);
  return {
    message: formatMessage(catalog, message, lang),
    messageId: message.id,
    ...(data ? { data } : {}),
  };
}
