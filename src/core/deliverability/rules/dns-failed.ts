import { ruleMessages } from '../../rules/rule';
import type { Message } from '../../catalog';
import { msg } from '../../messages';
import type { DnsFailure } from '../verdict';
import type { DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('dns-failed', {
  failed: {
    en: "Could not check {domain}: {why}{question}. Run the check again; if it keeps failing, ask whoever runs the domain's DNS.",
    fi: 'Verkkotunnusta {domain} ei voitu tarkistaa: {why}{question}. Aja tarkistus uudelleen; jos se epäonnistuu yhä, kysy verkkotunnuksen DNS:n ylläpitäjältä.',
  },
});

export const dnsFailed: DnsRule = {
  id: 'dns-failed',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain's DNS lookups timed out or failed: it could not be checked.",
    fi: 'Lähettäjän verkkotunnuksen DNS-kyselyt aikakatkaistiin tai epäonnistuivat: sitä ei voitu tarkistaa.',
  },
  judge(verdict, { timeoutMs }) {
    if (verdict.kind !== 'dns-failed') return undefined;
    const question = verdict.failure.question ? ` (${verdict.failure.question})` : '';
    return {
      severity: 'warning',
      message: message('failed', {
        domain: verdict.domain,
        why: reasonOf(verdict.failure, timeoutMs),
        question,
      }),
    };
  },
};

/** Why a lookup failed, in words an administrator acts on. */
export function reasonOf(failure: DnsFailure, timeoutMs: number): Message {
  switch (failure.code) {
    case 'ETIMEOUT':
      return msg('dns.why.timeout', { ms: timeoutMs });
    case 'ESERVFAIL':
      return msg('dns.why.servfail');
    case 'EREFUSED':
      return msg('dns.why.refused');
    case 'ECONNREFUSED':
      return msg('dns.why.unreachable');
    case 'ECANCELLED':
      return msg('dns.why.cancelled');
    case 'EGONE':
      return msg('dns.why.gone');
    default:
      return msg('dns.why.other', { code: failure.code });
  }
}
