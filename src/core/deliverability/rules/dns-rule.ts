import type { RuleMeta } from '../../rules/rule';
import type { Localized, Severity } from '../../types';
import type { DmarcVerdict, Relay, Verdict } from '../verdict';

export interface DnsRuleContext {
  /** The sender address as the file has it. */
  address: string;
  relay: Relay;
  /** The bound of each lookup, to say how long a silent server was waited for. */
  timeoutMs: number;
}

export interface DnsFinding {
  severity: Severity;
  message: Localized;
  /** A whole SPF record to publish at the domain, for the editor's "Copy" fix. */
  record?: string;
}

/** A deliverability rule: like a lint rule, but judging what DNS says about one sender address. */
export interface DnsRule extends RuleMeta {
  judge(verdict: Verdict, context: DnsRuleContext): DnsFinding | undefined;
}

/** SPEC §7: SPF problems are errors where the domain's DMARC policy tells recipients to act on them. */
export function underStrictDmarc(dmarc: DmarcVerdict): boolean {
  return dmarc.kind === 'found' && (dmarc.policy === 'quarantine' || dmarc.policy === 'reject');
}

/** What recipients do with mail from `domain` that fails, by the DMARC policy that applies to it. */
export function consequence(domain: string, dmarc: DmarcVerdict): Localized {
  if (dmarc.kind === 'found' && (dmarc.policy === 'reject' || dmarc.policy === 'quarantine')) {
    const whose: Localized =
      dmarc.at === domain
        ? { en: 'its DMARC policy', fi: 'sen DMARC-käytännön' }
        : { en: `the DMARC policy of ${dmarc.at}`, fi: `verkkotunnuksen ${dmarc.at} DMARC-käytännön` };
    return dmarc.policy === 'reject'
      ? {
          en: `Under ${whose.en} (p=reject) recipients reject such mail.`,
          fi: `${capitalized(whose.fi)} (p=reject) mukaan vastaanottajat hylkäävät tällaisen postin.`,
        }
      : {
          en: `Under ${whose.en} (p=quarantine) recipients put such mail in spam.`,
          fi: `${capitalized(whose.fi)} (p=quarantine) mukaan vastaanottajat siirtävät tällaisen postin roskapostiin.`,
        };
  }
  return {
    en: 'Large mailbox providers junk or reject such mail.',
    fi: 'Suuret sähköpostipalvelut siirtävät tällaisen postin roskapostiin tai hylkäävät sen.',
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reminder that goes with every SPF record we suggest. */
export function vismaInclude(relay: Relay): Localized {
  return {
    en: `Ask Visma first whether they publish an SPF include for the hosted service: if they do, use include:<theirs> instead of ${relay.mechanism}.`,
    fi: `Kysy ensin Vismalta, julkaisevatko he sovelluspalvelulle SPF-includen: jos julkaisevat, käytä ${relay.mechanism}:n sijaan include:<heidän>.`,
  };
}

/**
 * An SPF finding: its severity by the DMARC policy, the record to publish, and the message built
 * from what recipients then do (`then`) and the reminder about Visma's include.
 */
export function spfFinding(
  verdict: Extract<Verdict, { kind: 'checked' }>,
  relay: Relay,
  record: string,
  message: (then: Localized, include: Localized) => Localized,
): DnsFinding {
  return {
    severity: underStrictDmarc(verdict.dmarc) ? 'error' : 'warning',
    record,
    message: message(consequence(verdict.domain, verdict.dmarc), vismaInclude(relay)),
  };
}
