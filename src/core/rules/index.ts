import type { Rule, RuleMeta } from './rule';
import { duplicateKeyRule, parseRule, schemaRule } from './structural';
import { smtpServer } from './smtp-server';
import { smtpPort } from './smtp-port';
import { smtpSsl } from './smtp-ssl';
import { realPassword } from './real-password';
import { realUsername } from './real-username';
import { credentialPlaceholder } from './credential-placeholder';
import { novaUsername } from './nova-username';
import { citrixId } from './citrix-id';
import { missingSenderRole } from './missing-sender-role';
import { missingEmailTab } from './missing-email-tab';
import { noSenderPerson } from './no-sender-person';
import { duplicateCitrixId } from './duplicate-citrix-id';
import { sentItems } from './sent-items';
import { DNS_RULES } from '../deliverability/rules';

/** The rules that look at a parsed document, in the order of docs/contract.md §3. */
export const RULES: readonly Rule[] = [
  smtpServer,
  smtpPort,
  smtpSsl,
  realPassword,
  realUsername,
  credentialPlaceholder,
  novaUsername,
  citrixId,
  missingSenderRole,
  missingEmailTab,
  noSenderPerson,
  duplicateCitrixId,
  sentItems,
];

/** Every rule id the product reports: structural ones first, the deliverability (DNS) ones last. */
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

export type { Rule, RuleMeta } from './rule';
