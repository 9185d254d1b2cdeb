/**
 * The table of SMTP replies we can explain (docs/own-server.md#smtp-replies): a reply code and its
 * enhanced status (RFC 3463, `5.7.139`) to a message of reply-messages.ts, where the reply came
 * (the greeting, STARTTLS, AUTH, MAIL, RCPT, DATA), for which file (an own server's advice is never
 * given to a hosted file) and which mail service. The first row that matches wins.
 */
import type { Profile } from '../own-server/profile';
import type { ProviderId } from '../own-server/providers';
import type { ReplyId } from './reply-messages';

/** Where in the exchange a reply came. */
export type Stage = 'greeting' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA';

export interface Row {
  id: ReplyId;
  status?: string;
  code?: number;
  /** Words the reply must hold too (5.7.0 and 4.7.0 say many things). */
  text?: RegExp;
  /** Only at these stages: a 535 after a successful login is no refused login. */
  stages?: readonly Stage[];
  /** Only for this profile: an own server's advice (turn SSL on, log in) never reaches a hosted file. */
  profile?: Profile;
  /** Only for these mail services (what Google says of its 5.7.8 is not Postfix's). */
  providers?: readonly ProviderId[];
  /** Only with SSL off (on): "turn SSL on" is no advice when it is on. */
  ssl?: boolean;
  /** A refused login (the failure kind `auth`). */
  login?: true;
}

const SPAM = /spam|content|virus|reputation|message (was )?(blocked|rejected)/i;

/** In order: the first row that matches wins (also the order of docs/own-server.md's table). */
export const REPLY_ROWS: readonly Row[] = [
  { id: 'reply.5.7.30', status: '5.7.30', stages: ['AUTH'], profile: 'ownServer', login: true },
  { id: 'reply.5.7.139', status: '5.7.139', stages: ['AUTH'], profile: 'ownServer', login: true },
  {
    id: 'reply.5.7.8',
    status: '5.7.8',
    stages: ['AUTH'],
    profile: 'ownServer',
    providers: ['google'],
    login: true,
  },
  { id: 'reply.5.7.57', status: '5.7.57', profile: 'ownServer' },
  {
    id: 'reply.starttls-first',
    code: 530,
    text: /STARTTLS/i,
    ssl: false,
    profile: 'ownServer',
  },
  { id: 'reply.5.7.515', status: '5.7.515' },
  { id: 'reply.5.7.25', status: '5.7.25' },
  { id: 'reply.5.7.68', status: '5.7.68' },
  { id: 'reply.5.7.1-content', status: '5.7.1', stages: ['DATA'] },
  { id: 'reply.5.7.1-content', status: '5.7.1', text: SPAM },
  { id: 'reply.5.7.1', status: '5.7.1', stages: ['MAIL', 'RCPT'], profile: 'hosted' },
  { id: 'reply.5.7.1-own', status: '5.7.1', stages: ['MAIL', 'RCPT'], profile: 'ownServer' },
  { id: 'reply.5.1.1', status: '5.1.1' },
  { id: 'reply.tls-failed', status: '4.7.0', stages: ['STARTTLS'] },
  { id: 'reply.tls-failed', code: 454, stages: ['STARTTLS'] },
  { id: 'reply.tls-failed', status: '4.7.0', text: /\bTLS\b/i, ssl: true },
  { id: 'reply.4.7.0-tls', status: '4.7.0', text: /\bTLS\b/i, ssl: false, profile: 'ownServer' },
  { id: 'reply.421', code: 421 },
  { id: 'reply.535', code: 535, stages: ['AUTH'], profile: 'ownServer', login: true },
  { id: 'reply.530', code: 530, profile: 'ownServer' },
];

export interface ExplainedReply {
  id: ReplyId;
  /** What it was recognised by: the enhanced status, or the reply code. */
  status: string;
  login: boolean;
}

/** Where a reply came and for which file; each is unknown when absent (and a row needing it does not match). */
export interface ReplyContext {
  stage?: Stage;
  profile?: Profile;
  provider?: ProviderId;
  ssl?: boolean;
}

/**
 * The reply's code and enhanced status, from its last line: in a multi-line reply
 * (`550-…\r\n550 5.7.25 …`) every line carries the code, and the status may be on the last only.
 */
function statusOf(reply: string): { code: number; status?: string } {
  const lines = reply.split(/\r?\n/).filter((line) => /^[245]\d\d[ -]/.test(line));
  const withStatus = [...lines]
    .reverse()
    .find((line) => /^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/.test(line));
  const code = Number(/^([245]\d\d)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
  const status = withStatus ? /^[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(withStatus)?.[1] : undefined;
  return { code, status };
}

/** The explanation of a reply, when the table has one. */
export function explainReply(
  code: number | undefined,
  reply: string | undefined,
  context: ReplyContext = {},
): ExplainedReply | undefined {
  const text = reply ?? '';
  const parsed = statusOf(text);
  const replyCode = code ?? parsed.code;
  const { status } = parsed;
  for (const row of REPLY_ROWS) {
    if (row.status !== undefined && row.status !== status) continue;
    if (row.code !== undefined && row.code !== replyCode) continue;
    if (row.text && !row.text.test(text)) continue;
    if (row.stages && (context.stage === undefined || !row.stages.includes(context.stage))) continue;
    if (row.profile && context.profile !== row.profile) continue;
    if (row.providers && (context.provider === undefined || !row.providers.includes(context.provider)))
      continue;
    if (row.ssl !== undefined && context.ssl !== row.ssl) continue;
    return { id: row.id, status: row.status ?? String(replyCode), login: row.login === true };
  }
  return undefined;
}

/** The stage of nodemailer's `command` ("CONN", "AUTH PLAIN", "MAIL FROM", "RCPT TO", "DATA"…). */
export function stageOf(command: string | undefined): Stage | undefined {
  const verb = (command ?? '').trim().split(/\s+/)[0].toUpperCase();
  if (verb === 'CONN') return 'greeting';
  if (verb === 'HELO' || verb === 'LHLO') return 'EHLO';
  return (['EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA'] as const).find((stage) => stage === verb);
}
