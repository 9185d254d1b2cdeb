/** A file's content as read from a disk (any: Node's, a browser's workspace.fs), and its problems. */
import { lint, tooLargeProblem, unreadableProblem, type LintOptions } from '../lint';
import type { FsProblem } from '../fs-problem';
import type { Problem } from '../types';

/**
 * A file's text as VS Code would show it (a BOM dropped), its size in bytes when too large to read, or why
 * it cannot be read.
 */
export type DiskContent = { text: string } | { tooLarge: number } | { unreadable: FsProblem };

/** The problems of a file as read from disk: its text's, or the one saying why it was not checked. */
export function lintContent(content: DiskContent, options: LintOptions = {}): Problem[] {
  if ('text' in content) return lint(content.text, options);
  return 'tooLarge' in content
    ? [tooLargeProblem(content.tooLarge, options, false, 'bytes')]
    : [unreadableProblem(content.unreadable, options)];
}
