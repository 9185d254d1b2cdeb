import { formatMessage } from '../catalog';
import type { Lang } from '../types';
import { REPLY_MESSAGES } from './reply-messages';

/**
 * A reply's explanation by its id in the table (what the desktop editor's view shows of a last
 * send): the reply table alone, not the send's whole catalog.
 */
export function explainedReply(id: string, lang: Lang): string | undefined {
  return id in REPLY_MESSAGES ? formatMessage(REPLY_MESSAGES, { id }, lang) : undefined;
}
