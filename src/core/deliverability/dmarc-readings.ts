/**
 * The DMARC policy that applies to a sender domain, read by both RFCs a receiver may follow: RFC 7489
 * (the organizational domain from the public suffix list) and RFC 9989 (the DNS tree walk). Where
 * they differ, the stricter one decides, and both are kept so that the message can say both.
 */

export type Testing = 'pct=0' | 't=y';

export type DmarcReading =
  | { kind: 'none' }
  /** More than one record at _dmarc.<at>: RFC 7489 applies no policy then. */
  | { kind: 'multiple'; at: string; count: number }
  /** The published policy (p, or sp for a subdomain), where it was found, and whether it is under test. */
  | { kind: 'found'; policy: string; record: string; at: string; testing?: Testing };

export type DmarcVerdict = DmarcReading & {
  /** Both readings, when they apply different policies (the verdict itself is the stricter one). */
  readings?: { rfc7489: DmarcReading; rfc9989: DmarcReading };
};

export type AppliedPolicy = 'none' | 'quarantine' | 'reject';

const RANK: Record<AppliedPolicy, number> = { none: 0, quarantine: 1, reject: 2 };

/**
 * What receivers do now: a policy under test (RFC 7489 §6.6.4's pct=0, RFC 9989's t=y) gets the
 * next milder one — reject is quarantined, quarantine is not acted on.
 */
export function appliedPolicy(reading: DmarcReading): AppliedPolicy {
  if (reading.kind !== 'found') return 'none';
  const published: AppliedPolicy =
    reading.policy === 'reject' ? 'reject' : reading.policy === 'quarantine' ? 'quarantine' : 'none';
  if (!reading.testing) return published;
  return published === 'reject' ? 'quarantine' : 'none';
}

/** Under test, as a record says it: t=y (RFC 9989), else pct=0 (RFC 7489). */
export function testingOf(tags: { t?: string; pct?: number }): Testing | undefined {
  if (typeof tags.t === 'string' && tags.t.toLowerCase() === 'y') return 't=y';
  return tags.pct === 0 ? 'pct=0' : undefined;
}

/** One verdict from the two readings: the stricter applied policy; on a tie, RFC 9989's, unless RFC 7489 sees records that cancel each other. */
export function combineReadings(rfc7489: DmarcReading, rfc9989: DmarcReading): DmarcVerdict {
  const old = RANK[appliedPolicy(rfc7489)];
  const bis = RANK[appliedPolicy(rfc9989)];
  const stricter = old > bis || (old === bis && rfc7489.kind === 'multiple') ? rfc7489 : rfc9989;
  return old === bis ? stricter : { ...stricter, readings: { rfc7489, rfc9989 } };
}

/** Where a reading saw more than one record (for dmarc-missing), whichever reading decides. */
export function multipleRecords(
  dmarc: DmarcVerdict,
): Extract<DmarcReading, { kind: 'multiple' }> | undefined {
  if (dmarc.kind === 'multiple') return dmarc;
  const old = dmarc.readings?.rfc7489;
  return old?.kind === 'multiple' ? old : undefined;
}
