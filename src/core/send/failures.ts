/**
 * nodemailer's errors, sorted into kinds that each come with advice a person can act on; a server's
 * refusal is explained by the table of SMTP replies (smtp-replies.ts) where it knows the reply.
 */
import { formatMessage, type Message } from '../catalog';
import { msg } from '../messages';
import { ALL_MESSAGES } from '../all-messages';
import { NOVA_SMTP_SERVER } from '../nova';
import { OWN_SERVER_PORTS } from '../own-server/ports';
import type { Lang } from '../types';
import { escapeLines } from '../visible-text';
import { hostAndPort } from './host-port';
import type { SecretMask } from './secret-mask';
import { explainReply, stageOf } from './smtp-replies';
import type { FrontEndWords, SendFailure, SendFailureKind, TransportSettings } from './types';

interface MailError {
  code?: string;
  errno?: string | number;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  /** The login a refused send would have made (cleartext-login): nova-mail's, not the server's. */
  user?: string;
}

/**
 * Why the exchange stopped when no error explains it: the user, or the whole-exchange deadline
 * (`deadline` once the server had said something, `silent` when it never did).
 */
export type Stop = 'cancelled' | 'deadline' | 'silent' | undefined;

export interface FailureContext {
  /** The keywords of the server's last EHLO reply, when it gave one. */
  offered?: readonly string[];
  /** A CA certificate was given to trust (--ca-file, novaMail.testSend.caFile). */
  caGiven?: boolean;
  /** Masks what the server said (its reply, the error quoting it) before it is shown. */
  mask?: SecretMask;
}

export function classifyFailure(
  error: unknown,
  transport: TransportSettings,
  lang: Lang,
  words: FrontEndWords,
  stop: Stop,
  context: FailureContext = {},
): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MailError;
  // The server's words as they may be shown: masked, cut. Judged by what was said, shown as masked.
  const show = (text: string | undefined) =>
    text === undefined ? text : escapeLines(context.mask ? context.mask.shown(text) : text);
  const shown: MailError = { ...e, response: show(e.response?.trim()), message: show(e.message) };
  const reply = shown.response;
  const offered = context.offered ?? [];
  const say = (said: Message) => formatMessage(ALL_MESSAGES, said, lang);
  if (stop === undefined && stageOf(e.command) === 'AUTH' && !offersUsableLogin(offered)) {
    // Only mechanisms Nova lacks (XOAUTH2): no password can help.
    const mechanisms =
      offered
        .find((keyword) => /^AUTH\b/i.test(keyword))
        ?.slice(5)
        .trim() || '—';
    return {
      kind: 'auth',
      message: sentence(say(msg('send.auth.unsupported', { server: serverOf(transport), mechanisms }))),
      hint: say(msg('send.auth.unsupported.hint')),
      passwordRefused: false,
      ...(reply ? { serverReply: reply } : {}),
    };
  }
  const explained =
    stop === undefined
      ? explainReply(e.responseCode, e.response?.trim(), {
          stage: stageOf(e.command),
          profile: transport.profile,
          provider: transport.provider,
          ssl: transport.ssl,
        })
      : undefined;
  const kind =
    e.code === CLEARTEXT_LOGIN
      ? 'cleartext-login'
      : explained?.login || e.code === 'EAUTH' || e.code === NO_PASSWORD
        ? 'auth'
        : kindOf(e, stop);
  const { message, hint } = TEXTS[kind](shown, transport, words, stop, context);
  // The table's explanations name the front end's controls too (where the password is given).
  const explanation = explained
    ? msg(explained.id, { password: words.password, caFile: words.caFile })
    : undefined;
  return {
    kind,
    message: sentence(say(message)),
    hint: say(explanation ?? hint),
    // The editor forgets a saved password only when the server refused it where it was given.
    passwordRefused: kind === 'auth' && e.code !== NO_PASSWORD && stageOf(e.command) === 'AUTH',
    ...(reply ? { serverReply: reply } : {}),
    ...(explained ? { explained: { id: explained.id, status: explained.status } } : {}),
  };
}

/**
 * Whether the server's EHLO leaves Nova a way to log in (PLAIN or LOGIN), or says nothing of AUTH
 * (then the server's own reply tells).
 */
function offersUsableLogin(offered: readonly string[]): boolean {
  const auth = offered.filter((keyword) => /^AUTH[ =]/i.test(keyword));
  if (auth.length === 0) return true;
  return auth.some((keyword) => /\b(PLAIN|LOGIN)\b/i.test(keyword.slice(5)));
}

