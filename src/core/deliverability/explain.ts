/**
 * The proof from a received message: which servers it passed (Received:), what the recipient's
 * server concluded (Authentication-Results), our own SPF, DKIM and DMARC check of it (mailauth's
 * authenticate(), against today's DNS), which nova-mail.json sends as its From, and what to do.
 * The message is parsed by mailparser and mailauth; nothing here reads MIME by hand.
 */
import { sameAddress } from '../address';
import { formatMessage, inBothLanguages, type Message } from '../catalog';
import { parseJson } from '../json/parse';
import { MAX_TEXT_LENGTH } from '../lint';
import { msg } from '../messages';
import { ALL_MESSAGES } from '../all-messages';
import { senderAddresses } from '../senders';
import { profileOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { objectAt, stringAt } from '../config/model';
import type { Lang, Localized } from '../types';
import type { AuthenticationResults, MethodResult } from './auth-library';
import { DEFAULT_RELAY } from './check';
import { Lookups, type LookupOptions } from './lookups';
import { consequence, recordAdvice } from './rules/dns-rule';
import type { Suggestion } from './spf-proof';
import { relayMechanism } from './spf-record';
import {
  checkableDomain,
  loadAuthLibrary,
  resolveRelay,
  VerdictMaker,
  type DmarcVerdict,
  type Relay,
} from './verdict';
import { attachmentFacts, scanningVerdicts, type ScanningService, type ScanningVerdict } from './scanning';

/** A message of the catalog in both languages (an explanation is shown in either, later). */
const both = (message: Message): Localized => inBothLanguages(ALL_MESSAGES, message);

export interface ExplainOptions extends LookupOptions {
  relay?: string;
  lang?: Lang;
  /** The nova-mail.json files to look for the From in: a name to show, and the text. */
  configs?: readonly { file: string; text: string }[];
  /** Judge the message as sent to this scanning service, whatever its address (`serviceNamed`). */
  scanningService?: ScanningService;
}

/** One Received: header, newest first. */
export interface Hop {
  from?: string;
  /** What the receiving server saw: its reverse name and [address]. */
  fromDetail?: string;
  ip?: string;
  by?: string;
  at?: string;
}

/** One Authentication-Results header: a receiving server's verdicts. */
export interface RecipientVerdict {
  server?: string;
  spf?: string;
  dkim?: string;
  dmarc?: string;
}

export interface OurCheck {
  /** unknownSender: no envelope sender to check SPF for (see Explanation.envelopeFrom). */
  spf: { result: string; domain?: string; ip?: string; unknownSender?: boolean };
  /** Each DKIM signature: its result, and mailauth's reason when it does not pass. */
  dkim: { result: string; domain: string; selector?: string; comment?: string }[];
  dmarc: { result: string; domain?: string; policy?: string };
}

export interface Explanation {
  from?: string;
  fromName?: string;
  /** The envelope sender SPF is checked for, and where it was read; absent when no header names it. */
  envelopeFrom?: string;
  envelopeFromSource?: 'return-path' | 'authentication-results' | 'received-spf' | 'received';
  to: string[];
  subject?: string;
  date?: string;
  messageId?: string;
  hops: Hop[];
  relay: { host: string; addresses: string[]; passed: boolean };
  /**
   * The From is sent by an own-server file (of the files given): its server, not the hosted relay,
   * is the way such mail goes, and the message is judged by that profile.
   */
  ownServer?: { server: string };
  /** The address the recipient's server saw the message come from. */
  sourceIp?: string;
  recipient: RecipientVerdict[];
  /** Our check against today's DNS; absent when DNS cannot be reached from this machine. */
  ours?: OurCheck;
  /** false: not even the root's name servers could be looked up (offline): nothing of ours is shown. */
  dnsReachable: boolean;
  /** The nova-mail.json files that send as the From; undefined when none were given to look in. */
  sentBy?: { file: string; as: string }[];
  /** What to do, most important first, in the language asked for. */
  advice: string[];
  /**
   * Sent to invoice-scanning services (by their addresses, each judged; or the one named): whether
   * each will take the message, and each check's finding, in the language asked for.
   */
  scanning?: {
    service: string;
    address?: string;
    verdict: ScanningVerdict['verdict'];
    summary: string;
    findings: { check: string; level: 'ok' | 'warn' | 'fail'; text: string }[];
    sources: readonly string[];
    read: string;
  }[];
  /**
   * Came through the relay and authenticates: DMARC passes (or, with no DMARC record, SPF does);
   * and no scanning service it is sent to refuses it.
   */
  ok: boolean;
}

/** The whole explanation; throws only when the input is not a message at all (no headers). */
export async function explainMail(message: Buffer, options: ExplainOptions = {}): Promise<Explanation> {
  const lang = options.lang ?? 'en';
  const library = loadAuthLibrary();
  const lookups = new Lookups(options);
  const relayHost = options.relay?.trim() || DEFAULT_RELAY;

  let parsed: import('mailparser').ParsedMail;
  try {
    parsed = await library.parseMail(message, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
    });
  } catch (error) {
    const why = overLimit(error);
    if (why) throw new NotAMessage(why);
    throw error;
  }
  const hasHeader = (key: string) => parsed.headerLines.some((header) => header.key === key);
  if (!hasHeader('from') && !hasHeader('received')) throw new NotAMessage(NO_HEADERS);

  const recipient = parsed.headerLines
    .filter((header) => header.key === 'authentication-results')
    .map((header) => library.parseAuthenticationResults(header.line))
    .filter((results): results is AuthenticationResults => results !== undefined);
  const envelope = envelopeSenderOf(parsed, recipient);

  // The relay first: when it does not resolve, one more question tells an offline machine.
  const relayResult = await resolveRelay(relayHost, lookups);
  const dnsReachable = relayResult.ok || !relayResult.offline;
  const relayAddresses = relayResult.ok ? relayResult.relay.addresses : [];
  const auth = await library.authenticate(message, {
    trustReceived: true,
    mta: 'nova-mail',
    resolver: lookups.resolve,
    disableArc: true,
    disableBimi: true,
    // Without one, mailauth would check SPF for postmaster@[the client's address].
    ...(envelope ? { sender: envelope.address } : {}),
  });

  const hops: Hop[] = (auth.receivedChain ?? []).map((entry) => {
    const detail = entry.from?.comment;
    const ip = /\[(?:IPv6:)?([0-9a-f.:]+)\]/i.exec(detail ?? '')?.[1];
    const at: unknown = entry.timestamp;
    return clean({
      from: entry.from?.value,
      fromDetail: detail,
      ip,
      by: entry.by?.value,
      at: typeof at === 'string' ? at : undefined,
    });
  });
  // A host name in the header equal to the relay's (not one that merely contains it: notrelay.test.evil.test).
  const wanted = relayHost.toLowerCase().replace(/\.$/, '');
  const named = (text: string | undefined) =>
    (text ?? '')
      .toLowerCase()
      .split(/[\s()[\];,]+/)
      .some((word) => word.replace(/\.$/, '') === wanted);
  const passed = hops.some(
    (hop) =>
      named(hop.from) ||
      named(hop.fromDetail) ||
      named(hop.by) ||
      (hop.ip !== undefined && relayAddresses.includes(hop.ip)),
  );

  const fromEntry = parsed.from?.value[0];
  const from = fromEntry?.address;
  // Without a client address (no Received: with one) mailauth has nothing to check SPF for.
  const spf = auth.spf && auth.spf['client-ip'] ? auth.spf : undefined;
  const ours: OurCheck = {
    spf: envelope
      ? clean({ result: spf?.status.result ?? 'none', domain: spf?.domain, ip: spf?.['client-ip'] })
      : clean({ result: 'none', ip: spf?.['client-ip'], unknownSender: true }),
    dkim: auth.dkim.results.flatMap(({ signingDomain: domain, ...result }) =>
      !domain
        ? []
        : clean({
            result: result.status.result,
            domain,
            selector: result.selector,
            comment: result.status.comment,
          }),
    ),
    dmarc: auth.dmarc
      ? clean({
          result: auth.dmarc.status?.result ?? 'none',
          domain: auth.dmarc.domain,
          policy: auth.dmarc.policy,
        })
      : { result: 'none' },
  };

  const senders = options.configs && from ? sendersOf(from, options.configs, lang) : undefined;
  const sentBy = senders?.map(({ file, as }) => ({ file, as }));
  // Judged by the profile of the files that send as the From: all of them own-server, one server.
  const ownServers = new Set(senders?.map((sender) => sender.ownServer));
  const ownServer =
    senders && senders.length > 0 && ownServers.size === 1 && !ownServers.has(undefined)
      ? { server: [...ownServers][0] as string }
      : undefined;
  const explanation: Explanation = clean({
    from,
    fromName: fromEntry?.name || undefined,
    envelopeFrom: envelope?.address,
    envelopeFromSource: envelope?.source,
    to: addressesOf(parsed.to),
    subject: parsed.subject,
    date: parsed.date?.toISOString(),
    messageId: parsed.messageId,
    hops,
    relay: { host: relayHost, addresses: relayAddresses, passed },
    sourceIp: spf?.['client-ip'] ?? hops.find((hop) => hop.ip)?.ip,
    recipient: recipient.map(recipientVerdictOf),
    ours: dnsReachable ? ours : undefined,
    dnsReachable,
    sentBy,
    ownServer,
    advice: [],
    ok: false,
  });
  explanation.ok =
    dnsReachable &&
    (passed || ownServer !== undefined) &&
    (ours.dmarc.result === 'pass' || (ours.dmarc.result === 'none' && ours.spf.result === 'pass'));
  const scanning = scanningVerdicts(
    [...explanation.to, ...addressesOf(parsed.cc)],
    {
      bytes: message.length,
      attachments: parsed.attachments.map(attachmentFacts),
      ...(!dnsReachable
        ? { dmarcUnknown: 'offline' as const }
        : ours.spf.unknownSender &&
            ours.dmarc.result !== 'pass' &&
            !ours.dkim.some((s) => s.result === 'pass')
          ? { dmarc: ours.dmarc.result, dmarcUnknown: 'copy' as const }
          : { dmarc: ours.dmarc.result }),
    },
    options.scanningService,
  );
  if (scanning.length > 0) {
    const say = (text: Message) => formatMessage(ALL_MESSAGES, text, lang);
    explanation.scanning = scanning.map((verdict) =>
      clean({
        service: verdict.service.name,
        address: verdict.address,
        verdict: verdict.verdict,
        summary: say(verdict.summary),
        findings: verdict.findings.map(({ check, level, message: text }) => ({
          check,
          level,
          text: say(text),
        })),
        sources: verdict.service.sources,
        read: verdict.service.read,
      }),
    );
    if (scanning.some((verdict) => verdict.verdict === 'refuse')) explanation.ok = false;
  }
  const suggestion = await suggestionFor(
    explanation,
    relayResult.ok ? relayResult.relay : undefined,
    lookups,
  );
  // What recipients do with it, by the From domain's DMARC policy as check-dns reads it (a policy
  // under test one step milder, the stricter of the two RFCs).
  const fromDmarc =
    dnsReachable && ours.dmarc.result === 'fail' && from && checkableDomain(from)
      ? await new VerdictMaker(lookups, { host: relayHost, addresses: [], mechanism: '' }).dmarcOf(from)
      : undefined;
  explanation.advice = adviceFor(explanation, suggestion, options.configs !== undefined, fromDmarc).map(
    (text) => text[lang],
  );
  return explanation;
}

