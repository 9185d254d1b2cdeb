/**
 * docs/contract.md §7 for a set of nova-mail.json texts: every sender address is judged by DNS against the relay,
 * and the deliverability rules turn the verdicts into problems on the address values.
 */
import { TRUSTED_SENDER } from '../nova';
import { JsonDocument } from '../document';
import { MAX_TEXT_LENGTH } from '../lint';
import { senderAddresses } from '../senders';
import type { JsonPath, Lang, Problem, SeveritySetting } from '../types';
import { DEFAULT_DNS_TIMEOUT_MS, Lookups, type LookupOptions } from './lookups';
import { DNS_RULES } from './rules';
import { reasonOf } from './rules/dns-failed';
import { formatMessage, type Message } from '../catalog';
import { spoken } from '../core-catalog';
import { ALL_MESSAGES } from '../all-messages';
import { msg, type MessageId } from '../messages';
import { profileOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { objectAt, stringAt } from '../config/model';
import { hasInternalAddress, type Suggestion } from './spf-proof';
import {
  checkableDomain,
  resolveIncludeRelay,
  resolveRelay,
  VerdictMaker,
  type DmarcVerdict,
  type MailService,
  type Relay,
  type SpfProblem,
  type Verdict,
} from './verdict';

/** Where the hosted service's mail comes from (the source sheet). */
export const DEFAULT_RELAY = TRUSTED_SENDER;

export interface DeliverabilityOptions extends LookupOptions {
  /** The relay whose addresses sender domains must authorize; DEFAULT_RELAY when absent. */
  relay?: string;
  lang?: Lang;
  /** A severity per rule id, overriding the rule's own; 'off' silences it. */
  rules?: Readonly<Record<string, SeveritySetting | undefined>>;
}

/** A problem found in DNS, on the address it is about. */
export interface DnsProblem extends Problem {
  address: string;
  /** Where the address is in the file. */
  path: JsonPath;
  domain: string;
  /** A whole SPF record to publish at the domain (spf-not-authorized, spf-missing). */
  record?: string;
}

export interface DomainReport {
  domain: string;
  /** The file's addresses at this domain (as written, each once). */
  addresses: string[];
  verdict: Verdict;
  /** One line: what DNS says about the domain. */
  summary: string;
}

export type DeliverabilityResult =
  | {
      ok: true;
      /** The first relay the files name (the hosted one for hosted files). */
      relay: Relay;
      /** Every relay the files name, each once: own-server files name their mail service. */
      relays: Relay[];
      /** The problems of each text, in the order given. */
      files: DnsProblem[][];
      /** What DNS says about each text's domains, one line per domain (DomainReport.summary). */
      summaries: string[][];
      domains: DomainReport[];
      /** The DNS questions sent, each once. */
      asked: readonly string[];
      /** Said once for the whole run: relay addresses that were not checked (an AAAA lookup failed). */
      notes: string[];
      /**
       * When there were sender domains but none could be checked (DNS unreachable, the server
       * stopped answering): why, in one line. The CLI then exits 2; nothing was judged.
       */
      nothingChecked?: string;
    }
  | { ok: false; message: string };

export async function checkDeliverability(
  texts: readonly string[],
  options: DeliverabilityOptions = {},
): Promise<DeliverabilityResult> {
  const lang = options.lang ?? 'en';
  const say = (message: Message) => formatMessage(ALL_MESSAGES, message, lang);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
  const lookups = new Lookups(options);
  const files = texts.map((text) => sendersIn(text));
  // Each file's relay comes from its profile (the hosted one from the options); each is resolved once.
  const hosted: RelaySpec = { name: options.relay?.trim() || DEFAULT_RELAY, include: false, hosted: true };
  const specs = files.map(({ document }) => relaySpecOf(document.parsed.value) ?? hosted);
  const relays = new Map<string, { relay: Relay; maker: VerdictMaker } | undefined>();
  const notes: string[] = [];
  let firstRefusal: string | undefined;
  for (const spec of specs.length > 0 ? specs : [hosted]) {
    const key = keyOf(spec);
    if (relays.has(key)) continue;
    const relayResult = spec.include
      ? await resolveIncludeRelay(spec.name, lookups)
      : await resolveRelay(spec.name, lookups);
    if (!relayResult.ok) {
      if (relayResult.offline) return { ok: false, message: say(msg('dns.unreachable')) };
      const why = relayResult.failure
        ? reasonOf(relayResult.failure, timeoutMs)
        : msg(spec.include ? 'dns.relay.no-spf-addresses' : 'dns.relay.no-address');
      const message = say(msg('dns.relay.unresolved', { relay: spec.name, why }));
      // The hosted relay is every hosted file's: without it nothing is judged. An own server's
      // relay is only its own files': they are not checked, and the rest are.
      if (spec === hosted) return { ok: false, message };
      const count = specs.filter((other) => keyOf(other) === key).length;
      notes.push(`${message} ${say(msg('dns.own-relay-unchecked', { count }))}`);
      firstRefusal ??= message;
      relays.set(key, undefined);
      continue;
    }
    const relay =
      spec === hosted
        ? { ...relayResult.relay, hosted: true }
        : spec.service
          ? { ...relayResult.relay, service: spec.service }
          : relayResult.relay;
    if (relayResult.unchecked) {
      const [type] = relayResult.unchecked.question.split(' ');
      notes.push(
        say(
          msg('dns.relay.unchecked', {
            family: type === 'AAAA' ? 'IPv6' : 'IPv4',
            question: relayResult.unchecked.question,
            why: reasonOf(relayResult.unchecked, timeoutMs),
            addresses: relay.addresses.join(', '),
          }),
        ),
      );
    }
    relays.set(key, { relay, maker: new VerdictMaker(lookups, relay) });
  }
  const used = [...relays.values()].flatMap((entry) => (entry ? [entry.relay] : []));
  if (used.length === 0) return { ok: false, message: firstRefusal ?? '' };
  const relayOf = (index: number) => relays.get(keyOf(specs[index]));

  const judged = await Promise.all(
    files.map(({ senders }, index) => {
      const judge = relayOf(index);
      return judge
        ? Promise.all(
            senders.map(async (sender) => ({
              ...sender,
              verdict: await judge.maker.verdictOf(sender.address),
            })),
          )
        : Promise.resolve([]);
    }),
  );
  const { shared, sharedBy } = await sharedSuggestions(judged, relayOf);
  const domains = new Map<string, DomainReport>();
  const fileReports: Set<string>[] = judged.map(() => new Set<string>());
  const problems = judged.map((judgedSenders, index) => {
    const mechanism = relayOf(index)?.relay.mechanism;
    const senders = judgedSenders.map((sender) => ({
      ...sender,
      verdict: sharedBy.has(`${mechanism} ${sender.domain}`)
        ? withSuggestion(sender.verdict, shared.get(sender.domain))
        : sender.verdict,
    }));
    const { document } = files[index];
    const judge = relayOf(index);
    const found: DnsProblem[] = [];
    if (!judge) return found;
    const { relay } = judge;
    for (const { address, domain, path, verdict } of senders) {
      // One report per domain and relay: a domain may send through the hosted relay and a service.
      const reportKey = `${relay.mechanism} ${domain}`;
      const report = domains.get(reportKey) ?? {
        domain,
        addresses: [],
        verdict,
        summary: say(summaryOf(verdict, relay, timeoutMs)),
      };
      if (!report.addresses.includes(address)) report.addresses.push(address);
      domains.set(reportKey, report);
      fileReports[index].add(reportKey);
      const span = document.resolve({ at: 'value', path });
      for (const rule of DNS_RULES) {
        const finding = rule.judge(verdict, { address, relay, timeoutMs });
        if (!finding) continue;
        const severity = options.rules?.[rule.id] ?? finding.severity;
        if (severity === 'off') continue;
        found.push({
          rule: rule.id,
          severity,
          ...spoken(finding.message, lang, ALL_MESSAGES),
          range: document.lines.rangeAt(span.offset, span.length),
          offset: span.offset,
          length: span.length,
          address,
          path,
          domain,
          ...(finding.record ? { record: finding.record } : {}),
        });
      }
    }
    return found.sort((a, b) => a.offset - b.offset);
  });

  const reports = [...domains.values()].sort((a, b) => a.domain.localeCompare(b.domain));
  const failed = reports.filter((report) => report.verdict.kind === 'dns-failed');
  return {
    ok: true,
    relay: used[0],
    relays: used,
    files: problems,
    summaries: fileReports.map((keys) =>
      [...keys].map((key) => (domains.get(key) as DomainReport).summary).sort(),
    ),
    domains: reports,
    asked: lookups.asked,
    notes,
    ...(reports.length > 0 && failed.length === reports.length
      ? { nothingChecked: say(nothingChecked(failed[0].verdict, lookups, timeoutMs)) }
      : {}),
  };
}

type Judge = { relay: Relay; maker: VerdictMaker } | undefined;

/**
 * For each domain that more than one relay sends for in this run (a hosted file, a Microsoft 365
 * file and a Gmail file of one company): one suggestion covering every relay, proven as any other.
 * Published as separate records, each without the others, only the last would stand.
 */
async function sharedSuggestions(
  judged: readonly { address: string; domain: string; verdict: Verdict }[][],
  relayOf: (index: number) => Judge,
): Promise<{ shared: Map<string, Suggestion>; sharedBy: Set<string> }> {
  type Sending = { judge: NonNullable<Judge>; address: string; verdict: Verdict };
  const byDomain = new Map<string, Map<string, Sending>>();
  judged.forEach((senders, index) => {
    const judge = relayOf(index);
    if (!judge) return;
    for (const { address, domain, verdict } of senders) {
      const relays = byDomain.get(domain) ?? new Map<string, Sending>();
      if (!relays.has(judge.relay.mechanism)) relays.set(judge.relay.mechanism, { judge, address, verdict });
      byDomain.set(domain, relays);
    }
  });
  const shared = new Map<string, Suggestion>();
  /** `<relay mechanism> <domain>` of the relays that share their domain's record. */
  const sharedBy = new Set<string>();
  for (const [domain, relays] of byDomain) {
    // An internal relay keeps its own "internal" answer; the others share one record without it.
    const entries = [...relays.values()].filter((entry) => !hasInternalAddress(entry.judge.relay));
    if (entries.length < 2) continue;
    const needs = (verdict: Verdict) =>
      verdict.kind === 'checked' && (verdict.spf.kind === 'none' || verdict.spf.kind === 'not-authorized');
    const adding = entries.filter((entry) => needs(entry.verdict)).map((entry) => entry.judge.relay);
    if (adding.length === 0) continue;
    // Any relay's maker will do: they share the run's lookups and the SPF engine.
    const [first] = entries;
    for (const entry of entries) sharedBy.add(`${entry.judge.relay.mechanism} ${domain}`);
    shared.set(
      domain,
      await first.judge.maker.suggestionForAll(
        first.address,
        entries.map((entry) => entry.judge.relay),
        adding,
      ),
    );
  }
  return { shared, sharedBy };
}

/** The verdict with the domain's shared suggestion in place of its own, where it has one. */
function withSuggestion(verdict: Verdict, suggestion: Suggestion | undefined): Verdict {
  if (!suggestion || verdict.kind !== 'checked') return verdict;
  const { spf } = verdict;
  if (spf.kind !== 'none' && spf.kind !== 'not-authorized') return verdict;
  return { ...verdict, spf: { ...spf, suggestion } };
}

/** Why no sender domain could be checked, in one line. */
function nothingChecked(verdict: Verdict, lookups: Lookups, timeoutMs: number): Message {
  if (lookups.serverGone)
    return msg('dns.nothing-checked.gone', { questions: lookups.asked.length, ms: timeoutMs });
  const why =
    verdict.kind === 'dns-failed' ? reasonOf(verdict.failure, timeoutMs) : msg('dns.lookups-failed');
  return msg('dns.nothing-checked', { why });
}

/**
 * The problems that still apply after an edit, moved to where their address now is: a problem
 * stays while the same address is at the same place in the file, and goes when it changed (the
 * editor keeps DNS results until then, without asking DNS again).
 */
export function relocateDnsProblems(text: string, problems: readonly DnsProblem[]): DnsProblem[] {
  if (problems.length === 0 || text.length > MAX_TEXT_LENGTH) return [];
  const document = new JsonDocument(text);
  return problems.flatMap((problem) => {
    const node = document.node(problem.path);
    if (node?.type !== 'string' || node.value !== problem.address) return [];
    return [
      {
        ...problem,
        offset: node.offset,
        length: node.length,
        range: document.lines.rangeAt(node.offset, node.length),
      },
    ];
  });
}

interface RelaySpec {
  name: string;
  /** A mail service named by its SPF record (include:), not a host whose addresses send. */
  include: boolean;
  /** Visma's hosted relay: told apart from an own server of the same name. */
  hosted?: boolean;
  service?: MailService;
}

const keyOf = (spec: RelaySpec) =>
  `${spec.hosted ? 'hosted' : spec.include ? 'include' : 'host'}:${spec.name.toLowerCase().replace(/\.$/, '')}`;

/**
 * An own server's relay, from its profile (docs/own-server.md): a mail service's SPF record to
 * include (Microsoft 365, Google), or the server itself; undefined for the hosted profile.
 */
function relaySpecOf(config: unknown): RelaySpec | undefined {
  if (profileOf(config) !== 'ownServer') return undefined;
  const server = stringAt(objectAt(config, 'smtp'), 'server')?.trim();
  if (!server) return undefined;
  const provider = providerOf(server);
  const include = provider.spfInclude;
  const service: MailService | undefined = provider.id.startsWith('microsoft')
    ? 'microsoft'
    : provider.id.startsWith('google')
      ? 'google'
      : undefined;
  return include ? { name: include, include: true, service } : { name: server, include: false };
}

/** The sender addresses of a text whose domains can be looked up (others are the schema's to report). */
function sendersIn(text: string): {
  document: JsonDocument;
  senders: { address: string; path: JsonPath; domain: string }[];
} {
  // Too large to be a real file (lint says so): nothing in it is looked up.
  const document = new JsonDocument(text.length > MAX_TEXT_LENGTH ? '' : text);
  const senders = senderAddresses(document.parsed.value).flatMap((sender) => {
    const domain = checkableDomain(sender.address);
    return domain ? [{ address: sender.address, path: sender.path, domain }] : [];
  });
  return { document, senders };
}

const SERVICE_NAMES: Record<MailService, string> = { microsoft: 'Microsoft 365', google: 'Google Workspace' };

const SPF_PROBLEM_WORDS: Record<SpfProblem, MessageId> = {
  'multiple-records': 'summary.spf.multiple-records',
  'too-many-lookups': 'summary.spf.too-many-lookups',
  'too-many-void-lookups': 'summary.spf.too-many-void-lookups',
  syntax: 'summary.spf.syntax',
};

function dmarcSummary(domain: string, dmarc: DmarcVerdict): Message {
  if (dmarc.readings)
    return msg('summary.dmarc.readings', {
      rfc7489: dmarcSummary(domain, dmarc.readings.rfc7489),
      rfc9989: dmarcSummary(domain, dmarc.readings.rfc9989),
    });
  if (dmarc.kind === 'none') return msg('summary.dmarc.none');
  if (dmarc.kind === 'multiple') return msg('summary.dmarc.multiple', { count: dmarc.count });
  const testing = dmarc.testing ? `, ${dmarc.testing}` : '';
  return dmarc.at === domain
    ? msg('summary.dmarc.own', { policy: dmarc.policy, testing })
    : msg('summary.dmarc.inherited', { policy: dmarc.policy, testing, at: dmarc.at });
}

/** What DNS says about a domain, in one line. */
export function summaryOf(verdict: Verdict, relay: Relay, timeoutMs: number): Message {
  const { domain } = verdict;
  if (verdict.kind === 'domain-not-found') return msg('summary.not-found', { domain });
  if (verdict.kind === 'dns-failed')
    return msg('summary.not-checked', { domain, why: reasonOf(verdict.failure, timeoutMs) });
  const { spf, dmarc } = verdict;
  const spfText =
    spf.kind === 'pass'
      ? msg('summary.spf.pass', { relay: relay.host })
      : spf.kind === 'none'
        ? msg('summary.spf.none')
        : spf.kind === 'invalid'
          ? msg(SPF_PROBLEM_WORDS[spf.problem])
          : msg('summary.spf.not-authorized', {
              relay: relay.host,
              results: spf.results.map((r) => `${r.ip}: ${r.result}`).join(', '),
            });
  const { dkim } = verdict.receiving;
  const line = msg('summary.line', { domain, spf: spfText, dmarc: dmarcSummary(domain, dmarc) });
  if (!dkim) return line;
  const service = SERVICE_NAMES[dkim.service];
  return msg('summary.with-dkim', {
    line,
    dkim:
      dkim.kind === 'failed'
        ? msg('summary.dkim.failed', { service, why: reasonOf(dkim.failure, timeoutMs) })
        : msg(`summary.dkim.${dkim.kind}`, { service }),
  });
}
