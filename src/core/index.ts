/**
 * The nova-mail core, shared by the CLI and the VS Code extension, which use it through this entry
 * only: pure functions over text, and the parts that touch the outside world (disk, SMTP, DNS).
 */
export {
  lint,
  MAX_PROBLEMS_PER_RULE,
  MAX_TEXT_LENGTH,
  tooLargeProblem,
  unreadableProblem,
  type LintOptions,
} from './lint';
export { fixAll, fixedByFixAll, NOT_JSON, UNSAFE_FIX, type FixAllResult } from './fix-all';
export { applyEdits, minimalEdit } from './fixes';
export { ALL_RULES, CONFIGURABLE_RULE_IDS, RULE_IDS } from './all-rules';
export type { RuleMeta } from './rules';
export { CITRIX_ID } from './config/model';
export { isNovaMailFileName, RULE_DOCS_FOLDER } from './names';
export { normalizeAddress, sameAddress } from './address';
export { newConfiguration, fileNameFor, type NewConfigAnswers } from './new-config';
export { parseJson } from './json/parse';
export {
  dataIn,
  formatMessage,
  inBothLanguages,
  type Catalog,
  type Data,
  type Message,
  type PlainData,
} from './catalog';
export { SHARED_WORDS } from './shared-words';
export { SENDER_ROLE } from './nova';
export { escapeControl, escapeLines, safeJson } from './visible-text';
export * from './disk';
export * from './send';
export * from './deliverability';
export * from './types';
export * from './overview';
export * from './own-server';