/**
 * The envelope sender: Return-Path (what the last server wrote), else what the recipient's server
 * recorded (Authentication-Results smtp.mailfrom, Received-SPF envelope-from), else a Received:
 * header's envelope-from; undefined when no header names it (a saved copy often has none).
 */
function envelopeSenderOf(
  parsed: import('mailparser').ParsedMail,
  recipient: readonly AuthenticationResults[],
): { address: string; source: NonNullable<Explanation['envelopeFromSource']> } | undefined {
  const address = (value: unknown) => {
    const text = typeof value === 'string' ? value.replace(/[<>]/g, '').trim() : '';
    return checkableDomain(text) ? text : undefined;
  };
  const returnPath = parsed.headers.get('return-path') as { value?: { address?: string }[] } | undefined;
  const found = address(returnPath?.value?.[0]?.address);
  if (found) return { address: found, source: 'return-path' };
  for (const results of recipient) {
    const spf = (Array.isArray(results.spf) ? results.spf : [results.spf])
      .map((method) => address(method?.smtp?.mailfrom))
      .find(Boolean);
    if (spf) return { address: spf, source: 'authentication-results' };
  }
  for (const header of parsed.headerLines) {
    const match = /envelope-from=("?)<?([^\s;">]+)>?\1/i.exec(header.line);
    const found = match && address(match[2]);
    if (found && header.key === 'received-spf') return { address: found, source: 'received-spf' };
    if (found && header.key === 'received') return { address: found, source: 'received' };
  }
  return undefined;
}

