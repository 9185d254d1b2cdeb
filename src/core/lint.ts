import { JsonDocument } from './document';
import { fsProblemMessage, type FsProblem } from './fs-problem';
import { editsForFixes } from './fixes';
import { MAX_DEPTH } from './json/depth';
import { valueOf } from './json/tree';
import { RULES, type Rule, type RuleMeta } from './rules';
import { type RuleContext, type RuleReport, type ShadowedValue } from './rules/rule';
import { keepViews } from './config/model';
import { formatMessage, type Message } from './catalog';
import { CORE_MESSAGES, spoken } from './core-catalog';
import { msg } from './messages';
import { duplicateKeyRule, parseRule, schemaRule } from './rules/structural';
import { validate } from './schema/validate';
import { profileOf } from './own-server/profile';
import type { FixAction, JsonPath, Lang, Problem, Severity, SeveritySetting, Target } from './types';

export interface LintOptions {
  /** The language of messages and fix titles; English by default. */
  lang?: Lang;
  /** A severity per rule id, overriding the rule's default; 'off' silences the rule. */
  rules?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** The moment of the check, for the rules that speak of dates; now by default. */
  now?: Date;
}

/** At most this many problems of one rule are listed per file, then one "and N more" (as linters do). */
export const MAX_PROBLEMS_PER_RULE = 100;

/** Texts longer than this (in UTF-16 units, about 8 MB of ASCII) are not checked: see lint(). */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;

export interface Finding extends RuleReport {
  rule: RuleMeta;
  severity: Severity;
}

/** Checks one nova-mail.json text: every problem, in document order. Never throws on any input. */
export function lint(text: string, options: LintOptions = {}): Problem[] {
  if (text.length > MAX_TEXT_LENGTH) return [tooLarge(text, options)];
  const document = new JsonDocument(text);
  const found = new CappedFindings(MAX_PROBLEMS_PER_RULE);
  findProblems(document, options, found);
  return place(found, document, options);
}

/**
 * The findings lint lists: the first `cap` of each rule, as the rules report them (in document
 * order, as they walk the file), and how many more there were. A file of 270,000 broken persons
 * reports millions: holding them all took gigabytes; this holds a few hundred.
 */
class CappedFindings implements FindingSink {
  readonly kept: Finding[] = [];
  /** Per rule beyond the cap: the first one left out (the place of "…and N more") and how many. */
  readonly omitted = new Map<string, { first: Finding; count: number }>();
  private readonly perRule = new Map<string, number>();

  constructor(private readonly cap: number) {}

  /** Counts the report; whether it is to be kept (the first `cap`, and the first one past them). */
  wants(rule: RuleMeta): boolean {
    const count = (this.perRule.get(rule.id) ?? 0) + 1;
    this.perRule.set(rule.id, count);
    const skipped = this.omitted.get(rule.id);
    if (skipped) skipped.count++;
    return count <= this.cap + 1 && !skipped;
  }

  add(finding: Finding): void {
    if ((this.perRule.get(finding.rule.id) ?? 0) > this.cap)
      this.omitted.set(finding.rule.id, { first: finding, count: 1 });
    else this.kept.push(finding);
  }
}

/** Where findings go as they are found: `wants` first, so that nothing is built for one not kept. */
export interface FindingSink {
  wants?(rule: RuleMeta): boolean;
  add(finding: Finding): void;
}

/**
 * Every problem of the document, unplaced and unlimited, handed to `sink` one by one as found
 * (lint keeps the first of each rule, fixing keeps only the fixes); returned when no sink is given.
 */
export function findProblems(
  document: JsonDocument,
  options: LintOptions = {},
  sink?: FindingSink,
): Finding[] {
  const findings: Finding[] = [];
  const keep = sink ?? { add: (finding: Finding) => void findings.push(finding) };
  let reported = 0;
  const add = (rule: RuleMeta, report: RuleReport) => {
    const severity = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') return;
    reported++;
    if (keep.wants && !keep.wants(rule)) return;
    // Written out, not spread: reports come in many shapes, and a spread of each was 2 s of 10.
    keep.add({
      target: report.target,
      message: report.message,
      fix: report.fix,
      related: report.related,
      rule,
      severity,
    });
  };
  const { parsed } = document;
  const complete = parsed.valid;
  if (parsed.syntaxError) {
    const { offset, length, message } = parsed.syntaxError;
    add(parseRule, { target: { at: 'offset', offset, length }, message });
  }
  // Nesting past MAX_DEPTH is always a schema violation too, so it is looked for only in a file
  // that has problems (a clean file never pays for the scan).
  const reportCuts = () => {
    for (const cut of parsed.bounded().masked.cuts)
      add(schemaRule, {
        target: { at: 'offset', offset: cut.offset, length: 1 },
        message: msg('schema.too-deep', { depth: MAX_DEPTH }),
      });
  };

  const hasDuplicates = parsed.mayHaveDuplicateKeys;
  if (hasDuplicates) {
    for (const property of document.tree.laterDuplicates()) {
      const key = property.children?.[0];
      if (!key) continue;
      add(duplicateKeyRule, {
        target: { at: 'offset', offset: key.offset, length: key.length },
        message: msg('duplicate-key.twice', { key: JSON.stringify(key.value) }),
      });
    }
  }

  let shadowed: ShadowedValue[] | undefined;
  const shadowedValues = (): ShadowedValue[] =>
    (shadowed ??= hasDuplicates
      ? document.tree
          .shadowedValues()
          .map(({ path, node }) => ({ path, value: valueOf(node), offset: node.offset, length: node.length }))
      : []);
  const profile = profileOf(parsed.value);
  const now = options.now ?? new Date();
  // One context for every rule, reporting for the rule running (one per rule was a tenth of a
  // typical file's allocations).
  let running: Rule = RULES[0];
  const context: RuleContext = {
    config: parsed.value,
    text: document.text,
    shadowedValues,
    profile,
    now,
    // In a broken file, what seems missing may only be cut off by the syntax error.
    report: (report) => (complete || report.target.at !== 'missing' ? add(running, report) : undefined),
  };
  keepViews(true);
  try {
    for (const rule of RULES) {
      if (!complete && rule.needsWholeFile) continue;
      if (rule.profiles && !rule.profiles.includes(profile)) continue;
      // A rule turned off is not run: its reports would all be dropped (some walk every value).
      if ((options.rules?.[rule.id] ?? rule.defaultSeverity) === 'off') continue;
      running = rule;
      rule.check(context);
    }
  } finally {
    keepViews(false);
  }
  // The schema judges a whole file; a broken one would only get the syntax error's echoes.
  if (complete) validate(parsed.value, (violation) => add(schemaRule, violation));
  if (reported > 0) reportCuts();
  return findings;
}

