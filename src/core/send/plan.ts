/** Turns a nova-mail.json text and a request into exactly what will be sent, or says why not. */
import { sameAddress } from '../address';
import { JsonDocument } from '../document';
import { lint } from '../lint';
import { isObject, isPlaceholder, objectAt, senderMode, stringAt } from '../config/model';
import { authenticationOf, profileOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { senderAddresses } from '../senders';
import type { Lang, Problem } from '../types';
import { formatMessage, type Message } from '../catalog';
import { msg } from '../messages';
import { ALL_MESSAGES } from '../all-messages';
import { OWN_SERVER_PORTS } from '../own-server/ports';
import { shownTyped } from '../visible-text';

import { composeMessage } from './message';
import { addressError, trimRecipient } from './recipient';

export { recipientError } from './recipient';
import {
  DEFAULT_TIMEOUT_MS,
  type FrontEndWords,
  type PlanError,
  type PlanErrorKind,
  type SendPlan,
  type SendRequest,
  type Sender,
  type TransportSettings,
} from './types';

/** A message of the catalog in one language. */
const say = (message: Message, lang: Lang): string => formatMessage(ALL_MESSAGES, message, lang);

const CREDENTIAL_RULES = new Set(['real-password', 'real-username']);

export type PlanResult = { ok: true; plan: SendPlan } | { ok: false; error: PlanError };

type Failure = { kind: PlanErrorKind; message: Message; candidates?: Sender[] };

/** Why nothing can be sent from this text, before any other question: real credentials, or no JSON. */
function refusalOf(
  text: string,
  lang: Lang,
  words: FrontEndWords,
): { problems: Problem[]; config: unknown } | Failure {
  // Default severities on purpose: a rule turned off in the settings must not let a secret out.
  const problems = lint(text, { lang });
  const leak = problems.find((problem) => CREDENTIAL_RULES.has(problem.rule));
  if (leak) {
    const where = `${leak.range.start.line + 1}:${leak.range.start.character + 1}`;
    const password = leak.rule === 'real-password';
    return {
      kind: 'real-credentials',
      message: msg(password ? 'plan.real-password' : 'plan.real-username', { where }),
    };
  }
  const parseProblem = problems.find((problem) => problem.rule === 'parse');
  if (parseProblem) {
    return {
      kind: 'invalid-config',
      // The parse message is a sentence of its own; inside the parentheses it ends without its period.
      message: msg('plan.not-json', {
        error: parseProblem.message.replace(/\.$/, ''),
        problems: words.problems,
      }),
    };
  }
  return { problems, config: new JsonDocument(text).parsed.value };
}

/**
 * What a test send needs before the questions of who sends and to whom: the file checked once (its
 * problems, the refusals), the transport, and the persons who can send. A front end asks its
 * questions from this, then plans once (planPrepared).
 */
export interface PreparedSend {
  senders: Sender[];
  /** person-register mode: a person is to be chosen among several senders. */
  choosePerson: boolean;
  transport: TransportSettings;
  problems: Problem[];
  config: unknown;
  request: Omit<SendRequest, 'to' | 'person'>;
  lang: Lang;
}

export type PrepareResult = { ok: true; prepared: PreparedSend } | { ok: false; error: PlanError };

export function prepareTestSend(text: string, request: Omit<SendRequest, 'to' | 'person'>): PrepareResult {
  const lang: Lang = request.lang ?? 'en';
  const checked = refusalOf(text, lang, request.words);
  if ('kind' in checked) return failed(checked, lang);
  const { problems, config } = checked;
  const transport = transportFrom(config, request);
  if ('kind' in transport) return failed(transport, lang);
  const senders = sendersOf(config);
  if (senders.length === 0) return failed(noSender(), lang);
  const choosePerson = senderMode(config) === 'personRegister' && senders.length > 1;
  return { ok: true, prepared: { senders, choosePerson, transport, problems, config, request, lang } };
}

/** The plan for one recipient and (in person-register mode, among several) one person. */
export function planPrepared(prepared: PreparedSend, choice: { to: string; person?: string }): PlanResult {
  const { config, transport, lang, request } = prepared;
  const chosen = senderOf(prepared, choice.person);
  if (!chosen.ok) return chosen;
  const { sender } = chosen;

  const to = trimRecipient(choice.to);
  const unsafe = addressError([to, sender.address], [sender.name ?? ''], lang);
  if (unsafe) return { ok: false, error: unsafe };
  const login = loginOf(config, sender, transport, lang);
  if (login && 'kind' in login) return { ok: false, error: login };

  const deliveryReceipt = isObject(config) && config.deliveryReceipt === true;
  const envelopeTo = [to];
  if (deliveryReceipt && !sameAddress(sender.address, to)) envelopeTo.push(sender.address);
  const company = isObject(config) && typeof config.company === 'string' ? config.company : undefined;
  const { subject, text: body } = composeMessage({
    transport,
    sender,
    mode: senderMode(config) as 'personRegister' | 'defined',
    deliveryReceipt,
    company,
    time: request.now ?? new Date(),
    lang,
  });
  return {
    ok: true,
    plan: {
      transport,
      from: sender,
      to,
      envelope: { from: sender.address, to: envelopeTo },
      ...(login ? { login } : {}),
      subject,
      text: body,
      problems: prepared.problems.filter(
        (problem) => problem.severity === 'error' || problem.severity === 'warning',
      ),
      lang,
      words: request.words,
    },
  };
}

/** Who sends: the defined sender, the one person, or the person with this Citrix ID. */
export function senderOf(
  prepared: PreparedSend,
  person: string | undefined,
): { ok: true; sender: Sender } | { ok: false; error: PlanError } {
  const sender = senderFrom(prepared, person, prepared.request.words);
  return 'kind' in sender ? failed(sender, prepared.lang) : { ok: true, sender };
}

/** Prepare and plan in one go (the command line, which has every answer up front). */
export function planTestSend(text: string, request: SendRequest): PlanResult {
  const prepared = prepareTestSend(text, request);
  if (!prepared.ok) return prepared;
  return planPrepared(prepared.prepared, { to: request.to, person: request.person });
}

function failed(failure: Failure, lang: Lang): { ok: false; error: PlanError } {
  return {
    ok: false,
    error: {
      kind: failure.kind,
      message: say(failure.message, lang),
      ...(failure.candidates ? { candidates: failure.candidates } : {}),
    },
  };
}

/**
 * The plan with the message as the person edited it (Nova's "Muokkaus ennen lähetystä"): the
 * recipient is checked like a typed one, and the subject may not carry a line break into the headers.
 */
export function withEditedMessage(
  plan: SendPlan,
  edited: { to: string; subject: string; text: string },
): PlanResult {
  const to = trimRecipient(edited.to);
  const subject = edited.subject.trim();
  const unsafe = addressError([to], [subject], plan.lang);
  if (unsafe) return { ok: false, error: unsafe };
  const copy = plan.envelope.to.slice(1).filter((address) => !sameAddress(address, to));
  return {
    ok: true,
    plan: {
      ...plan,
      to,
      subject,
      text: edited.text,
      envelope: { from: plan.envelope.from, to: [to, ...copy] },
    },
  };
}

/** Only the SMTP settings (with the override), for a connection check that sends nothing. */
export function planConnectionCheck(
  text: string,
  request: Omit<SendRequest, 'to' | 'person'>,
): { ok: true; transport: TransportSettings } | { ok: false; error: PlanError } {
  const lang: Lang = request.lang ?? 'en';
  const checked = refusalOf(text, lang, request.words);
  const transport = 'kind' in checked ? checked : transportFrom(checked.config, request);
  if ('kind' in transport)
    return { ok: false, error: { kind: transport.kind, message: say(transport.message, lang) } };
  return { ok: true, transport };
}

function transportFrom(
  config: unknown,
  request: Omit<SendRequest, 'to' | 'person'>,
): TransportSettings | Failure {
  const smtp = objectAt(config, 'smtp');
  const server = stringAt(smtp, 'server');
  const port = smtp?.port;
  const ssl = smtp?.ssl;
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const override = request.server === undefined ? undefined : parseServer(request.server);
  if (request.server !== undefined && !override) {
    return {
      kind: 'invalid-server',
      message: msg('plan.invalid-server', { server: shownTyped(request.server) }),
    };
  }
  const validPort = typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
  if (
    (!override && (server === undefined || server.trim() === '')) ||
    !validPort ||
    typeof ssl !== 'boolean'
  ) {
    return {
      kind: 'invalid-config',
      message: msg('plan.invalid-smtp', { problems: request.words.problems }),
    };
  }
  const profile = profileOf(config);
  // The TLS Nova would use, from the file's port and SSL (an override only changes where to).
  const tls =
    profile === 'hosted'
      ? { secure: ssl, requireTls: false }
      : { secure: ssl && port === IMPLICIT_TLS_PORT, requireTls: ssl && port !== IMPLICIT_TLS_PORT };
  const provider = profile === 'ownServer' && server ? { provider: providerOf(server).id } : {};
  const common = { ssl, ...tls, timeoutMs, profile, ...provider };
  if (override) return { host: override.host, port: override.port ?? port, ...common, overridden: true };
  return { host: (server as string).trim(), port, ...common, overridden: false };
}

const IMPLICIT_TLS_PORT = OWN_SERVER_PORTS.implicitTls;

/**
 * An own server's login for the sender, when Nova logs in (contract §5): the username field of the
 * defined sender or the person. The password is never in the file: the front end supplies it.
 */
function loginOf(
  config: unknown,
  sender: Sender,
  transport: TransportSettings,
  lang: Lang,
): { user: string } | PlanError | undefined {
  if (authenticationOf(config) === 'none') return undefined;
  const user = sender.username?.trim();
  if (user && !isPlaceholder(user)) return { user };
  return {
    kind: 'no-login',
    message: say(msg('plan.no-login', { host: transport.host, address: sender.address }), lang),
  };
}

/** `host`, `host:port`, `[v6]` or `[v6]:port`. */
export function parseServer(value: string): { host: string; port?: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]/]+))(?::(\d{1,5}))?$/.exec(value.trim());
  // No name in DNS is longer: 100,000 characters were asked of the resolver and said twice whole.
  if (!match || (match[2] ?? '').length > LONGEST_HOST_NAME) return undefined;
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host: match[1] ?? match[2], port };
}

