import { applyEdits } from './fixes';
import { lint, type LintOptions } from './lint';

/** At most this many lint-and-fix passes, as in ESLint: a fix that uncovers another is applied too. */
const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all passes. */
  fixed: number;
}

/** Applies every available fix, pass after pass, until nothing more can be fixed. */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = lint(current, options).flatMap((problem) => (problem.fix ? [problem.fix] : []));
    if (fixes.length === 0) break;
    const next = applyEdits(
      current,
      fixes.flatMap((fix) => fix.edits),
    );
    if (next === current) break;
    fixed += fixes.length;
    current = next;
  }
  return { text: current, fixed };
}
