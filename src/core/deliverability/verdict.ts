/**
 * What DNS says about one sender address: does its domain exist, does its SPF authorize every
 * address of the relay (evaluated by mailauth, RFC 7208), and what is its DMARC policy (mailauth's
 * RFC 9989 discovery and tags; see docs/deliverability.md). Rules turn a verdict into problems; a
 * record they may suggest is proven here first (spf-proof.ts).
 */
import { isIP } from 'node:net';
import { normalizeAddress } from '../address';
import { dnsErrorCode, isEmptyAnswer, type Lookups, type Resolve } from './lookups';
import { NOBODY, provenSuggestion, provenSuggestionForAll, type Suggestion } from './spf-proof';
import { relayMechanism } from './spf-record';
import { receivingOf, type MailService, type Receiving } from './receiving';
import type { DnsFailure } from './dns-failure';

export type { DnsFailure, MailService };
import { combineReadings, testingOf, type DmarcReading, type DmarcVerdict } from './dmarc-readings';

export type { DmarcVerdict } from './dmarc-readings';

type AuthLibrary = typeof import('./auth-library');

/** Loaded on first use only; `require`, so that the bundles load dist/mailauth.js. */
export function loadAuthLibrary(): AuthLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./auth-library') as AuthLibrary;
}

/** mailauth writes this name into the comments of its results (its default is the host's name). */
const MTA = 'nova-mail';

export interface Relay {
  host: string;
  addresses: string[];
  /** How an SPF record names it: a:<host>, or ip4:/ip6: for an address. */
  mechanism: string;
  /** Visma's hosted relay (only then is Visma asked about an include of theirs). */
  hosted?: boolean;
  /** A mail service as the relay (an own server at Microsoft 365 or Google). */
  service?: MailService;
}

export type SpfProblem = 'multiple-records' | 'too-many-lookups' | 'too-many-void-lookups' | 'syntax';

export type SpfVerdict =
  /** allowsAll: any address passes (`+all`): any server may send as the domain. */
  | { kind: 'pass'; record: string; allowsAll: boolean }
  | { kind: 'none'; suggestion: Suggestion }
  | { kind: 'invalid'; problem: SpfProblem; detail: string; record?: string }
  | {
      kind: 'not-authorized';
      record: string;
      results: { ip: string; result: string }[];
      suggestion: Suggestion;
    };

export type Verdict =
  | { kind: 'domain-not-found'; domain: string }
  | { kind: 'dns-failed'; domain: string; failure: DnsFailure }
  | { kind: 'checked'; domain: string; spf: SpfVerdict; dmarc: DmarcVerdict; receiving: Receiving };

export type RelayResult =
  /** unchecked: a lookup of its addresses that failed (AAAA, say): those addresses were not checked. */
  | { ok: true; relay: Relay; unchecked?: DnsFailure }
  /** offline: not even the root's name servers could be looked up: DNS is not reachable from here. */
  | { ok: false; failure?: DnsFailure; offline: boolean };

/** The relay's A and AAAA addresses; not ok when it has none (or they could not be looked up). */
export async function resolveRelay(host: string, lookups: Lookups): Promise<RelayResult> {
  const name = host.trim().replace(/\.$/, '');
  if (isIP(name))
    return { ok: true, relay: { host: name, addresses: [name], mechanism: relayMechanism(name) } };
  const types = ['A', 'AAAA'] as const;
  const answers = await Promise.allSettled(types.map((type) => lookups.resolve(name, type)));
  const addresses = answers.flatMap((answer) =>
    answer.status === 'fulfilled' ? (answer.value as string[]) : [],
  );
  const failedAt = answers.findIndex(
    (answer) => answer.status === 'rejected' && !isEmptyAnswer(answer.reason),
  );
  const failure: DnsFailure | undefined =
    failedAt < 0
      ? undefined
      : {
          question: `${types[failedAt]} ${name}`,
          code: dnsErrorCode((answers[failedAt] as PromiseRejectedResult).reason) ?? 'error',
        };
  if (addresses.length > 0)
    return {
      ok: true,
      relay: { host: name, addresses, mechanism: relayMechanism(name) },
      unchecked: failure,
    };
  return { ok: false, failure, offline: !(await dnsReachable(lookups)) };
}

/**
 * A mail service as the relay (an own server at Microsoft 365 or Google): named in SPF by
 * `include:<domain>`, its own SPF record. Its addresses are sampled from that record (the first IPv4
 * and IPv6 network, through its includes, within RFC 7208's 10 lookups): any address there passes
 * an SPF record that includes the service, and a record that does not include it rarely lets one
 * of them through.
 */
