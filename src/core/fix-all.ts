import { applyEdits } from './fixes';
import { lint, type LintOptions } from './lint';

/** At most this many lint-and-fix passes, as in ESLint: a fix that uncovers another is applied too. */
const MAX_PASSES = 10;

/** The text with every available fix applied, pass after pass, until nothing more can be fixed. */
export function fixAll(text: string, options: LintOptions = {}): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = lint(current, options).flatMap((problem) => problem.fix?.edits ?? []);
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}
