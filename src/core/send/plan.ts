/** Turns a nova-mail.json text and a request into exactly what will be sent, or says why not. */
import { lint } from '../lint';
import { hasSenderRole, isObject, objectAt, personsOf, senderMode, stringAt } from '../rules/model';
import type { Lang, Localized } from '../types';
import { composeMessage } from './message';
import { hasControlCharacters, isPlainAddress } from './text-safety';
import {
  DEFAULT_TIMEOUT_MS,
  type PlanError,
  type PlanErrorKind,
  type SendPlan,
  type SendRequest,
  type Sender,
  type TransportSettings,
} from './types';

const CREDENTIAL_RULES = new Set(['real-password', 'real-username']);

export type PlanResult = { ok: true; plan: SendPlan } | { ok: false; error: PlanError };

export function planTestSend(text: string, request: SendRequest): PlanResult {
  const lang: Lang = request.lang ?? 'en';
  const fail = (kind: PlanErrorKind, message: Localized, candidates?: Sender[]): PlanResult => ({
    ok: false,
    error: { kind, message: message[lang], ...(candidates ? { candidates } : {}) },
  });

  // Default severities on purpose: a rule turned off in the settings must not let a secret out.
  const problems = lint(text, { lang });
  const leak = problems.find((problem) => CREDENTIAL_RULES.has(problem.rule));
  if (leak) {
    const where = `${leak.range.start.line + 1}:${leak.range.start.character + 1}`;
    return fail('real-credentials', {
      en: `Not sent: the file holds a real ${leak.rule === 'real-password' ? 'password' : 'username'} (line ${where}). Replace it with xxx first; real credentials are never sent.`,
      fi: `Ei lähetetty: tiedostossa on oikea ${leak.rule === 'real-password' ? 'salasana' : 'käyttäjätunnus'} (rivi ${where}). Korvaa se ensin merkeillä xxx; oikeita tunnuksia ei koskaan lähetetä.`,
    });
  }
  const parsed = parseConfig(problems, text, lang);
  if (!parsed.ok) return parsed;
  const config = parsed.config;

  const transport = transportFrom(config, request);
  if ('kind' in transport) return fail(transport.kind, transport.message);

  const sender = senderFrom(config, request.person);
  if ('kind' in sender) return fail(sender.kind, sender.message, sender.candidates);

  const to = trimRecipient(request.to);
  const unsafe = addressError([to, sender.address], [sender.name ?? ''], lang);
  if (unsafe) return { ok: false, error: unsafe };

  const deliveryReceipt = isObject(config) && config.deliveryReceipt === true;
  const envelopeTo = [to];
  if (deliveryReceipt && sender.address.toLowerCase() !== to.toLowerCase()) envelopeTo.push(sender.address);
  const company = isObject(config) && typeof config.company === 'string' ? config.company : undefined;
  const { subject, text: body } = composeMessage({
    transport,
    overridden: request.server !== undefined,
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
      overridden: request.server !== undefined,
      from: sender,
      to,
      envelope: { from: sender.address, to: envelopeTo },
      subject,
      text: body,
      problems: problems.filter((problem) => problem.severity === 'error' || problem.severity === 'warning'),
      lang,
    },
  };
}

