import type { DnsRule } from './dns-rule';
import { domainNotFound } from './domain-not-found';
import { spfNotAuthorized } from './spf-not-authorized';
import { spfMissing } from './spf-missing';
import { spfInvalid } from './spf-invalid';
import { spfAllowsAll } from './spf-allows-all';
import { dmarcMissing } from './dmarc-missing';
import { dnsFailed } from './dns-failed';

/** The deliverability rules, in the order of docs/contract.md §7 (spf-allows-all added after it). */
export const DNS_RULES: readonly DnsRule[] = [
  domainNotFound,
  spfNotAuthorized,
  spfMissing,
  spfInvalid,
  spfAllowsAll,
  dmarcMissing,
  dnsFailed,
];

export type { DnsFinding, DnsRule, DnsRuleContext } from './dns-rule';
