/**
 * The table of SMTP replies we can explain (docs/own-server.md#smtp-replies): a reply code and its
 * enhanced status (RFC 3463, `5.7.139`) to a message of reply-messages.ts. The most specific row
 * wins: an enhanced status first, then the reply code alone.
 */
import type { ReplyId } from './reply-messages';

export interface Row {
  id: ReplyId;
  status?: string;
  code?: number;
  /** Words the reply must hold too (5.7.0 and 4.7.0 say many things). */
  text?: RegExp;
  /** A refused login (the failure kind `auth`). */
  login?: true;
}

/** In order: the first row that matches wins (also the order of docs/own-server.md's table). */
export const REPLY_ROWS: readonly Row[] = [
  { id: 'reply.5.7.30', status: '5.7.30', login: true },
  { id: 'reply.5.7.139', status: '5.7.139', login: true },
  { id: 'reply.5.7.8', status: '5.7.8', login: true },
  { id: 'reply.5.7.57', status: '5.7.57' },
  { id: 'reply.starttls-first', code: 530, text: /STARTTLS/i },
  { id: 'reply.5.7.515', status: '5.7.515' },
  { id: 'reply.5.7.25', status: '5.7.25' },
  { id: 'reply.5.7.68', status: '5.7.68' },
  { id: 'reply.5.7.1', status: '5.7.1' },
  { id: 'reply.5.1.1', status: '5.1.1' },
  { id: 'reply.4.7.0-tls', status: '4.7.0', text: /\bTLS\b/i },
  { id: 'reply.421', code: 421 },
  { id: 'reply.535', code: 535, login: true },
  { id: 'reply.530', code: 530 },
];

export interface ExplainedReply {
  id: ReplyId;
  /** What it was recognised by: the enhanced status, or the reply code. */
  status: string;
  login: boolean;
}

/** The explanation of a reply, when the table has one. */
export function explainReply(
  code: number | undefined,
  reply: string | undefined,
): ExplainedReply | undefined {
  const text = reply ?? '';
  const replyCode = code ?? Number(/^([245]\d\d)[ -]/.exec(text)?.[1] ?? NaN);
  // The enhanced status follows the code on the reply's first line: "550 5.7.30 Basic ...".
  const status = /^[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  for (const row of REPLY_ROWS) {
    if (row.status !== undefined && row.status !== status) continue;
    if (row.code !== undefined && row.code !== replyCode) continue;
    if (row.text && !row.text.test(text)) continue;
    return { id: row.id, status: row.status ?? String(replyCode), login: row.login === true };
  }
  return undefined;
}