const NO_HEADERS: Localized = both(msg('explain.no-headers'));

/** mailparser's limits (EMAXLEN), in words about the file. */
function overLimit(error: unknown): Localized | undefined {
  if ((error as { code?: unknown })?.code !== 'EMAXLEN') return undefined;
  return both(
    msg(
      /child nodes/i.test(String((error as Error).message))
        ? 'explain.too-many-parts'
        : 'explain.header-too-large',
    ),
  );
}

/** The input is not a message that can be explained; `why` says so in words about the file. */
export class NotAMessage extends Error {
  constructor(readonly why: Localized) {
    super(why.en);
  }
}

function recipientVerdictOf(results: AuthenticationResults): RecipientVerdict {
  const first = (method: unknown): MethodResult | undefined =>
    (Array.isArray(method) ? method[0] : method) as MethodResult | undefined;
  const dkim = Array.isArray(results.dkim) ? results.dkim : results.dkim ? [results.dkim] : [];
  return clean({
    server: typeof results.value === 'string' ? results.value : undefined,
    spf: first(results.spf)?.value,
    dkim: dkim.map((result) => result.value).join(', ') || undefined,
    dmarc: first(results.dmarc)?.value,
  });
}

function sendersOf(from: string, configs: readonly { file: string; text: string }[], lang: Lang) {
  return configs.flatMap(({ file, text }) => {
    const config = text.length > MAX_TEXT_LENGTH ? undefined : parseJson(text).value;
    // One server however it is written (MAIL.Kivi.test. is mail.kivi.test).
    const server = stringAt(objectAt(config, 'smtp'), 'server')?.trim().toLowerCase().replace(/\.$/, '');
    const ownServer = profileOf(config) === 'ownServer' && server ? server : undefined;
    return senderAddresses(config)
      .filter((sender) => sameAddress(sender.address, from))
      .map((sender) => ({
        file,
        ownServer,
        as:
          sender.path[0] === 'sender'
            ? both(msg('explain.defined-sender'))[lang]
            : `${sender.name ?? '?'}${sender.citrixId ? ` (${sender.citrixId})` : ''}`,
      }));
  });
}

