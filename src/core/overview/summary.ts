/**
 * What one nova-mail.json says, at a glance: the company, the sender mode, who sends, and how many
 * problems the file has. The report, the Nova Mail view and the entry sheet are built from it.
 */
import { JsonDocument } from '../document';
import { profileOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { lint, MAX_TEXT_LENGTH, type LintOptions } from '../lint';
import { hasSenderRole, isObject, objectAt, personsOf, senderMode, stringAt } from '../config/model';
import type { JsonPath, Problem } from '../types';

export interface PersonSummary {
  index: number;
  name?: string;
  citrixId?: string;
  address?: string;
  /** The Sähköpostilähettäjä role is there (exactly). */
  roleOk: boolean;
  /** The Sähköposti tab is there (an `email` object with an address). */
  tabOk: boolean;
  path: JsonPath;
  /** Where the person's object is in the text (to reveal it). */
  offset: number;
}

export interface ConfigSummary {
  company?: string;
  /** An own mail server's service (its provider's name, or the server), when the file has that profile. */
  ownServer?: string;
  senderMode?: 'personRegister' | 'defined';
  /** The defined sender, in defined mode. */
  sender?: { name?: string; address?: string; offset: number };
  persons: PersonSummary[];
  errors: number;
  warnings: number;
  problems: Problem[];
}

export function summarize(text: string, options: LintOptions = {}): ConfigSummary {
  const problems = lint(text, options);
  const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
  const summary: ConfigSummary = {
    persons: [],
    errors: count('error'),
    warnings: count('warning'),
    problems,
  };
  if (text.length > MAX_TEXT_LENGTH) return summary;
  const document = new JsonDocument(text);
  const config = document.parsed.value;
  const company = isObject(config) ? config.company : undefined;
  if (typeof company === 'string' && company.trim() !== '') summary.company = company.trim();
  summary.senderMode = senderMode(config);
  if (profileOf(config) === 'ownServer') {
    const server = stringAt(objectAt(config, 'smtp'), 'server')?.trim() ?? '';
    const provider = providerOf(server);
    summary.ownServer = provider.id === 'other' ? server : provider.name;
  }
  const offsetOf = (path: JsonPath) => document.node(path)?.offset ?? 0;
  if (summary.senderMode === 'defined') {
    const sender = objectAt(config, 'sender');
    summary.sender = {
      name: stringAt(sender, 'name'),
      address: stringAt(sender, 'address'),
      offset: offsetOf(['sender']),
    };
  }
  summary.persons = personsOf(config).map((view) => ({
    index: view.index,
    name: stringAt(view.person, 'name'),
    citrixId: stringAt(view.email, 'username'),
    address: stringAt(view.email, 'address'),
    roleOk: hasSenderRole(view.person),
    tabOk: Boolean(stringAt(view.email, 'address')),
    path: view.path,
    offset: offsetOf(view.path),
  }));
  return summary;
}
