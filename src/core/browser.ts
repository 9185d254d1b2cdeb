/**
 * The core as a browser's web worker takes it (the web extension, bundled with esbuild's `platform:
 * 'browser'`): the pure part only — JSON, schema, rules, fixes, messages, the overview — and none of
 * what touches the disk, SMTP or DNS. A Node built-in imported from here fails that build.
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
export { CITRIX_ID } from './config/model';
export { isNovaMailFileName, RULE_DOCS_FOLDER } from './names';
export { normalizeAddress, sameAddress } from './address';
export { newConfiguration, fileNameFor } from './new-config';
export { parseJson } from './json/parse';
export { dataIn, formatMessage, inBothLanguages } from './catalog';
export { SHARED_WORDS } from './shared-words';
export { SENDER_ROLE } from './nova';
export { escapeControl, escapeLines, safeJson, shownTyped } from './visible-text';
export { lintContent } from './disk/content';
export { decodeText, encodingOf } from './disk/text-encoding';
export { describeFsProblem } from './fs-problem';
export { recipientError } from './send/recipient';
export { misplacedPasswords, passwordAt } from './own-server/secrets';
export { checkedAgo, withCheckedWhen } from './deliverability/kept-when';
export * from './overview';
