/**
 * A suggested SPF record is proven before it is shown: evaluated by the same SPF engine (mailauth)
 * against the same DNS, with the record in place at the domain (an overlay on the run's resolver).
 * It is shown only if every relay address then passes, an address that passed before still
 * passes, and the evaluation stays within RFC 7208's limits (10 DNS-querying terms, 2 void
 * lookups). A broken SPF record stops all of a domain's mail, not only Nova's: when no candidate
 * passes, nothing is shown, and the reason is.
 */
import type { Resolve } from './lookups';
import { newSpfRecord, correctedSpfRecord, relayForms, type RelayForm } from './spf-record';

type Spf = typeof import('./auth-library').spf;
type SpfResult = Awaited<ReturnType<Spf>>;

/**
 * An address no record names (0.0.0.0/8 is "this network", never a sender): its evaluation walks
 * the whole record, so it meets every lookup the record can cost, and it passes only where the
 * record lets any server send (`+all`).
 */
export const NOBODY = '0.0.0.1';

/** RFC 7208 §4.6.4. */
export const LOOKUP_LIMIT = 10;
export const VOID_LOOKUP_LIMIT = 2;

export type Suggestion =
  | { proven: true; record: string; form: RelayForm['form']; nameOverLimit: boolean }
  | { proven: false; reason: 'over-limit' | 'still-not-authorized' | 'lookup-failed' | 'would-break' };

export interface ProofInput {
  domain: string;
  /** The sender address, as the envelope sender of every evaluation. */
  sender: string;
  relay: { host: string; addresses: readonly string[]; mechanism?: string };
  /** The domain's TXT strings other than its SPF record (they stay as they are). */
  otherTxt: readonly string[];
  /** The domain's one SPF record, or undefined when it has none. */
  current: string | undefined;
  /** What NOBODY got from the current record ('none' without one). */
  nobodyBefore: string;
  spf: Spf;
  resolve: Resolve;
  mta: string;
}

/** The first candidate (the relay by name, then by address) that passes the proof. */
export async function provenSuggestion(input: ProofInput): Promise<Suggestion> {
  let failure: Exclude<Suggestion, { proven: true }> | undefined;
  let nameOverLimit = false;
  for (const form of relayForms(input.relay)) {
    const record = input.current
      ? correctedSpfRecord(input.current, form.terms, input.relay)
      : newSpfRecord(form.terms);
    const verdict = await prove(record, input);
    if (verdict === 'proven') return { proven: true, record, form: form.form, nameOverLimit };
    if (form.form === 'name' && verdict === 'over-limit') nameOverLimit = true;
    // The most telling reason: a lookup limit, a failed lookup, and only then the rest.
    if (
      !failure ||
      verdict === 'over-limit' ||
      (verdict === 'lookup-failed' && failure.reason !== 'over-limit')
    )
      failure = { proven: false, reason: verdict };
  }
  return failure ?? { proven: false, reason: 'still-not-authorized' };
}

async function prove(
  record: string,
  input: ProofInput,
): Promise<'proven' | Exclude<Suggestion, { proven: true }>['reason']> {
  const atDomain = (name: string) => name.toLowerCase().replace(/\.$/, '') === input.domain;
  const overlay: Resolve = (name, type) =>
    atDomain(name) && type.toUpperCase() === 'TXT'
      ? Promise.resolve([...input.otherTxt.map((text) => [text]), [record]] as never[])
      : input.resolve(name, type);
  const evaluate = (ip: string) =>
    input.spf({ sender: input.sender, ip, helo: input.relay.host, mta: input.mta, resolver: overlay });
  let results: SpfResult[];
  try {
    results = await Promise.all([...input.relay.addresses, NOBODY].map(evaluate));
  } catch {
    return 'lookup-failed';
  }
  const outcome = (result: SpfResult) => result.status.result;
  if (results.some((result) => outcome(result) === 'temperror')) return 'lookup-failed';
  if (results.some((result) => outcome(result) === 'permerror' || overLimit(result))) return 'over-limit';
  const nobody = results[results.length - 1];
  if (input.nobodyBefore === 'pass' && outcome(nobody) !== 'pass') return 'would-break';
  return results.slice(0, -1).every((result) => outcome(result) === 'pass')
    ? 'proven'
    : 'still-not-authorized';
}

function overLimit(result: SpfResult): boolean {
  const lookups = result.lookups as { count?: number; void?: number } | undefined;
  return (lookups?.count ?? 0) > LOOKUP_LIMIT || (lookups?.void ?? 0) > VOID_LOOKUP_LIMIT;
}
