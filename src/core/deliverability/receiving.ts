/**
 * What a sender domain's own mail service will do with Nova's mail, from DNS: where the domain
 * receives its mail (its MX: Exchange Online's Direct Send blocking applies to mail Nova sends to
 * the company itself), and whether the own server's mail service signs with DKIM for it.
 */
import { dnsErrorCode, isEmptyAnswer, type Lookups } from './lookups';
import type { DnsFailure } from './dns-failure';

export type MailService = 'microsoft' | 'google';

export type MxVerdict =
  { kind: 'found'; exchanges: string[] } | { kind: 'none' } | { kind: 'failed'; failure: DnsFailure };

/** The DKIM selectors a mail service tells its customers to publish, and how (docs/deliverability.md). */
export const DKIM_SELECTORS: Record<MailService, { selectors: string[]; type: 'CNAME' | 'TXT' }> = {
  microsoft: { selectors: ['selector1', 'selector2'], type: 'CNAME' },
  google: { selectors: ['google'], type: 'TXT' },
};

export type DkimVerdict =
  | { kind: 'published'; service: MailService }
  /** missing: the names asked that have no record. */
  | { kind: 'missing'; service: MailService; missing: string[] }
  | { kind: 'failed'; service: MailService; failure: DnsFailure };

export interface Receiving {
  mx: MxVerdict;
  /** Only for a relay that is a mail service (an own server at Microsoft 365 or Google). */
  dkim?: DkimVerdict;
}

export async function receivingOf(
  domain: string,
  service: MailService | undefined,
  lookups: Lookups,
): Promise<Receiving> {
  const [mx, dkim] = await Promise.all([
    mxOf(domain, lookups),
    service ? dkimOf(domain, service, lookups) : undefined,
  ]);
  return dkim ? { mx, dkim } : { mx };
}

async function mxOf(domain: string, lookups: Lookups): Promise<MxVerdict> {
  try {
    const answers = (await lookups.resolve(domain, 'MX')) as { exchange: string; priority: number }[];
    const exchanges = [...answers]
      .sort((a, b) => a.priority - b.priority)
      .map((answer) => answer.exchange.toLowerCase().replace(/\.$/, ''))
      .filter((exchange) => exchange !== '');
    return exchanges.length > 0 ? { kind: 'found', exchanges } : { kind: 'none' };
  } catch (error) {
    if (isEmptyAnswer(error)) return { kind: 'none' };
    return { kind: 'failed', failure: { question: `MX ${domain}`, code: dnsErrorCode(error) ?? 'error' } };
  }
}

async function dkimOf(domain: string, service: MailService, lookups: Lookups): Promise<DkimVerdict> {
  const { selectors, type } = DKIM_SELECTORS[service];
  const names = selectors.map((selector) => `${selector}._domainkey.${domain}`);
  const missing: string[] = [];
  for (const name of names) {
    try {
      const answers = await lookups.resolve(name, type);
      const published =
        type === 'CNAME'
          ? answers.length > 0
          : (answers as string[][]).some((strings) => /^v=DKIM1\b/i.test(strings.join('').trim()));
      if (!published) missing.push(name);
    } catch (error) {
      if (!isEmptyAnswer(error))
        return {
          kind: 'failed',
          service,
          failure: { question: `${type} ${name}`, code: dnsErrorCode(error) ?? 'error' },
        };
      missing.push(name);
    }
  }
  return missing.length === 0 ? { kind: 'published', service } : { kind: 'missing', service, missing };
}
