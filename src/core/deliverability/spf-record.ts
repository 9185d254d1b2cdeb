/**
 * The SPF records we may tell a domain's administrator to publish: built from theirs, never from
 * scratch. These are candidates only; spf-proof.ts evaluates each one before it is shown.
 */
import { isIP } from 'node:net';

/** The relay as an SPF mechanism: `a:<host>`, or `ip4:`/`ip6:` when the relay is given as an address. */
export function relayMechanism(relay: string): string {
  return isIP(relay) ? addressMechanism(relay) : `a:${relay.toLowerCase()}`;
}

/** `ip4:<address>` or `ip6:<address>`. */
export function addressMechanism(address: string): string {
  return `${isIP(address) === 6 ? 'ip6' : 'ip4'}:${address.toLowerCase()}`;
}

/**
 * The ways of naming the relay, in the order they are tried: by name (one DNS lookup, and it follows
 * the relay if its addresses change), then by its addresses (no lookup: for a record at the limit).
 */
export function relayForms(relay: {
  host: string;
  addresses: readonly string[];
  mechanism?: string;
}): RelayForm[] {
  // A mail service is named by its own SPF record (include:), never by addresses we sampled from it.
  if (relay.mechanism?.startsWith('include:')) return [{ form: 'name', terms: [relay.mechanism] }];
  const byAddress: RelayForm = { form: 'address', terms: relay.addresses.map(addressMechanism) };
  return isIP(relay.host) ? [byAddress] : [{ form: 'name', terms: [relayMechanism(relay.host)] }, byAddress];
}

export interface RelayForm {
  form: 'name' | 'address';
  terms: string[];
}

/**
 * The whole corrected record: the existing one with every term that names the relay without letting
 * it pass (`?a:relay`, `-ip4:<its address>`: matched first, they would keep it neutral or failing)
 * taken out, and the
 * relay's terms put where the first of those was, but never after the `all` that ends evaluation
 * (nothing after it is reached); without either, before `redirect=` (used only when nothing
 * matched), else at the end.
 */
export function correctedSpfRecord(
  record: string,
  terms: readonly string[],
  relay: { host: string; addresses: readonly string[]; mechanism?: string },
): string {
  const names = new Set([
    relay.mechanism?.toLowerCase() ?? relayMechanism(relay.host),
    ...relay.addresses.flatMap((address) => {
      const mechanism = addressMechanism(address);
      return [mechanism, `${mechanism}/${isIP(address) === 6 ? 128 : 32}`];
    }),
  ]);
  const inserted = new Set(terms.map((term) => term.toLowerCase()));
  const kept: string[] = [];
  let at = -1;
  for (const term of record.trim().split(/\s+/)) {
    const mechanism = term.toLowerCase().replace(/^[+\-~?]/, '');
    // A term naming the relay that does not let it pass (?, ~, -) stands in its way; one that does
    // stays, unless it is one of ours (no term twice).
    const blocks = names.has(mechanism) && /^[-~?]/.test(term);
    if (blocks || inserted.has(mechanism)) {
      if (at < 0) at = kept.length;
    } else kept.push(term);
  }
  const all = kept.findIndex((term) => /^[+\-~?]?all$/i.test(term));
  if (all >= 0 && (at < 0 || all < at)) at = all;
  if (at < 0) at = kept.findIndex((term) => /^redirect=/i.test(term));
  if (at < 0) at = kept.length;
  kept.splice(Math.max(at, 1), 0, ...terms);
  return kept.join(' ');
}

/** What to publish when a domain has no SPF record. */
export function newSpfRecord(terms: readonly string[]): string {
  return `v=spf1 ${terms.join(' ')} ~all`;
}

/**
 * An address that cannot be what the Internet sees a server send from: private (RFC 1918, fc00::/7),
 * loopback, link-local, carrier-grade NAT or "this network". No public SPF record should name one.
 */
export function isInternalAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const v6 = address.toLowerCase();
  return v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6);
}
