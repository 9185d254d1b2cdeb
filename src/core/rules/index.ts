import type { Rule } from './rule';
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
import { companyName } from './company-name';
import { ownServerPort } from './own-server-port';
import { ownServerUsername } from './own-server-username';
import { microsoftBasicAuth } from './microsoft-basic-auth';
import { gmailAppPassword } from './gmail-app-password';
import { controlCharacters } from './control-characters';

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
  companyName,
  ownServerPort,
  ownServerUsername,
  microsoftBasicAuth,
  gmailAppPassword,
  controlCharacters,
];

export type { Rule, RuleMeta } from './rule';
export { duplicateKeyRule, parseRule, schemaRule };
