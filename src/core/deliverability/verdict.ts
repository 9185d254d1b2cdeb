/**
 * What DNS says about one sender address: does its domain exist, does its SPF authorize every
 * address of the relay (evaluated by mailauth, RFC 7208), and what is its DMARC policy (RFC 7489,
 * with the organizational domain's record as fallback). Rules turn a verdict into problems.
 */
import { isIP } from 'node:net';
import { normalizeAddress } from '../address';
import { dnsErrorCode, isEmptyAnswer, type Lookups, type Resolve } from './lookups';
import { relayMechanism } from './spf-record';

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
}

export interface DnsFailure {
  /** The question that failed, as "TYPE name" (empty when only mailauth's words tell). */
  question: string;
  /** Node's code: ETIMEOUT, ESERVFAIL, EREFUSED, ECONNREFUSED, ...; or mailauth's words. */
  code: string;
}

export type SpfProblem = 'multiple-records' | 'too-many-lookups' | 'too-many-void-lookups' | 'syntax';

export type SpfVerdict =
  | { kind: 'pass'; record: string }
  | { kind: 'none' }
  | { kind: 'invalid'; problem: SpfProblem; detail: string; record?: string }
  | { kind: 'not-authorized'; record: string; results: { ip: string; result: string }[] };

export type DmarcVerdict = { kind: 'none' } | { kind: 'found'; policy: string; record: string; at: string };

export type Verdict =
  | { kind: 'domain-not-found'; domain: string }
  | { kind: 'dns-failed'; domain: string; failure: DnsFailure }
  | { kind: 'checked'; domain: string; spf: SpfVerdict; dmarc: DmarcVerdict };

export type RelayResult = { ok: true; relay: Relay } | { ok: false; failure?: DnsFailure };

/** The relay's A and AAAA addresses; not ok when it has none (or they could not be looked up). */
export async function resolveRelay(host: string, lookups: Lookups): Promise<RelayResult> {
  const name = host.trim().replace(/\.$/, '');
  if (isIP(name))
    return { ok: true, relay: { host: name, addresses: [name], mechanism: relayMechanism(name) } };
  const answers = await Promise.allSettled([lookups.resolve(name, 'A'), lookups.resolve(name, 'AAAA')]);
  const addresses = answers.flatMap((answer) =>
    answer.status === 'fulfilled' ? (answer.value as string[]) : [],
  );
  if (addresses.length > 0)
    return { ok: true, relay: { host: name, addresses, mechanism: relayMechanism(name) } };
  const failed = answers.find((answer) => answer.status === 'rejected' && !isEmptyAnswer(answer.reason));
  return failed?.status === 'rejected'
    ? { ok: false, failure: { question: `A ${name}`, code: dnsErrorCode(failed.reason) ?? 'error' } }
    : { ok: false };
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

    let txt: string[][];
    try {
      txt = await resolve(domain, 'TXT');
    } catch (error) {
      if (dnsErrorCode(error) === 'ENOTFOUND') return { kind: 'domain-not-found', domain };
      if (!isEmptyAnswer(error)) return { kind: 'dns-failed', domain, failure: firstFailure! };
      txt = [];
    }
    const spfRecords = txt
      .map((strings) => strings.join(''))
      .filter((text) => /^v=spf1(\s|$)/i.test(text.trim()));

    const [spfResults, dmarcResult] = await Promise.all([
      Promise.all(
        this.relay.addresses.map((ip) =>
          this.library.spf({ sender: address, ip, helo: this.relay.host, mta: MTA, resolver: resolve }),
        ),
      ),
      this.library.dmarc({ headerFrom: address, spfDomains: [], dkimDomains: [], resolver: resolve }),
    ]);

    const temporary = spfResults.find((result) => result.status.result === 'temperror');
    if (temporary || (dmarcResult && dmarcResult.status?.result === 'temperror')) {
      const words = temporary
        ? detailOf(temporary.status.comment, address)
        : String(dmarcResult && dmarcResult.error);
      return { kind: 'dns-failed', domain, failure: firstFailure ?? { question: '', code: words } };
    }

    return {
      kind: 'checked',
      domain,
      spf: spfVerdictOf(spfResults, spfRecords, address),
      dmarc: await this.dmarcVerdictOf(domain, dmarcResult, resolve),
    };
  }

  private async dmarcVerdictOf(
    domain: string,
    result: Awaited<ReturnType<AuthLibrary['dmarc']>>,
    resolve: Resolve,
  ): Promise<DmarcVerdict> {
    if (!result || result.status?.result === 'none' || typeof result.rr !== 'string') return { kind: 'none' };
    // mailauth falls back to the organizational domain's record; say where it was found (asked already).
    const own = await resolve(`_dmarc.${domain}`, 'TXT').then(
      (rows: string[][]) => rows.some((strings) => /^v=DMARC1\b/i.test(strings.join('').trim())),
      () => false,
    );
    const policy = typeof result.policy === 'string' ? result.policy.toLowerCase() : 'none';
    return { kind: 'found', policy, record: result.rr, at: own ? domain : result.domain };
  }
}

type SpfResult = Awaited<ReturnType<AuthLibrary['spf']>>;

function spfVerdictOf(results: SpfResult[], records: string[], address: string): SpfVerdict {
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
  if (refused.length === 0) return { kind: 'pass', record: records[0] };
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
