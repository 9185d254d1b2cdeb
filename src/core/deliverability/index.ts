/** docs/contract.md §7, and the proof from a received message: what DNS and a real message say about delivery. */
export {
  checkDeliverability,
  relocateDnsProblems,
  DEFAULT_RELAY,
  summaryOf,
  type DeliverabilityOptions,
  type DeliverabilityResult,
  type DnsProblem,
  type DomainReport,
} from './check';
export { DEFAULT_DNS_TIMEOUT_MS, parseDnsServer } from './lookups';
export { DNS_RULES } from './rules';
export type { Relay, Verdict } from './verdict';
export { explainMail, NotAMessage, type Explanation, type ExplainOptions } from './explain';
export { explanationMarkdown } from './explain-report';
export { SCANNING_SERVICES, serviceNamed, type ScanningService } from './scanning';
export { keptMarkdown, type KeptVerdicts } from './kept';
export { checkedAgo, checkedAt, withCheckedWhen } from './kept-when';