function place(found: CappedFindings, document: JsonDocument, options: LintOptions): Problem[] {
  // A clean file needs no place at all: no tree (not even a pruned one) is built for it.
  if (found.kept.length === 0 && found.omitted.size === 0) return [];
  const say = (message: Message): string => formatMessage(CORE_MESSAGES, message, options.lang ?? 'en');
  document.focusOnPersons(personsPlaced(found));
  const problems: Problem[] = [];
  for (const finding of found.kept) {
    const span = document.resolve(finding.target);
    const problem: Problem = {
      rule: finding.rule.id,
      severity: finding.severity,
      ...spoken(finding.message, options.lang ?? 'en'),
      range: document.lines.rangeAt(span.offset, span.length),
      offset: span.offset,
      length: span.length,
    };
    if (finding.fix) {
      const { edits } = editsForFixes([finding.fix.action], document, {
        replaceOnly: !document.parsed.valid,
      });
      if (edits.length > 0) problem.fix = { title: say(finding.fix.title), edits };
    }
    if (finding.related?.length) {
      problem.related = finding.related.map((related) => {
        const at = document.resolve(related.target);
        return { range: document.lines.rangeAt(at.offset, at.length), message: say(related.message) };
      });
    }
    problems.push(problem);
  }
  for (const [rule, { first, count }] of found.omitted) {
    const span = document.resolve(first.target);
    const more = msg('lint.more', { count, rule, cap: MAX_PROBLEMS_PER_RULE });
    problems.push({
      rule,
      severity: first.severity,
      ...spoken(more, options.lang ?? 'en'),
      range: document.lines.rangeAt(span.offset, span.length),
      offset: span.offset,
      length: span.length,
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** The persons whose places lint needs: those of the problems it lists, and their related places. */
function personsPlaced(found: CappedFindings): Set<number> {
  const persons = new Set<number>();
  const note = (target: Target) => {
    if (target.at !== 'offset' && target.path[0] === 'persons' && typeof target.path[1] === 'number')
      persons.add(target.path[1]);
  };
  for (const finding of [...found.kept, ...[...found.omitted.values()].map(({ first }) => first)]) {
    note(finding.target);
    for (const related of finding.related ?? []) note(related.target);
    if (finding.fix) for (const path of pathsOf(finding.fix.action)) note({ at: 'value', path });
  }
  return persons;
}

/** The paths a fix's edit is computed from. */
function pathsOf(action: FixAction): JsonPath[] {
  switch (action.kind) {
    case 'set':
      return [action.path];
    case 'insert-property':
      return [action.objectPath];
    case 'append-item':
      return [action.arrayPath];
    case 'replace-shadowed':
      return [];
  }
}

function tooLarge(text: string, options: LintOptions): Problem {
  return tooLargeProblem(text.length, options, text.charCodeAt(0) === 0xfeff);
}

/** The one problem of a text of `length` UTF-16 units over MAX_TEXT_LENGTH (an editor need not read it). */
export function tooLargeProblem(
  length: number,
  options: LintOptions = {},
  bom = false,
  /** A file refused on disk before it was read is measured in bytes; a text in characters. */
  unit: 'characters' | 'bytes' = 'characters',
): Problem {
  const message = msg(unit === 'bytes' ? 'parse.too-large-file' : 'parse.too-large', {
    size: (length / 1048576).toFixed(1),
    limit: MAX_TEXT_LENGTH / 1048576,
  });
  return notCheckedProblem(message, options, bom ? 1 : 0);
}

/** The one problem of a file that cannot be read (no access, a link loop, not a regular file). */
export function unreadableProblem(problem: FsProblem, options: LintOptions = {}): Problem {
  const message = msg('parse.unreadable', { reason: fsProblemMessage(problem) });
  return notCheckedProblem(message, options, 0);
}

/** An error at the start of the file, for a file that was not checked at all. */
function notCheckedProblem(message: Message, options: LintOptions, offset: number): Problem {
  return {
    rule: parseRule.id,
    severity: 'error',
    ...spoken(message, options.lang ?? 'en'),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    offset,
    length: 0,
  };
}
