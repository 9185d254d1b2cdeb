import type { Catalog, Data, Entry, Message } from '../catalog';
import type { Profile } from '../own-server/profile';
import type { FixAction, JsonPath, Localized, Severity, Target } from '../types';

/** What every rule, including the structural ones the engine itself reports, tells about itself. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One line: what the rule checks. */
  description: Localized;
  /**
   * What the rule says, in both languages, by message id (`<rule id>.<key>`), as ESLint's
   * `meta.messages`: the core's catalog is built from the rules' (catalog-of-core.ts). The
   * engine's own rules (parse, duplicate-key, schema) are said by the engine: theirs are shared.
   */
  messages?: Catalog;
}

/**
 * A rule's messages and the way it says one: `message('wrong', { port })` is the message
 * `<rule id>.wrong` of the catalog. The keys are checked by TypeScript, the ids by the catalog test.
 */
export function ruleMessages<Key extends string>(
  ruleId: string,
  entries: Readonly<Record<Key, Entry>>,
): { messages: Catalog; message: (key: Key, data?: Data) => Message } {
  const messages: Record<string, Entry> = {};
  for (const key of Object.keys(entries) as Key[]) messages[`${ruleId}.${key}`] = entries[key];
  return {
    messages,
    message: (key, data) => (data ? { id: `${ruleId}.${key}`, data } : { id: `${ruleId}.${key}` }),
  };
}

/**
 * What a rule reports: where, a message of the catalog (worded only for the problems lint lists:
 * a file of 270,000 broken persons reports millions), and a fix when one is certain.
 */
export interface RuleReport {
  target: Target;
  message: Message;
  fix?: { title: Message; action: FixAction };
  related?: { target: Target; message: Message }[];
}

/** A value JSON.parse never sees: the earlier of two equal keys (and everything below it). */
export interface ShadowedValue {
  path: JsonPath;
  value: unknown;
  offset: number;
  length: number;
}

export interface RuleContext {
  /** The parsed document (for a file with a syntax error: what could be parsed of it). */
  readonly config: unknown;
  /** The text it was parsed from (for a cheap look before a walk of every value). */
  readonly text: string;
  /** Values hidden by a later duplicate key; empty unless the file has duplicate keys. */
  readonly shadowedValues: () => readonly ShadowedValue[];
  readonly report: (report: RuleReport) => void;
  /** The file's profile (hosted by default). */
  readonly profile: Profile;
  /** The moment of the check: a rule may speak of a date that has or has not come. */
  readonly now: Date;
}

export interface Rule extends RuleMeta {
  /**
   * The rule speaks about what is absent from the whole file (nobody can send, say): it is not run
   * on a file with a syntax error, where the absence may only be the syntax error's doing.
   */
  needsWholeFile?: boolean;
  /** The profiles whose files the rule checks; every profile when absent. */
  profiles?: readonly Profile[];
  check(context: RuleContext): void;
}
