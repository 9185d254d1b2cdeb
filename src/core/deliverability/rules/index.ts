import type { DnsRule } from './dns-rule';
import { domainNotFound } from './domain-not-found';
import { spfNotAuthorized } from './spf-not-authorized';
import { spfMissing } from './spf-missing';
import { spfInvalid } from './spf-invalid';
import { spfAllowsAll } from './spf-allows-all';
import { dmarcMissing } from './dmarc-missing';
import { dnsFailed } from './dns-failed';
import { directSend } from './direct-send';
import { dkimMissing } from './dkim-missing';

/** The deliverability rules, in the order of docs/contract.md §7 (spf-allows-all, direct-send and dkim-missing added after it). */
export const DNS_RULES: readonly DnsRule[] = [
  domainNotFound,
  spfNotAuthorized,
  spfMissing,
  spfInvalid,
  spfAllowsAll,
  dmarcMissing,
  directSend,
  dkimMissing,
  dnsFailed,
];

export type { DnsFinding, DnsRule, DnsRuleContext } from './dns-rule';