export async function resolveIncludeRelay(domain: string, lookups: Lookups): Promise<RelayResult> {
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  const queue = [name];
  const sampled: { ip4?: string; ip6?: string } = {};
  let failure: DnsFailure | undefined;
  for (let asked = 0; queue.length > 0 && asked < 10 && !(sampled.ip4 && sampled.ip6); asked++) {
    const next = queue.shift() as string;
    let record: string | undefined;
    try {
      const txt = (await lookups.resolve(next, 'TXT')) as string[][];
      record = txt.map((strings) => strings.join('')).find((text) => /^v=spf1(\s|$)/i.test(text.trim()));
    } catch (error) {
      if (!isEmptyAnswer(error))
        failure ??= { question: `TXT ${next}`, code: dnsErrorCode(error) ?? 'error' };
      continue;
    }
    for (const term of (record ?? '').trim().split(/\s+/)) {
      const [, kind, value] = /^\+?(ip4|ip6|include):(.+)$/i.exec(term) ?? [];
      if (kind?.toLowerCase() === 'include') queue.push(value.toLowerCase());
      else if (kind?.toLowerCase() === 'ip4') sampled.ip4 ??= firstHost(value, 4);
      else if (kind?.toLowerCase() === 'ip6') sampled.ip6 ??= firstHost(value, 6);
    }
  }
  const addresses = [sampled.ip4, sampled.ip6].filter((address): address is string => address !== undefined);
  if (addresses.length === 0) return { ok: false, failure, offline: !(await dnsReachable(lookups)) };
  return { ok: true, relay: { host: name, addresses, mechanism: `include:${name}` } };
}

/** An address inside an `ip4:`/`ip6:` network (its first host for a network, the address itself). */
function firstHost(network: string, version: 4 | 6): string | undefined {
  const [address, prefix] = network.split('/');
  if (isIP(address) !== version) return undefined;
  const bits = prefix === undefined ? (version === 4 ? 32 : 128) : Number(prefix);
  if (version === 4) {
    if (bits >= 31) return address;
    const parts = address.split('.').map(Number);
    if (parts[3] < 255) parts[3] += 1;
    return parts.join('.');
  }
  if (bits >= 127) return address;
  return address.endsWith('::') ? `${address}1` : address;
}

/**
 * Whether DNS answers at all from here: the root's name servers exist wherever DNS works. An
 * offline machine's resolver answers NXDOMAIN for every name (or nothing): advice made from that
 * would be wrong, so none is given.
 */
export async function dnsReachable(lookups: Lookups): Promise<boolean> {
  try {
    return (await lookups.resolve('.', 'NS')).length > 0;
  } catch {
    return false;
  }
}

/** The domain of an address, in ASCII, when it can be a domain on the Internet at all. */
export function checkableDomain(address: string): string | undefined {
  const normalized = normalizeAddress(address);
  const at = normalized.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = normalized.slice(at + 1);
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const labels = domain.split('.');
  return labels.length >= 2 && domain.length <= 253 && labels.every((part) => label.test(part))
    ? domain
    : undefined;
}

/** Judges sender addresses against one relay; lookups are shared, so each name is asked once. */
export class VerdictMaker {
  private readonly verdicts = new Map<string, Promise<Verdict>>();

  constructor(
    private readonly lookups: Lookups,
    private readonly relay: Relay,
    private readonly library: AuthLibrary = loadAuthLibrary(),
  ) {}

