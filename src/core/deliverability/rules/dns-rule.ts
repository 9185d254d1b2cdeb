import type { RuleMeta } from '../../rules/rule';
import type { Localized, Severity } from '../../types';
import type { Suggestion } from '../spf-proof';
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

/**
 * docs/contract.md §7: SPF problems are errors where the domain's DMARC policy tells recipients to act on them;
 * a policy only being tested (pct=0, t=y) counts as none.
 */
export function underStrictDmarc(dmarc: DmarcVerdict): boolean {
  return (
    dmarc.kind === 'found' && !dmarc.testing && (dmarc.policy === 'quarantine' || dmarc.policy === 'reject')
  );
}

/** What recipients do with mail from `domain` that fails, by the DMARC policy that applies to it. */
export function consequence(domain: string, dmarc: DmarcVerdict): Localized {
  if (dmarc.kind === 'found' && (dmarc.policy === 'reject' || dmarc.policy === 'quarantine')) {
    const whose: Localized =
      dmarc.at === domain
        ? { en: 'its DMARC policy', fi: 'sen DMARC-käytännön' }
        : { en: `the DMARC policy of ${dmarc.at}`, fi: `verkkotunnuksen ${dmarc.at} DMARC-käytännön` };
    if (dmarc.testing) {
      const action: Localized =
        dmarc.policy === 'reject'
          ? { en: 'reject such mail', fi: 'hylkäävät tällaisen postin' }
          : { en: 'put such mail in spam', fi: 'siirtävät tällaisen postin roskapostiin' };
      return {
        en: `${capitalized(whose.en)} (p=${dmarc.policy}) is only being tested (${dmarc.testing}): recipients are asked not to enforce it yet; once it is enforced, they ${action.en}.`,
        fi: `${dmarc.at === domain ? 'Sen DMARC-käytäntö' : `Verkkotunnuksen ${dmarc.at} DMARC-käytäntö`} (p=${dmarc.policy}) on vasta testissä (${dmarc.testing}): vastaanottajia pyydetään olemaan vielä noudattamatta sitä; kun se otetaan käyttöön, vastaanottajat ${action.fi}.`,
      };
    }
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
 * An SPF finding: its severity by the DMARC policy, the record to publish when one was proven, and
 * the message built from what recipients then do (`then`) and what to publish (`advice`: the
 * proven record with the reminder about Visma's include, or why no record can be given).
 */
export function spfFinding(
  verdict: Extract<Verdict, { kind: 'checked' }>,
  relay: Relay,
  suggestion: Suggestion,
  message: (then: Localized, advice: (publish: Localized) => Localized) => Localized,
): DnsFinding {
  return {
    severity: underStrictDmarc(verdict.dmarc) ? 'error' : 'warning',
    ...(suggestion.proven ? { record: suggestion.record } : {}),
    message: message(consequence(verdict.domain, verdict.dmarc), (publish) =>
      recordAdvice(suggestion, relay, verdict.domain, publish),
    ),
  };
}

/**
 * What to publish: `publish` ("Publish this TXT record at …:") with the proven record and the
 * reminder about Visma's include, or why no record is given and what to do instead.
 */
export function recordAdvice(
  suggestion: Suggestion,
  relay: Relay,
  domain: string,
  publish: Localized,
): Localized {
  if (!suggestion.proven) return noRecord(suggestion.reason, domain);
  const include = vismaInclude(relay);
  const how = suggestion.form === 'address' && suggestion.nameOverLimit ? byAddress(relay) : undefined;
  return {
    en: `${publish.en} "${suggestion.record}"${how ? ` (${how.en})` : ''}. ${include.en}`,
    fi: `${publish.fi} "${suggestion.record}"${how ? ` (${how.fi})` : ''}. ${include.fi}`,
  };
}

function byAddress(relay: Relay): Localized {
  return {
    en: `the relay by its address: ${relay.mechanism} would take the record past 10 DNS lookups, and SPF would then fail for all of the domain's mail; if the relay's address changes, this must change too`,
    fi: `välityspalvelin osoitteena: ${relay.mechanism} veisi tietueen yli 10 DNS-kyselyn, jolloin SPF epäonnistuisi kaikelle verkkotunnuksen postille; jos välityspalvelimen osoite muuttuu, tämäkin on muutettava`,
  };
}

/** Why no record is suggested, and what to do instead. */
function noRecord(reason: Exclude<Suggestion, { proven: true }>['reason'], domain: string): Localized {
  const why: Record<typeof reason, Localized> = {
    'over-limit': {
      en: "adding the relay in any form would take the record past the 10 DNS lookups SPF allows (RFC 7208), and SPF would then fail for all of the domain's mail",
      fi: 'välityspalvelimen lisääminen missä tahansa muodossa veisi tietueen yli SPF:n sallimien 10 DNS-kyselyn (RFC 7208), jolloin SPF epäonnistuisi kaikelle verkkotunnuksen postille',
    },
    'still-not-authorized': {
      en: 'the relay would still not pass with it added (an earlier term of the record excludes its address)',
      fi: 'välityspalvelin ei menisi läpi lisättynäkään (tietueen aiempi termi sulkee sen osoitteen pois)',
    },
    'would-break': {
      en: 'the changed record would stop authorizing servers that pass today',
      fi: 'muutettu tietue lakkaisi sallimasta palvelimia, jotka nyt menevät läpi',
    },
    'lookup-failed': {
      en: 'a DNS lookup failed while the changed record was being tested',
      fi: 'DNS-kysely epäonnistui muutettua tietuetta testattaessa',
    },
  };
  const next: Localized =
    reason === 'lookup-failed'
      ? { en: 'Run the check again.', fi: 'Aja tarkistus uudelleen.' }
      : {
          en: `Remove an include the domain no longer uses and check again, or send Nova's mail from a subdomain (such as laskutus.${domain}) with an SPF record of its own.`,
          fi: `Poista include, jota verkkotunnus ei enää käytä, ja tarkista uudelleen, tai lähetä Noven posti aliverkkotunnuksesta (kuten laskutus.${domain}), jolla on oma SPF-tietue.`,
        };
  return {
    en: `No corrected record is given: ${why[reason].en}. ${next.en}`,
    fi: `Korjattua tietuetta ei anneta: ${why[reason].fi}. ${next.fi}`,
  };
}
