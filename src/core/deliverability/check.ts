/**
 * docs/contract.md §7 for a set of nova-mail.json texts: every sender address is judged by DNS against the relay,
 * and the deliverability rules turn the verdicts into problems on the address values.
 */
import { TRUSTED_SENDER } from '../nova';
import { JsonDocument } from '../document';
import { MAX_TEXT_LENGTH } from '../lint';
import { senderAddresses } from '../senders';
import type { JsonPath, Lang, Localized, Problem, SeveritySetting } from '../types';
import { DEFAULT_DNS_TIMEOUT_MS, Lookups, type LookupOptions } from './lookups';
import { DNS_RULES } from './rules';
import { reasonOf } from './rules/dns-failed';
import { inBothLanguages, type Message } from '../catalog';
import { MESSAGES, spoken } from '../messages';

const words = (message: Message) => inBothLanguages(MESSAGES, message);
import {
  checkableDomain,
  resolveRelay,
  VerdictMaker,
  type DmarcVerdict,
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
      relay: Relay;
      /** The problems of each text, in the order given. */
      files: DnsProblem[][];
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
  const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
  const lookups = new Lookups(options);
  const relayName = options.relay?.trim() || DEFAULT_RELAY;
  const relayResult = await resolveRelay(relayName, lookups);
  if (!relayResult.ok) {
    if (relayResult.offline) return { ok: false, message: DNS_UNREACHABLE[lang] };
    const why = relayResult.failure
      ? words(reasonOf(relayResult.failure, timeoutMs))
      : { en: 'it has no address in DNS', fi: 'sillä ei ole osoitetta DNS:ssä' };
    return {
      ok: false,
      message: {
        en: `The relay ${relayName} does not resolve: ${why.en}.`,
        fi: `Välityspalvelimen ${relayName} nimi ei selviä: ${why.fi}.`,
      }[lang],
    };
  }
  const { relay } = relayResult;
  const notes: string[] = [];
  if (relayResult.unchecked) {
    const why = words(reasonOf(relayResult.unchecked, timeoutMs));
    const [type] = relayResult.unchecked.question.split(' ');
    notes.push(
      {
        en: `The relay's ${type === 'AAAA' ? 'IPv6' : 'IPv4'} addresses could not be looked up (${relayResult.unchecked.question}: ${why.en}): only ${relay.addresses.join(', ')} ${relay.addresses.length === 1 ? 'was' : 'were'} checked.`,
        fi: `Välityspalvelimen ${type === 'AAAA' ? 'IPv6' : 'IPv4'}-osoitteita ei saatu haettua (${relayResult.unchecked.question}: ${why.fi}): vain ${relay.addresses.join(', ')} tarkistettiin.`,
      }[lang],
    );
  }
  const maker = new VerdictMaker(lookups, relay);

  const files = texts.map((text) => sendersIn(text));
  const judged = await Promise.all(
    files.map(({ senders }) =>
      Promise.all(
        senders.map(async (sender) => ({ ...sender, verdict: await maker.verdictOf(sender.address) })),
      ),
    ),
  );

  const domains = new Map<string, DomainReport>();
  const problems = judged.map((senders, index) => {
    const { document } = files[index];
    const found: DnsProblem[] = [];
    for (const { address, domain, path, verdict } of senders) {
      const report = domains.get(domain) ?? {
        domain,
        addresses: [],
        verdict,
        summary: summaryOf(verdict, relay, timeoutMs)[lang],
      };
      if (!report.addresses.includes(address)) report.addresses.push(address);
      domains.set(domain, report);
      const span = document.resolve({ at: 'value', path });
      for (const rule of DNS_RULES) {
        const finding = rule.judge(verdict, { address, relay, timeoutMs });
        if (!finding) continue;
        const severity = options.rules?.[rule.id] ?? finding.severity;
        if (severity === 'off') continue;
        found.push({
          rule: rule.id,
          severity,
          ...spoken(finding.message, lang),
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
    relay,
    files: problems,
    domains: reports,
    asked: lookups.asked,
    notes,
    ...(reports.length > 0 && failed.length === reports.length
      ? { nothingChecked: nothingChecked(failed[0].verdict, lookups, timeoutMs)[lang] }
      : {}),
  };
}

const DNS_UNREACHABLE: Localized = {
  en: "DNS cannot be reached from this machine: not even the root's name servers could be looked up (offline, or the DNS server does not answer). Nothing was checked, and no DNS change is advised.",
  fi: 'DNS:ään ei saada yhteyttä tältä koneelta: edes juuren nimipalvelimia ei saatu haettua (ei verkkoyhteyttä, tai DNS-palvelin ei vastaa). Mitään ei tarkistettu eikä DNS-muutoksia neuvota.',
};

/** Why no sender domain could be checked, in one line. */
function nothingChecked(verdict: Verdict, lookups: Lookups, timeoutMs: number): Localized {
  const why =
    verdict.kind === 'dns-failed'
      ? words(reasonOf(verdict.failure, timeoutMs))
      : { en: 'the lookups failed', fi: 'kyselyt epäonnistuivat' };
  return lookups.serverGone
    ? {
        en: `No sender domain could be checked: the DNS server stopped answering (${lookups.asked.length} questions, the last ones unanswered within ${timeoutMs} ms each). Is DNS reachable from here?`,
        fi: `Yhtään lähettäjän verkkotunnusta ei voitu tarkistaa: DNS-palvelin lakkasi vastaamasta (${lookups.asked.length} kyselyä, viimeisiin ei vastausta ${timeoutMs} ms:ssa). Saako tältä koneelta yhteyden DNS:ään?`,
      }
    : {
        en: `No sender domain could be checked: ${why.en}. Is DNS reachable from here?`,
        fi: `Yhtään lähettäjän verkkotunnusta ei voitu tarkistaa: ${why.fi}. Saako tältä koneelta yhteyden DNS:ään?`,
      };
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

const SPF_PROBLEM_WORDS: Record<SpfProblem, Localized> = {
  'multiple-records': { en: 'two SPF records (permerror)', fi: 'kaksi SPF-tietuetta (permerror)' },
  'too-many-lookups': {
    en: 'SPF needs over 10 lookups (permerror)',
    fi: 'SPF vaatii yli 10 kyselyä (permerror)',
  },
  'too-many-void-lookups': {
    en: 'SPF names missing domains (permerror)',
    fi: 'SPF viittaa puuttuviin verkkotunnuksiin (permerror)',
  },
  syntax: { en: 'SPF syntax error (permerror)', fi: 'SPF:n syntaksivirhe (permerror)' },
};

function dmarcSummary(domain: string, dmarc: DmarcVerdict): Localized {
  if (dmarc.kind === 'none') return { en: 'no DMARC record', fi: 'ei DMARC-tietuetta' };
  if (dmarc.kind === 'multiple')
    return {
      en: `${dmarc.count} DMARC records (none applies)`,
      fi: `${dmarc.count} DMARC-tietuetta (mikään ei ole voimassa)`,
    };
  const testing = dmarc.testing ? `, ${dmarc.testing}` : '';
  return dmarc.at === domain
    ? { en: `DMARC p=${dmarc.policy}${testing}`, fi: `DMARC p=${dmarc.policy}${testing}` }
    : {
        en: `DMARC p=${dmarc.policy}${testing} (from ${dmarc.at})`,
        fi: `DMARC p=${dmarc.policy}${testing} (verkkotunnukselta ${dmarc.at})`,
      };
}

/** What DNS says about a domain, in one line. */
export function summaryOf(verdict: Verdict, relay: Relay, timeoutMs: number): Localized {
  const { domain } = verdict;
  if (verdict.kind === 'domain-not-found')
    return { en: `${domain}: does not exist (NXDOMAIN)`, fi: `${domain}: ei ole olemassa (NXDOMAIN)` };
  if (verdict.kind === 'dns-failed') {
    const why = words(reasonOf(verdict.failure, timeoutMs));
    return { en: `${domain}: not checked: ${why.en}`, fi: `${domain}: ei tarkistettu: ${why.fi}` };
  }
  const { spf, dmarc } = verdict;
  const spfText: Localized =
    spf.kind === 'pass'
      ? { en: `SPF authorizes ${relay.host}`, fi: `SPF sallii välittäjän ${relay.host}` }
      : spf.kind === 'none'
        ? { en: 'no SPF record', fi: 'ei SPF-tietuetta' }
        : spf.kind === 'invalid'
          ? SPF_PROBLEM_WORDS[spf.problem]
          : {
              en: `SPF does not authorize ${relay.host} (${spf.results.map((r) => `${r.ip}: ${r.result}`).join(', ')})`,
              fi: `SPF ei salli välittäjää ${relay.host} (${spf.results.map((r) => `${r.ip}: ${r.result}`).join(', ')})`,
            };
  const dmarcText = dmarcSummary(domain, dmarc);
  return { en: `${domain}: ${spfText.en}; ${dmarcText.en}`, fi: `${domain}: ${spfText.fi}; ${dmarcText.fi}` };
}
