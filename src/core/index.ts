/** The nova-mail core: pure functions over text, shared by the CLI and the VS Code extension. */
export { lint, MAX_PROBLEMS_PER_RULE, MAX_TEXT_LENGTH, type LintOptions } from './lint';
export { fixAll, NOT_JSON, UNSAFE_FIX, type FixAllResult } from './fix-all';
export { applyEdits, minimalEdit } from './fixes';
export { ALL_RULES, RULE_IDS, type RuleMeta } from './rules';
export { isNovaMailFileName } from './file-names';
export { newConfiguration, fileNameFor, type NewConfigAnswers } from './new-config';
export { ruleDocUrl, REPOSITORY_URL } from './docs';
export * from './types';