/** The error a send gives itself when an own server takes a login and no password was given. */
export const NO_PASSWORD = 'ENOPASSWORD';
/** The error a send gives itself when its login would go unencrypted and that was not allowed. */
export const CLEARTEXT_LOGIN = 'ECLEARTEXTLOGIN';

type Texts = (
  e: MailError,
  transport: TransportSettings,
  words: FrontEndWords,
  stop: Stop,
  context: FailureContext,
) => { message: Message; hint: Message };

const serverOf = (t: TransportSettings) => hostAndPort(t);
const replyOf = (e: MailError) => e.response?.trim() ?? e.message ?? '';
const atCommand = (e: MailError): Message | string =>
  e.command && e.command !== 'CONN' ? msg('send.at-command', { command: e.command }) : '';

/** "the port (Nova uses 25)" for the file's own server; the override is named as what was tried. */
function checkTheServer(t: TransportSettings, words: FrontEndWords): Message {
  if (t.overridden)
    return msg('send.check.override', { server: serverOf(t), override: words.serverOverride });
  return msg(t.profile === 'ownServer' ? 'send.check.own' : 'send.check.hosted');
}

/** Why a TLS connection failed, in terms of the profile: the hosted relay has no TLS at all. */
function tlsHint(e: MailError, t: TransportSettings, words: FrontEndWords, caGiven: boolean): Message {
  if (t.profile === 'hosted') return msg(t.secure ? 'send.tls.hint.hosted-ssl' : 'send.tls.hint.hosted');
  const reason = e.message ?? '';
  // Trusting a CA cannot mend a certificate out of its dates.
  if (/expired|not yet valid|CERT_(HAS_EXPIRED|NOT_YET_VALID)/i.test(reason))
    return msg('send.tls.hint.expired');
  if (/self.signed|unable to (get|verify)|certificate|altnames|CERT_/i.test(reason))
    // With a CA given, that CA did not sign the server's certificate: naming it again helps nobody.
    return msg(caGiven ? 'send.tls.hint.other-ca' : 'send.tls.hint.untrusted', { caFile: words.caFile });
  // Through an override on another port, the file's 465 still decides TLS: said as the file's.
  if (t.secure)
    return t.overridden && t.port !== OWN_SERVER_PORTS.implicitTls
      ? msg('send.tls.hint.implicit-override', { server: serverOf(t), override: words.serverOverride })
      : msg('send.tls.hint.implicit');
  // The server answered STARTTLS with a refusal: it does not offer it here. Any other failure
  // came after it was accepted (the handshake itself).
  const refusedStartTls = stageOf(e.command) === 'STARTTLS' && typeof e.responseCode === 'number';
  return msg(refusedStartTls ? 'send.tls.hint.no-starttls' : 'send.tls.hint.handshake');
}

