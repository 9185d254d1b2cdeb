import { inBothLanguages } from './catalog';
import { JsonDocument } from './document';
import { applyEdits, editsForFixes } from './fixes';
import type { Masked } from './json/depth';
import { parseJson, type ParsedJson } from './json/parse';
import { findProblems, MAX_TEXT_LENGTH, type LintOptions } from './lint';
import { MESSAGES, msg } from './messages';
import type { FixAction, JsonPath, Localized, Severity } from './types';
import { sameJson } from './json/same-json';

/** At most this many lint-and-fix passes, as in ESLint: a fix that uncovers another is applied too. */
const MAX_PASSES = 10;

export interface FixAllResult {
  /** The fixed text, or the text as it was when nothing could be fixed safely. */
  text: string;
  /** How many fixes were applied. */
  fixed: number;
  /** Why the text was left as it was, when it had fixes that could not be applied safely. */
  refused?: Localized;
}

export const NOT_JSON: Localized = inBothLanguages(MESSAGES, msg('fix-all.not-json'));

export const UNSAFE_FIX: Localized = inBothLanguages(MESSAGES, msg('fix-all.unsafe'));

/**
 * Whether Fix all and `--fix` apply this problem's fix: fixes of errors and warnings. A hint's or
 * an info's fix is a suggestion, offered one by one in the editor (ESLint's `suggestions`).
 */
export function fixedByFixAll(problem: { severity: Severity; fix?: unknown }): boolean {
  return problem.fix !== undefined && (problem.severity === 'error' || problem.severity === 'warning');
}

/**
 * The text with every fix of an error or a warning applied, pass after pass (hints and infos are
 * suggestions, offered one by one in the editor). Each pass is checked: the result must parse, and
 * its value must be exactly the old value with the fixes made; otherwise nothing is changed.
 */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  if (text.length > MAX_TEXT_LENGTH) return { text, fixed: 0 };
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const document = new JsonDocument(current);
    // Only the fixes are kept (a file of many broken persons reports millions of problems).
    const actions: FixAction[] = [];
    findProblems(document, options, {
      add: (finding) => {
        if (finding.fix && fixedByFixAll(finding)) actions.push(finding.fix.action);
      },
    });
    if (actions.length === 0) break;
    if (!document.parsed.valid) return { text, fixed: 0, refused: NOT_JSON };
    const { edits, applied } = editsForFixes(actions, document);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (!keepsEverythingElse(current, applied, next, document.parsed))
      return { text, fixed: 0, refused: UNSAFE_FIX };
    current = next;
    fixed += applied.length;
  }
  return { text: current, fixed };
}

/**
 * Whether `after` parses to exactly what `before` parses to with the applied fixes made, and
 * nothing else changed. Both sides are read bounded (containers nested past MAX_DEPTH cut the same
 * way, so that nothing here recurses deep), and the cut containers must be the same text.
 */
export function keepsEverythingElse(
  before: string,
  applied: readonly FixAction[],
  after: string,
  beforeParsed: ParsedJson = parseJson(before),
): boolean {
  const parsed = parseJson(after);
  if (!parsed.valid) return false;
  const old = beforeParsed.bounded();
  const now = parsed.bounded();
  const cutTexts = (text: string, cuts: Masked['cuts']) =>
    cuts.map((cut) => text.slice(cut.offset, cut.offset + cut.length));
  if (!sameJson(cutTexts(before, old.masked.cuts), cutTexts(after, now.masked.cuts))) return false;
  const expected = structuredClone(old.value);
  for (const action of applied) {
    switch (action.kind) {
      case 'set':
        setAt(expected, action.path, action.value);
        break;
      case 'insert-property':
        setAt(expected, [...action.objectPath, action.key], action.value);
        break;
      case 'append-item': {
        const array = valueAt(expected, action.arrayPath);
        if (Array.isArray(array)) array.push(action.value);
        break;
      }
      case 'replace-shadowed':
        break; // JSON.parse never sees it
    }
  }
  return sameJson(expected, now.value);
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const step of path) {
    // Own keys only: a file's object has no `toString` of ours to walk into.
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, step))
      return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object')
    (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
}
