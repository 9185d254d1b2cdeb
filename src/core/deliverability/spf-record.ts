/** The SPF records we tell a domain's administrator to publish: built from theirs, never from scratch. */
import { isIP } from 'node:net';

/** The relay as an SPF mechanism: `a:<host>`, or `ip4:`/`ip6:` when the relay is given as an address. */
export function relayMechanism(relay: string): string {
  const family = isIP(relay);
  return family === 4 ? `ip4:${relay}` : family === 6 ? `ip6:${relay}` : `a:${relay.toLowerCase()}`;
}

/**
 * The whole corrected record: the existing one with the relay's mechanism inserted before its `all`
 * (evaluation ends there: nothing after it is ever reached), or before `redirect=` (used only when
 * nothing matched), or at the end. A copy of the mechanism elsewhere is moved, not repeated.
 */
export function correctedSpfRecord(record: string, mechanism: string): string {
  const same = (term: string) => term.toLowerCase().replace(/^\+/, '') === mechanism.toLowerCase();
  const terms = record
    .trim()
    .split(/\s+/)
    .filter((term) => !same(term));
  let at = terms.findIndex((term) => /^[+\-~?]?all$/i.test(term));
  if (at < 0) at = terms.findIndex((term) => /^redirect=/i.test(term));
  if (at < 0) at = terms.length;
  terms.splice(Math.max(at, 1), 0, mechanism);
  return terms.join(' ');
}

/** What to publish when a domain has no SPF record. */
export function newSpfRecord(mechanism: string): string {
  return `v=spf1 ${mechanism} ~all`;
}
