import type { RuleMeta } from '../../rules/rule';
import type { Data, Message } from '../../catalog';
import { msg } from '../../messages';
import type { Severity } from '../../types';
import type { Suggestion } from '../spf-proof';
import { isInternalAddress } from '../spf-record';
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
  message: Message;
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
export function consequence(domain: string, dmarc: DmarcVerdict): Message {
  if (dmarc.kind !== 'found' || (dmarc.policy !== 'reject' && dmarc.policy !== 'quarantine'))
    return msg('dmarc.then.none');
  const whose = dmarc.at === domain ? 'own' : 'org';
  if (dmarc.testing)
    return msg(`dmarc.then.testing.${whose}`, {
      at: dmarc.at,
      policy: dmarc.policy,
      testing: dmarc.testing,
      action: msg(`dmarc.action.${dmarc.policy}`),
    });
  return msg(`dmarc.then.${dmarc.policy}.${whose}`, { at: dmarc.at });
}

/**
 * An SPF finding: its severity by the DMARC policy, the record to publish when one was proven, and
 * the message (its id and domain, what recipients then do, and what to publish or why nothing).
 */
export function spfFinding(
  verdict: Extract<Verdict, { kind: 'checked' }>,
  relay: Relay,
  suggestion: Suggestion,
  message: { id: 'spf-not-authorized.found' | 'spf-missing.none'; advice: AdviceId; data?: Data },
): DnsFinding {
  return {
    severity: underStrictDmarc(verdict.dmarc) ? 'error' : 'warning',
    ...(suggestion.proven ? { record: suggestion.record } : {}),
    message: msg(message.id, {
      domain: verdict.domain,
      relay: relay.host,
      ...message.data,
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
      addresses: relay.addresses.filter(isInternalAddress).join(', '),
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
