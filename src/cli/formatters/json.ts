import { fixedByFixAll, portableSeparators, safeJson } from '../../core';
import type { FileReport } from '../report';

/**
 * docs/contract.md §6: one JSON array, one entry per file; ranges 0-based in UTF-16 code units; paths with `/`
 * on every system (the same output for the same tree, and Windows opens `/` paths too).
 */
export function formatJson(reports: readonly FileReport[]): string {
  return safeJson(
    reports.map(({ file, problems }) => ({
      file: portableSeparators(file),
      problems: problems.map((problem) => ({
        rule: problem.rule,
        severity: problem.severity,
        message: problem.message,
        // As ESLint's: which message of the catalog, with its arguments (in the output's language).
        messageId: problem.messageId,
        ...(problem.data ? { data: problem.data } : {}),
        range: problem.range,
        // fixable: --fix fixes it; suggestion: a fix the editor offers that --fix leaves alone.
        fixable: fixedByFixAll(problem),
        suggestion: problem.fix !== undefined && !fixedByFixAll(problem),
      })),
    })),
  );
}