/**
 * The proven SPF record for the envelope sender's domain (spf-proof.ts): authorizing the relay when
 * the message came through it, else the address it came from. Undefined when SPF passed, could not
 * be checked, or there is no envelope sender.
 */
async function suggestionFor(
  x: Explanation,
  relay: Relay | undefined,
  lookups: Lookups,
): Promise<{ suggestion: Suggestion; relay: Relay; domain: string } | undefined> {
  const spf = x.ours?.spf;
  if (!spf || !x.envelopeFrom || ['pass', 'temperror'].includes(spf.result)) return undefined;
  // An own server's mail service is named by its own SPF record, proven with the address it sent from.
  const include = x.ownServer ? providerOf(x.ownServer.server).spfInclude : undefined;
  const authorized: Relay | undefined =
    include && spf.ip
      ? { host: include, addresses: [spf.ip], mechanism: `include:${include}` }
      : x.relay.passed && relay && !x.ownServer
        ? relay
        : spf.ip
          ? { host: spf.ip, addresses: [spf.ip], mechanism: relayMechanism(spf.ip) }
          : undefined;
  if (!authorized) return undefined;
  const verdict = await new VerdictMaker(lookups, authorized).verdictOf(x.envelopeFrom);
  if (verdict.kind !== 'checked' || (verdict.spf.kind !== 'none' && verdict.spf.kind !== 'not-authorized'))
    return undefined;
  return { suggestion: verdict.spf.suggestion, relay: authorized, domain: verdict.domain };
}

