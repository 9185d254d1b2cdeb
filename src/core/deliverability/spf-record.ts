/**
 * The SPF records we may tell a domain's administrator to publish: built from theirs, never from
 * scratch. These are candidates only; spf-proof.ts evaluates each one before it is shown.
 */
import { BlockList, isIP } from 'node:net';

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
 * Addresses that cannot be what the Internet sees a server send from: private (RFC 1918, fc00::/7),
 * loopback, link-local, site-local, carrier-grade NAT, "this network", benchmarking, multicast and
 * reserved ranges, IPv4-compatible and NAT64 forms. Node's BlockList parses every spelling
 * (`0:0:0:0:0:0:0:1`, `::ffff:10.0.0.1`), which a text match would not.
 */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const)
    list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of [
    ['::', 96],
    ['::1', 128],
    ['64:ff9b::', 96],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
  ] as const)
    list.addSubnet(network, prefix, 'ipv6');
  return list;
})();

/** Whether an address is one no public SPF record should name (see NOT_PUBLIC). */
export function isInternalAddress(address: string): boolean {
  const plain = address.replace(/%.*$/, '');
  const family = isIP(plain);
  if (family === 0) return false;
  return NOT_PUBLIC.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}
