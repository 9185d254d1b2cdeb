import type { RuleMeta } from '../../rules/rule';
import type { Data, Message } from '../../catalog';
import { msg } from '../../messages';
import type { Severity } from '../../types';
import type { Suggestion } from '../spf-proof';
import { appliedPolicy, type DmarcReading, type DmarcVerdict } from '../dmarc-readings';
import type { Relay, Verdict } from '../verdict';

export interface DnsRuleContext {
  /** The sender address as the file has it. */
  address: string;
  relay: Relay;
  /** The bound of each lookup, to say how long a silent server was waited for. */
  timeoutMs: number;
}

export interface DnsFinding {
  severity: Severity;
  message: Message;
  /** A whole SPF record to publish at the domain, for the editor's "Copy" fix. */
  record?: string;
}

/** A deliverability rule: like a lint rule, but judging what DNS says about one sender address. */
export interface DnsRule extends RuleMeta {
  judge(verdict: Verdict, context: DnsRuleContext): DnsFinding | undefined;
}

/**
 * docs/contract.md §7: SPF problems are errors where the DMARC policy recipients apply now is
 * quarantine or reject (a policy under test counts one step milder; of two readings, the stricter).
 */
export function underStrictDmarc(dmarc: DmarcVerdict): boolean {
  return appliedPolicy(dmarc) !== 'none';
}

/** What recipients do with mail from `domain` that fails, by the DMARC policy that applies to it. */
export function consequence(domain: string, dmarc: DmarcVerdict): Message {
  const then = consequenceOf(domain, dmarc);
  if (!dmarc.readings) return then;
  return msg('dmarc.readings', {
    then,
    rfc7489: readingWords(dmarc.readings.rfc7489),
    rfc9989: readingWords(dmarc.readings.rfc9989),
  });
}

function consequenceOf(domain: string, dmarc: DmarcReading): Message {
  if (dmarc.kind !== 'found' || (dmarc.policy !== 'reject' && dmarc.policy !== 'quarantine'))
    return msg('dmarc.then.none');
  const whose = dmarc.at === domain ? 'own' : 'org';
  if (dmarc.testing) {
    const data = {
      at: dmarc.at,
      policy: dmarc.policy,
      testing: dmarc.testing,
      tags: oneTestingTag(dmarc.record),
    };
    return dmarc.policy === 'reject'
      ? msg(`dmarc.then.testing-reject.${whose}`, data)
      : msg(`dmarc.then.testing.${whose}`, { ...data, action: msg(`dmarc.action.${dmarc.policy}`) });
  }
  return msg(`dmarc.then.${dmarc.policy}.${whose}`, { at: dmarc.at });
}

/** Each RFC knows only its own testing tag: said when a record under test has one of the two. */
function oneTestingTag(record: string): Message | string {
  const has = (pattern: RegExp) => record.split(';').some((tag) => pattern.test(tag.trim()));
  const tY = has(/^t\s*=\s*y$/i);
  const pct0 = has(/^pct\s*=\s*0+$/i);
  if (tY === pct0) return '';
  return tY
    ? msg('dmarc.testing.one-tag', { has: 't=y', other: '7489', missing: 'pct=0' })
    : msg('dmarc.testing.one-tag', { has: 'pct=0', other: '9989', missing: 't=y' });
}

function readingWords(reading: DmarcReading): Message {
  if (reading.kind === 'none') return msg('dmarc.reading.none');
  if (reading.kind === 'multiple')
    return msg('dmarc.reading.multiple', { count: reading.count, at: reading.at });
  const testing = reading.testing ? `, ${reading.testing}` : '';
  return msg('dmarc.reading.found', { at: reading.at, policy: reading.policy, testing });
}

/**
 * An SPF finding: its severity by the DMARC policy, the record to publish when one was proven, and
 * the message (its id and domain, what recipients then do, and what to publish or why nothing).
 */
export function spfFinding(
  verdict: Extract<Verdict, { kind: 'checked' }>,
  relay: Relay,
  suggestion: Suggestion,
  message: { say: (data: Data) => Message; advice: AdviceId },
): DnsFinding {
  return {
    severity: underStrictDmarc(verdict.dmarc) ? 'error' : 'warning',
    ...(suggestion.proven ? { record: suggestion.record } : {}),
    message: message.say({
      domain: verdict.domain,
      relay: relay.host,
      then: consequence(verdict.domain, verdict.dmarc),
      advice: recordAdvice(suggestion, relay, verdict.domain, message.advice),
    }),
  };
}

export type AdviceId = 'spf.advice.replace' | 'spf.advice.new' | 'spf.advice.publish';

/**
 * What to publish: the proven record with the reminder about Visma's include (`advice` says how it
 * is introduced), or why no record is given and what to do instead.
 */
export function recordAdvice(
  suggestion: Suggestion,
  relay: Relay,
  domain: string,
  advice: AdviceId,
): Message {
  if (!suggestion.proven)
    return msg(`spf.no-record.${suggestion.reason}`, {
      next: msg('spf.no-record.next', { domain }),
      relay: relay.host,
      addresses: suggestion.reason === 'internal' ? suggestion.internalAddresses.join(', ') : '',
    });
  return msg(advice, {
    domain,
    record: suggestion.record,
    how:
      suggestion.form === 'address' && suggestion.nameOverLimit
        ? msg('spf.by-address', { mechanism: relay.mechanism })
        : '',
    // Only Visma's hosted relay may have an include of Visma's: a mail service's own include is
    // the right term already, and an own server's is the company's to name.
    include: relay.hosted ? msg('spf.visma-include', { mechanism: relay.mechanism }) : '',
  });
}
