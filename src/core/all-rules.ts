/**
 * Every rule the product reports, for what lists them all (the manifest, SARIF, the docs): the
 * structural ones, the rules of a parsed document, then the deliverability (DNS) ones. Composed here,
 * above both, so that core/rules and core/deliverability never import each other.
 */
import { DNS_RULES } from './deliverability/rules';
import { duplicateKeyRule, parseRule, RULES, type RuleMeta } from './rules';
import { schemaRule } from './rules';

export const ALL_RULES: readonly RuleMeta[] = [
  parseRule,
  duplicateKeyRule,
  schemaRule,
  ...RULES,
  ...DNS_RULES,
];

export const RULE_IDS: readonly string[] = ALL_RULES.map((rule) => rule.id);

/**
 * The rules whose severity a user sets in the editor. The structural ones are VS Code's JSON
 * support's to show there (at its own severity), so they are not offered.
 */
export const CONFIGURABLE_RULE_IDS: readonly string[] = [...RULES, ...DNS_RULES].map((rule) => rule.id);

export { DNS_RULES };