/** Spaces and tabs around a typed recipient go; a line break stays, to be refused. */
function trimRecipient(to: string): string {
  return to.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Why these addresses and names cannot go into a message: a control character (which could forge
 * headers) or something that is not a plain address. Undefined when they can.
 */
function addressError(addresses: string[], names: string[], lang: Lang): PlanError | undefined {
  if ([...addresses, ...names].some(hasControlCharacters)) {
    const message: Localized = {
      en: 'Not sent: a name or address contains a line break or another control character, which could forge e-mail headers.',
      fi: 'Ei lähetetty: nimessä tai osoitteessa on rivinvaihto tai muu ohjausmerkki, jolla voisi väärentää otsakkeita.',
    };
    return { kind: 'header-injection', message: message[lang] };
  }
  const notAddress = addresses.find((address) => !isPlainAddress(address));
  if (notAddress === undefined) return undefined;
  const message: Localized = {
    en: `Not sent: "${notAddress}" is not an e-mail address.`,
    fi: `Ei lähetetty: "${notAddress}" ei ole sähköpostiosoite.`,
  };
  return { kind: 'invalid-address', message: message[lang] };
}

/** What is wrong with a recipient as typed (for an input box), without planning the whole send. */
export function recipientError(to: string, lang: Lang): string | undefined {
  return addressError([trimRecipient(to)], [], lang)?.message;
}

type Failure = { kind: PlanErrorKind; message: Localized; candidates?: Sender[] };

function parseConfig(
  problems: readonly { rule: string; message: string }[],
  text: string,
  lang: Lang,
): { ok: true; config: unknown } | { ok: false; error: PlanError } {
  const parseProblem = problems.find((problem) => problem.rule === 'parse');
  if (!parseProblem) return { ok: true, config: JSON.parse(text.replace(/^\ufeff/, '')) };
  const message: Localized = {
    en: `Not sent: the file is not valid JSON (${parseProblem.message})`,
    fi: `Ei lähetetty: tiedosto ei ole kelvollista JSONia (${parseProblem.message})`,
  };
  return { ok: false, error: { kind: 'invalid-config', message: message[lang] } };
}

/** Only the SMTP settings (with the override), for a connection check that sends nothing. */
export function planConnectionCheck(
  text: string,
  request: Omit<SendRequest, 'to' | 'person'>,
): { ok: true; transport: TransportSettings } | { ok: false; error: PlanError } {
  const lang: Lang = request.lang ?? 'en';
  const parsed = parseConfig(lint(text, { lang, rules: { schema: 'off' } }), text, lang);
  if (!parsed.ok) return parsed;
  const transport = transportFrom(parsed.config, { ...request, to: '' });
  if ('kind' in transport)
    return { ok: false, error: { kind: transport.kind, message: transport.message[lang] } };
  return { ok: true, transport };
}

function transportFrom(config: unknown, request: SendRequest): TransportSettings | Failure {
  const smtp = objectAt(config, 'smtp');
  const server = stringAt(smtp, 'server');
  const port = smtp?.port;
  const ssl = smtp?.ssl;
  if (
    server === undefined ||
    server.trim() === '' ||
    typeof port !== 'number' ||
    !Number.isInteger(port) ||
    port < 1 ||
    port > 65535 ||
    typeof ssl !== 'boolean'
  ) {
    return {
      kind: 'invalid-config',
      message: {
        en: 'Not sent: smtp.server (text), smtp.port (1–65535) and smtp.ssl (true/false) are all needed. Run nova-mail lint for details.',
        fi: 'Ei lähetetty: tarvitaan smtp.server (teksti), smtp.port (1–65535) ja smtp.ssl (true/false). Katso tarkemmin: nova-mail lint.',
      },
    };
  }
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (request.server === undefined) return { host: server.trim(), port, secure: ssl, timeoutMs };
  const override = parseServer(request.server);
  if (!override) {
    return {
      kind: 'invalid-server',
      message: {
        en: `Not sent: "${request.server}" is not host or host:port.`,
        fi: `Ei lähetetty: "${request.server}" ei ole muotoa palvelin tai palvelin:portti.`,
      },
    };
  }
  return { host: override.host, port: override.port ?? port, secure: ssl, timeoutMs };
}

/** `host`, `host:port`, `[v6]` or `[v6]:port`. */
export function parseServer(value: string): { host: string; port?: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]/]+))(?::(\d{1,5}))?$/.exec(value.trim());
  if (!match) return undefined;
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host: match[1] ?? match[2], port };
}

function senderFrom(config: unknown, person: string | undefined): Sender | Failure {
  const mode = senderMode(config);
  if (mode === 'defined') {
    const sender = objectAt(config, 'sender');
    const address = stringAt(sender, 'address');
    if (!address) return noSender();
    return { name: stringAt(sender, 'name'), address };
  }
  if (mode !== 'personRegister') return noSender();
  const candidates: Sender[] = personsOf(config).flatMap((view) => {
    const address = stringAt(view.email, 'address');
    if (!view.email || !hasSenderRole(view.person) || !address) return [];
    return [{ name: view.label.en, address, citrixId: stringAt(view.email, 'username') }];
  });
  if (person !== undefined) {
    const chosen = candidates.find((c) => c.citrixId?.toLowerCase() === person.toLowerCase());
    if (chosen) return chosen;
    return {
      kind: 'unknown-person',
      message: {
        en: `Not sent: no person who can send has the Citrix ID ${person}. Can send: ${list(candidates)}.`,
        fi: `Ei lähetetty: kenelläkään lähettäjällä ei ole Citrix-tunnusta ${person}. Lähettäjät: ${list(candidates)}.`,
      },
      candidates,
    };
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) return noSender();
  return {
    kind: 'choose-person',
    message: {
      en: `Several persons can send; choose one (--person): ${list(candidates)}.`,
      fi: `Useampi henkilö voi lähettää; valitse yksi (--person): ${list(candidates)}.`,
    },
    candidates,
  };
}

function list(candidates: Sender[]): string {
  return candidates.map((c) => `${c.citrixId ?? '?'} (${c.name})`).join(', ') || '—';
}

function noSender(): Failure {
  return {
    kind: 'no-sender',
    message: {
      en: 'Not sent: the file names no sender: a defined sender with an address, or a person with the Sähköpostilähettäjä role and an e-mail address.',
      fi: 'Ei lähetetty: tiedostossa ei ole lähettäjää: määriteltyä lähettäjää osoitteineen tai henkilöä, jolla on rooli Sähköpostilähettäjä ja sähköpostiosoite.',
    },
  };
}
