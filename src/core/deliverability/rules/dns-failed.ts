import type { Localized } from '../../types';
import type { DnsFailure } from '../verdict';
import type { DnsRule } from './dns-rule';

export const dnsFailed: DnsRule = {
  id: 'dns-failed',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's DNS lookups timed out or failed: it could not be checked.",
    fi: 'Lähettäjän verkkotunnuksen DNS-kyselyt aikakatkaistiin tai epäonnistuivat: sitä ei voitu tarkistaa.',
  },
  judge(verdict, { timeoutMs }) {
    if (verdict.kind !== 'dns-failed') return undefined;
    const why = reasonOf(verdict.failure, timeoutMs);
    const question = verdict.failure.question ? ` (${verdict.failure.question})` : '';
    return {
      severity: 'warning',
      message: {
        en: `Could not check ${verdict.domain}: ${why.en}${question}. Run the check again; if it keeps failing, ask whoever runs the domain's DNS.`,
        fi: `Verkkotunnusta ${verdict.domain} ei voitu tarkistaa: ${why.fi}${question}. Aja tarkistus uudelleen; jos se epäonnistuu yhä, kysy verkkotunnuksen DNS:n ylläpitäjältä.`,
      },
    };
  },
};

/** Why a lookup failed, in words an administrator acts on. */
export function reasonOf(failure: DnsFailure, timeoutMs: number): Localized {
  switch (failure.code) {
    case 'ETIMEOUT':
      return { en: `no answer within ${timeoutMs} ms`, fi: `vastausta ei tullut ${timeoutMs} ms:ssa` };
    case 'ESERVFAIL':
      return { en: 'the DNS server answered SERVFAIL', fi: 'DNS-palvelin vastasi SERVFAIL' };
    case 'EREFUSED':
      return { en: 'the DNS server refused to answer', fi: 'DNS-palvelin kieltäytyi vastaamasta' };
    case 'ECONNREFUSED':
      return { en: 'the DNS server could not be reached', fi: 'DNS-palvelimeen ei saatu yhteyttä' };
    case 'ECANCELLED':
      return { en: 'the check was cancelled', fi: 'tarkistus peruttiin' };
    case 'EGONE':
      return {
        en: 'not asked: the DNS server had stopped answering',
        fi: 'ei kysytty: DNS-palvelin oli lakannut vastaamasta',
      };
    default:
      return { en: `the lookup failed (${failure.code})`, fi: `kysely epäonnistui (${failure.code})` };
  }
}
