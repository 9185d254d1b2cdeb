/**
 * A suggested SPF record is proven before it is shown: evaluated by the same SPF engine (mailauth)
 * against the same DNS, with the record in place at the domain (an overlay on the run's resolver).
 * It is shown only if every relay address then passes, an address that passed before still
 * passes, and the evaluation stays within RFC 7208's limits (10 DNS-querying terms, 2 void
 * lookups). A broken SPF record stops all of a domain's mail, not only Nova's: when no candidate
 * passes, nothing is shown, and the reason is.
 */
import type { Resolve } from './lookups';
import {
  newSpfRecord,
  correctedSpfRecord,
  isInternalAddress,
  relayForms,
  type RelayForm,
} from './spf-record';

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

/** Why a record could not be proven for a relay SPF may name. */
type ProofFailure = 'over-limit' | 'still-not-authorized' | 'lookup-failed' | 'would-break';

export type Suggestion =
  | { proven: true; record: string; form: RelayForm['form']; nameOverLimit: boolean }
  | { proven: false; reason: ProofFailure }
  /** The relay's addresses no public SPF record should name: said in the advice. */
  | { proven: false; reason: 'internal'; internalAddresses: string[] };

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
  // An in-house server known by a private address: what the Internet sees is another address.
  if (hasInternalAddress(input.relay))
    return {
      proven: false,
      reason: 'internal',
      internalAddresses: input.relay.addresses.filter(isInternalAddress),
    };
  let failure: { proven: false; reason: ProofFailure } | undefined;
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

/**
 * One record for a domain that several relays send for in one run (the hosted relay, Microsoft 365,
 * Gmail): each relay that does not pass yet is added, by name first, then by address; the proof
 * asks that every relay's addresses pass. Separate records, each without the others, would
 * replace each other: published as worded, only the last would stand.
 */
export async function provenSuggestionForAll(
  input: Omit<ProofInput, 'relay'> & {
    relays: readonly ProofInput['relay'][];
    /** The relays the current record does not authorize yet. */
    adding: readonly ProofInput['relay'][];
  },
): Promise<Suggestion> {
  let failure: { proven: false; reason: ProofFailure } | undefined;
  for (const choose of [(forms: RelayForm[]) => forms[0], (forms: RelayForm[]) => forms[forms.length - 1]]) {
    const forms = input.adding.map((relay) => choose(relayForms(relay)));
    let record = input.current;
    input.adding.forEach((relay, index) => {
      record = record
        ? correctedSpfRecord(record, forms[index].terms, relay)
        : newSpfRecord(forms[index].terms);
    });
    const verdict = await prove(record as string, { ...input, relay: input.relays[0] }, input.relays);
    const form = forms.some((candidate) => candidate.form === 'address') ? 'address' : 'name';
    if (verdict === 'proven')
      return {
        proven: true,
        record: record as string,
        form,
        nameOverLimit: failure?.reason === 'over-limit',
      };
    if (!failure || verdict === 'over-limit') failure = { proven: false, reason: verdict };
  }
  return failure ?? { proven: false, reason: 'still-not-authorized' };
}

async function prove(
  record: string,
  input: ProofInput,
  relays: readonly ProofInput['relay'][] = [input.relay],
): Promise<'proven' | ProofFailure> {
  const atDomain = (name: string) => name.toLowerCase().replace(/\.$/, '') === input.domain;
  const overlay: Resolve = (name, type) =>
    atDomain(name) && type.toUpperCase() === 'TXT'
      ? Promise.resolve([...input.otherTxt.map((text) => [text]), [record]] as never[])
      : input.resolve(name, type);
  const evaluate = ({ ip, helo }: { ip: string; helo: string }) =>
    input.spf({ sender: input.sender, ip, helo, mta: input.mta, resolver: overlay });
  const senders = relays.flatMap((relay) => relay.addresses.map((ip) => ({ ip, helo: relay.host })));
  let results: SpfResult[];
  try {
    results = await Promise.all([...senders, { ip: NOBODY, helo: input.relay.host }].map(evaluate));
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

/** A relay known by an address no public SPF record should name (a mail service's include never is). */
export function hasInternalAddress(relay: { addresses: readonly string[]; mechanism?: string }): boolean {
  return !relay.mechanism?.startsWith('include:') && relay.addresses.some(isInternalAddress);
}
