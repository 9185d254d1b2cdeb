/**
 * The whole catalog: the lint's (core-catalog.ts: the shared messages and every rule's) and the
 * catalogs of the parts that touch the world — the test send, SMTP replies, the DNS check, Explain
 * received mail, scanning services. What says those parts' messages formats with this one; what
 * only lints never loads it.
 */
import type { Catalog } from './catalog';
import { CORE_MESSAGES } from './core-catalog';
import { CHECK_MESSAGES } from './deliverability/check-messages';
import { EXPLAIN_MESSAGES } from './deliverability/explain-messages';
import { KEPT_WHEN_MESSAGES } from './deliverability/kept-when';
import { SCANNING_MESSAGES } from './deliverability/scanning/messages';
import { REPLY_MESSAGES } from './send/reply-messages';
import { SEND_MESSAGES } from './send/send-messages';
import { RECIPIENT_MESSAGES } from './send/recipient';

export const ALL_MESSAGES: Catalog = {
  ...CORE_MESSAGES,
  ...REPLY_MESSAGES,
  ...SEND_MESSAGES,
  ...RECIPIENT_MESSAGES,
  ...CHECK_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...SCANNING_MESSAGES,
  ...KEPT_WHEN_MESSAGES,
};