/** The longest name DNS has (RFC 1035: 255 octets on the wire). */
const LONGEST_HOST_NAME = 253;

function sendersOf(config: unknown): Sender[] {
  const mode = senderMode(config);
  if (mode !== 'defined' && mode !== 'personRegister') return [];
  const own = profileOf(config) === 'ownServer';
  const senders: Sender[] = senderAddresses(config).map(({ name, address, citrixId, username }) => ({
    name,
    address,
    ...(mode === 'personRegister' ? { citrixId } : {}),
    ...(own && username !== undefined ? { username } : {}),
  }));
  return mode === 'defined' ? senders.slice(0, 1) : senders;
}

function senderFrom(
  prepared: PreparedSend,
  person: string | undefined,
  words: FrontEndWords,
): Sender | Failure {
  const candidates = prepared.senders;
  if (senderMode(prepared.config) === 'defined') return candidates[0];
  if (person !== undefined) {
    const chosen = candidates.find((c) => c.citrixId?.toLowerCase() === person.toLowerCase());
    if (chosen) return chosen;
    return {
      kind: 'unknown-person',
      message: msg('plan.unknown-person', { person, candidates: list(candidates) }),
      candidates,
    };
  }
  if (!prepared.choosePerson) return candidates[0];
  return {
    kind: 'choose-person',
    message: msg('plan.choose-person', { how: words.choosePerson, candidates: list(candidates) }),
    candidates,
  };
}

function list(candidates: Sender[]): string {
  return candidates.map((c) => `${c.citrixId ?? '?'} (${c.name})`).join(', ') || '—';
}

function noSender(): Failure {
  return {
    kind: 'no-sender',
    message: msg('plan.no-sender'),
  };
}