const TEXTS: Record<SendFailureKind, Texts> = {
  dns: (_e, t, words) => ({
    message: msg('send.dns', { host: t.host }),
    hint:
      t.host.toLowerCase() === NOVA_SMTP_SERVER && !t.overridden
        ? msg('send.dns.hint.relay', { relay: NOVA_SMTP_SERVER, override: words.serverOverride })
        : msg('send.dns.hint'),
  }),
  refused: (_e, t, words) => ({
    message: msg('send.refused', { server: serverOf(t) }),
    hint: msg('send.refused.hint', { check: checkTheServer(t, words) }),
  }),
  timeout: (_e, t, words, stop) => ({
    message: msg(stop === 'deadline' ? 'send.timeout.deadline' : 'send.timeout', {
      server: serverOf(t),
      ms: t.timeoutMs,
    }),
    hint: t.secure
      ? msg(t.profile === 'hosted' ? 'send.timeout.hint.ssl-hosted' : 'send.timeout.hint.ssl-own')
      : stop === 'silent' && t.requireTls
        ? msg('send.timeout.hint.implicit-port', { check: checkTheServer(t, words) })
        : msg('send.timeout.hint', {
            check: checkTheServer(t, words),
            timeout: words.timeout,
            transcript: words.transcript,
          }),
  }),
  tls: (e, t, words, _stop, context) => ({
    message: msg('send.tls', { server: serverOf(t), reason: tlsReason(e.message) }),
    hint: tlsHint(e, t, words, context.caGiven === true),
  }),
  auth: (e, t, words) =>
    e.code === NO_PASSWORD
      ? {
          message: msg('send.auth.no-password', { server: serverOf(t) }),
          hint: msg('send.auth.no-password.hint', { password: words.password }),
        }
      : {
          message: msg('send.auth', { server: serverOf(t), reply: replyOf(e) }),
          hint: msg('send.auth.hint', { password: words.password }),
        },
  'cleartext-login': (e, t, words) => ({
    message: msg('send.cleartext-login', { user: e.user ?? '', server: serverOf(t) }),
    hint: msg('send.cleartext-login.hint', { allow: words.allowCleartext }),
  }),
  unavailable: (e, t, words) => ({
    message: msg('send.unavailable', { server: serverOf(t), reply: replyOf(e) }),
    hint: msg('send.unavailable.hint', { check: checkTheServer(t, words) }),
  }),
  protocol: (e, t, words) => {
    const command = e.command && e.command !== 'CONN' ? e.command : undefined;
    // nodemailer stops reading a reply past 1 MB and calls it a connection error: it may come at
    // any point (an endless EHLO reply, a 535 padded to megabytes), not only as the greeting.
    if (/exceeds maximum allowed size/i.test(e.message ?? ''))
      return {
        message: msg('send.protocol.oversized', { server: serverOf(t) }),
        hint: msg('send.protocol.hint', { check: checkTheServer(t, words), transcript: words.transcript }),
      };
    return {
      message: command
        ? msg('send.protocol.command', { server: serverOf(t), command, reply: replyOf(e) })
        : msg('send.protocol.greeting', { server: serverOf(t), reply: replyOf(e) }),
      hint: msg('send.protocol.hint', { check: checkTheServer(t, words), transcript: words.transcript }),
    };
  },
  rejected: (e, t) => ({
    message: msg('send.rejected', { server: serverOf(t), at: atCommand(e), reply: replyOf(e) }),
    hint: msg(t.profile === 'hosted' ? 'send.rejected.hint.hosted' : 'send.rejected.hint.own'),
  }),
  temporary: (e, t) => ({
    message: msg('send.temporary', { server: serverOf(t), at: atCommand(e), reply: replyOf(e) }),
    hint: msg('send.temporary.hint'),
  }),
  closed: (_e, t) => ({
    message: msg('send.closed', { server: serverOf(t) }),
    hint: msg('send.closed.hint'),
  }),
  cancelled: () => ({ message: msg('send.cancelled'), hint: msg('send.cancelled.hint') }),
  other: (e, _t, words) => ({
    message: msg('send.other', { detail: e.message ?? '' }),
    hint: msg('send.other.hint', { transcript: words.transcript }),
  }),
};

/** OpenSSL's reason ("wrong version number") rather than its whole error string. */
function tlsReason(message = ''): string {
  return /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1] ?? (message.split('\n')[0] || 'TLS');
}

/** Failure messages are joined with their hint on one line: each ends as a sentence. */
function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

function kindOf(e: MailError, stop: Stop): SendFailureKind {
  if (stop === 'cancelled') return 'cancelled';
  if (stop === 'deadline' || stop === 'silent') return 'timeout';
  const message = e.message ?? '';
  if (
    e.code === 'EDNS' ||
    e.errno === 'ENOTFOUND' ||
    e.errno === 'EAI_AGAIN' ||
    /ENOTFOUND|EAI_AGAIN/.test(message)
  )
    return 'dns';
  if (/ECONNREFUSED/.test(message) || e.errno === 'ECONNREFUSED') return 'refused';
  // STARTTLS refused (with a 5xx reply) is a TLS failure first: nothing may go in the clear.
  if (e.code === 'ETLS') return 'tls';
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  if (e.code === 'EPROTOCOL' && e.command === 'CONN')
    return code !== undefined && code >= 400 && code < 600 ? 'unavailable' : 'protocol';
  if (e.code === 'EPROTOCOL' && (code === undefined || code < 400 || code >= 600)) return 'protocol';
  if (code !== undefined && code >= 500) return 'rejected';
  if (code !== undefined && code >= 400) return 'temporary';
  if (e.code === 'ETLS' || /SSL|TLS|certificate|wrong version number|self.signed/i.test(message))
    return 'tls';
  if (e.code === 'ETIMEDOUT' || /timeout|timed out|Greeting never received/i.test(message)) return 'timeout';
  if (e.code === 'ECONNECTION' || /closed|ECONNRESET|EPIPE|socket hang up/i.test(message)) return 'closed';
  return 'other';
}

export { explainedReply } from './explained-reply';