function adviceFor(
  x: Explanation,
  record: Awaited<ReturnType<typeof suggestionFor>>,
  configsGiven: boolean,
  fromDmarc: DmarcVerdict | undefined,
): Localized[] {
  const advice: Localized[] = [];
  const relay = x.relay.host;
  const fromDomain = x.from?.slice(x.from.lastIndexOf('@') + 1);
  // An own server's mail does not go through the hosted relay: nothing to say about that.
  if (!x.relay.passed && !x.ownServer) advice.push(both(msg('explain.advice.not-via-relay', { relay })));
  if (!x.ours) {
    advice.push(both(msg('explain.advice.offline')));
    return [...advice, ...senderAdvice(x, configsGiven)];
  }

  const { spf } = x.ours;
  if (spf.unknownSender) advice.push(both(msg('explain.advice.unknown-sender')));
  else if (spf.result === 'temperror')
    advice.push(both(msg('explain.advice.spf-temperror', { domain: spf.domain ?? '?' })));
  else if (spf.result !== 'pass' && spf.domain) {
    const publish = record
      ? both(recordAdvice(record.suggestion, record.relay, record.domain, 'spf.advice.publish'))
      : { en: '', fi: '' };
    advice.push(
      both(
        msg('explain.advice.spf-failed', {
          result: spf.result,
          domain: spf.domain,
          ip: spf.ip ?? '?',
          publish: { en: publish.en && ` ${publish.en}`, fi: publish.fi && ` ${publish.fi}` },
        }),
      ),
    );
  }

  const verified = x.ours.dkim.filter((signature) => signature.result === 'pass');
  for (const signature of x.ours.dkim.filter((s) => s.result !== 'pass' && s.result !== 'none')) {
    const key = `${signature.selector ?? '?'}._domainkey.${signature.domain}`;
    if (signature.result === 'temperror') {
      advice.push(both(msg('explain.advice.dkim-temperror', { domain: signature.domain, key })));
      continue;
    }
    const result = `${signature.result}${signature.comment ? `: ${signature.comment}` : ''}`;
    advice.push(both(msg('explain.advice.dkim-failed', { domain: signature.domain, result, key })));
  }
  if (x.ours.dkim.length === 0 && fromDomain)
    advice.push(
      both(
        x.ownServer
          ? msg('explain.advice.no-dkim.own', { domain: fromDomain, server: x.ownServer.server })
          : msg('explain.advice.no-dkim', { domain: fromDomain }),
      ),
    );

  for (const scan of x.scanning ?? [])
    if (scan.verdict === 'refuse') advice.push(both(msg('scan.advice', { service: scan.service })));

  const { dmarc } = x.ours;
  if (dmarc.result === 'fail') {
    const then = consequence(
      fromDomain ?? dmarc.domain ?? '',
      fromDmarc ?? { kind: 'found', policy: dmarc.policy ?? 'none', record: '', at: dmarc.domain ?? '' },
    );
    // "the SPF record above" only when one is shown above.
    const id = !record?.suggestion.proven
      ? 'explain.advice.dmarc-fails-no-record'
      : verified.length
        ? 'explain.advice.dmarc-fails'
        : 'explain.advice.dmarc-fails-or-dkim';
    advice.push(both(msg(id, { domain: fromDomain ?? '', then })));
  } else if (dmarc.result === 'none' && fromDomain)
    advice.push(both(msg('explain.advice.no-dmarc', { domain: fromDomain })));

  const ours = x.ours;
  for (const verdict of x.recipient.slice(0, 1)) {
    // Only a verdict of ours can differ from theirs: a lookup that failed today, or an envelope
    // sender we do not know, says nothing.
    const differs = (['spf', 'dmarc'] as const).filter(
      (method) =>
        verdict[method] !== undefined &&
        ours[method].result !== 'temperror' &&
        !(method === 'spf' && ours.spf.unknownSender) &&
        verdict[method] !== ours[method].result,
    );
    if (differs.length > 0) {
      const what = differs
        .map((method) => `${method}=${verdict[method]} / ${ours[method].result}`)
        .join(', ');
      advice.push(both(msg('explain.advice.verdicts-differ', { server: verdict.server ?? '?', what })));
    }
  }

  advice.push(...senderAdvice(x, configsGiven));

  if (advice.length === 0)
    advice.push(
      both(
        x.ownServer
          ? msg('explain.advice.nothing.own', {
              server: x.ownServer.server,
              spf: spf.result,
              dmarc: dmarc.result,
            })
          : msg('explain.advice.nothing', { relay, spf: spf.result, dmarc: dmarc.result }),
      ),
    );
  return advice;
}

/** Which nova-mail.json sends as the From, when configurations were given to look in. */
function senderAdvice(x: Explanation, configsGiven: boolean): Localized[] {
  const advice: Localized[] = [];
  if (configsGiven && x.from && x.sentBy?.length === 0)
    advice.push(both(msg('explain.advice.no-config', { from: x.from })));
  return advice;
}

function addressesOf(field: unknown): string[] {
  const objects = (Array.isArray(field) ? field : field ? [field] : []) as {
    value?: { address?: string }[];
  }[];
  return objects.flatMap((object) =>
    (object.value ?? []).flatMap((entry) => (entry.address ? [entry.address] : [])),
  );
}

/** The object without its undefined properties (a JSON report has no "key": undefined to explain). */
function clean<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}