  /** The verdict for an address whose domain is checkable (see checkableDomain). */
  verdictOf(address: string): Promise<Verdict> {
    const key = normalizeAddress(address);
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.judge(key);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private async judge(address: string): Promise<Verdict> {
    const domain = address.slice(address.lastIndexOf('@') + 1);
    // Record the first real failure any lookup of this address meets, to say why if it matters.
    let firstFailure: DnsFailure | undefined;
    const resolve: Resolve = (name, type) =>
      this.lookups.resolve(name, type).catch((error: unknown) => {
        if (!isEmptyAnswer(error))
          firstFailure ??= { question: `${type} ${name}`, code: dnsErrorCode(error) ?? 'error' };
        throw error;
      });

    // Asked beside the rest, and never the reason a domain counts as not checked.
    const receiving = receivingOf(domain, this.relay.service, this.lookups);
    receiving.catch(() => undefined);
    let txt: string[][];
    try {
      txt = await resolve(domain, 'TXT');
    } catch (error) {
      if (dnsErrorCode(error) === 'ENOTFOUND') return { kind: 'domain-not-found', domain };
      if (!isEmptyAnswer(error)) return { kind: 'dns-failed', domain, failure: firstFailure! };
      txt = [];
    }
    const texts = txt.map((strings) => strings.join(''));
    const isSpf = (text: string) => /^v=spf1(\s|$)/i.test(text.trim());
    const spfRecords = texts.filter(isSpf);

    const evaluate = (ip: string) =>
      this.library.spf({ sender: address, ip, helo: this.relay.host, mta: MTA, resolver: resolve });
    const [spfResults, nobody, dmarc] = await Promise.all([
      Promise.all(this.relay.addresses.map(evaluate)),
      evaluate(NOBODY),
      this.dmarcVerdictOf(address, domain, resolve),
    ]);

    const temporary = [...spfResults, nobody].find((result) => result.status.result === 'temperror');
    if (temporary)
      return {
        kind: 'dns-failed',
        domain,
        failure: firstFailure ?? { question: '', code: detailOf(temporary.status.comment, address) },
      };
    if (dmarc.kind === 'failed')
      return { kind: 'dns-failed', domain, failure: firstFailure ?? { question: '', code: dmarc.words } };

    const spf = spfVerdictOf(spfResults, spfRecords, address, nobody.status.result === 'pass');
    if (spf.kind === 'none' || spf.kind === 'not-authorized') {
      const suggestion = await provenSuggestion({
        domain,
        sender: address,
        relay: this.relay,
        otherTxt: texts.filter((text) => !isSpf(text)),
        current: spf.kind === 'not-authorized' ? spf.record : undefined,
        nobodyBefore: nobody.status.result,
        spf: this.library.spf,
        resolve,
        mta: MTA,
      });
      return { kind: 'checked', domain, spf: { ...spf, suggestion }, dmarc, receiving: await receiving };
    }
    return { kind: 'checked', domain, spf, dmarc, receiving: await receiving };
  }

  /**
   * One suggestion for a domain that several relays send for: every relay of `relays` must pass
   * with it, and those of `adding` are added (the others pass already). Asks DNS nothing new: the
   * run's lookups answer each name once.
   */
  async suggestionForAll(
    address: string,
    relays: readonly Relay[],
    adding: readonly Relay[],
  ): Promise<Suggestion> {
    const key = normalizeAddress(address);
    const domain = key.slice(key.lastIndexOf('@') + 1);
    const resolve: Resolve = (name, type) => this.lookups.resolve(name, type);
    let texts: string[];
    try {
      texts = ((await resolve(domain, 'TXT')) as string[][]).map((strings) => strings.join(''));
    } catch (error) {
      if (!isEmptyAnswer(error)) return { proven: false, reason: 'lookup-failed' };
      texts = [];
    }
    const isSpf = (text: string) => /^v=spf1(\s|$)/i.test(text.trim());
    const records = texts.filter(isSpf);
    if (records.length > 1) return { proven: false, reason: 'still-not-authorized' };
    const nobody = await this.library.spf({
      sender: key,
      ip: NOBODY,
      helo: relays[0].host,
      mta: MTA,
      resolver: resolve,
    });
    return provenSuggestionForAll({
      domain,
      sender: key,
      relays,
      adding,
      otherTxt: texts.filter((text) => !isSpf(text)),
      current: records[0],
      nobodyBefore: nobody.status.result,
      spf: this.library.spf,
      resolve,
      mta: MTA,
    });
  }

  /** The DMARC policy that applies to an address's domain, by both readings (for Explain received mail). */
  async dmarcOf(address: string): Promise<DmarcVerdict | undefined> {
    const key = normalizeAddress(address);
    const verdict = await this.dmarcVerdictOf(key, key.slice(key.lastIndexOf('@') + 1), (name, type) =>
      this.lookups.resolve(name, type),
    );
    return verdict.kind === 'failed' ? undefined : verdict;
  }

  /**
   * The DMARC policy by both readings (dmarc-readings.ts): RFC 9989's tree walk is mailauth's; RFC
   * 7489's is the domain's own record set, else the organizational domain's (the public suffix
   * list), where more than one record means no policy applies (§6.6.3).
   */
  private async dmarcVerdictOf(
    address: string,
    domain: string,
    resolve: Resolve,
  ): Promise<DmarcVerdict | { kind: 'failed'; words: string }> {
    const own = await this.dmarcRecordsAt(domain, resolve);
    if (!Array.isArray(own)) return own;
    let rfc7489: DmarcReading = this.readingOf(own, domain, domain);
    const organizational = this.library.organizationalDomain(domain);
    if (own.length === 0 && organizational && organizational !== domain) {
      const inherited = await this.dmarcRecordsAt(organizational, resolve);
      if (!Array.isArray(inherited)) return inherited;
      rfc7489 = this.readingOf(inherited, organizational, domain);
    }

    const result = await this.library.dmarc({
      headerFrom: address,
      spfDomains: [],
      dkimDomains: [],
      resolver: resolve,
    });
    if (result && result.status?.result === 'temperror')
      return { kind: 'failed', words: String(result.error ?? 'temperror') };
    let rfc9989: DmarcReading = { kind: 'none' };
    if (result && result.status?.result !== 'none' && typeof result.rr === 'string') {
      const at = own.length === 1 ? domain : (result.status.header?.d ?? result.domain ?? domain);
      // mailauth's policy has t=y applied already (one step milder): the published one is kept instead.
      const reading = this.readingOf([result.rr], at, domain);
      rfc9989 =
        reading.kind === 'found' && reading.testing !== 't=y' && result.policy
          ? { ...reading, policy: result.policy.toLowerCase() }
          : reading;
    }
    return combineReadings(rfc7489, rfc9989);
  }

  /** The DMARC records at _dmarc.<domain> (empty when there are none), or why they could not be read. */
  private async dmarcRecordsAt(
    domain: string,
    resolve: Resolve,
  ): Promise<string[] | { kind: 'failed'; words: string }> {
    try {
      return ((await resolve(`_dmarc.${domain}`, 'TXT')) as string[][])
        .map((strings) => strings.join('').trim())
        .filter((text) => /^v=DMARC1\s*(;|$)/i.test(text));
    } catch (error) {
      if (!isEmptyAnswer(error)) return { kind: 'failed', words: dnsErrorCode(error) ?? 'error' };
      return [];
    }
  }

  /** The published policy of a record set at `at` for mail from `domain` (sp when it is a subdomain). */
  private readingOf(records: string[], at: string, domain: string): DmarcReading {
    if (records.length === 0) return { kind: 'none' };
    if (records.length > 1) return { kind: 'multiple', at, count: records.length };
    const tags = this.library.parseDmarcRecord(records[0]);
    const policy = (at === domain ? tags.p : (tags.sp ?? tags.p)) ?? 'none';
    const testing = testingOf(tags);
    return {
      kind: 'found',
      policy: policy.toLowerCase(),
      record: records[0],
      at,
      ...(testing ? { testing } : {}),
    };
  }
}

type SpfResult = Awaited<ReturnType<AuthLibrary['spf']>>;

type UnprovenSpf =
  | Exclude<SpfVerdict, { kind: 'none' | 'not-authorized' }>
  | Omit<Extract<SpfVerdict, { kind: 'none' }>, 'suggestion'>
  | Omit<Extract<SpfVerdict, { kind: 'not-authorized' }>, 'suggestion'>;

function spfVerdictOf(
  results: SpfResult[],
  records: string[],
  address: string,
  allowsAll: boolean,
): UnprovenSpf {
  const invalid = results.find((result) => result.status.result === 'permerror');
  if (invalid) {
    const detail = detailOf(invalid.status.comment, address);
    const lookups = invalid.lookups;
    const problem: SpfProblem = /multiple SPF records/i.test(detail)
      ? 'multiple-records'
      : /too many void/i.test(detail)
        ? 'too-many-void-lookups'
        : /too many DNS/i.test(detail) || (lookups !== undefined && lookups.count > lookups.limit)
          ? 'too-many-lookups'
          : 'syntax';
    return { kind: 'invalid', problem, detail, record: records.length === 1 ? records[0] : undefined };
  }
  if (results.some((result) => result.status.result === 'none') || records.length === 0)
    return { kind: 'none' };
  const refused = results.filter((result) => result.status.result !== 'pass');
  if (refused.length === 0) return { kind: 'pass', record: records[0], allowsAll };
  return {
    kind: 'not-authorized',
    record: records[0],
    results: refused.map((result) => ({ ip: result['client-ip'], result: result.status.result })),
  };
}

/** mailauth's reason, without its "<mta>: ... lookup of <address>: " preamble. */
function detailOf(comment: string | undefined, address: string): string {
  if (!comment) return '';
  const marker = `${address}: `;
  const at = comment.indexOf(marker);
  return at >= 0 ? comment.slice(at + marker.length) : comment.replace(`${MTA}: `, '');
}
