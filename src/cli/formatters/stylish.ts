import { fixedByFixAll, type Lang, type Severity } from '../../core';
import type { FileReport } from '../report';
import { sayer } from '../messages';
import { escapeControl } from '../terminal-text';

const COLORS: Record<Severity | 'dim' | 'bold', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  hint: [90, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** Human output: one line per problem as file:line:col (1-based), so terminals can open the spot. */
export function formatStylish(
  reports: readonly FileReport[],
  lang: Lang,
  useColor: boolean,
  /** Whether --fix could be given: not with --stdin, where it is a usage error. */
  canFix = true,
): string {
  const paint = (style: keyof typeof COLORS, text: string): string =>
    useColor ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text;
  const say = sayer(lang);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const { file, problems } of reports) {
    if (problems.length === 0) continue;
    for (const problem of problems) {
      totals[problem.severity]++;
      // What --fix would apply: fixes of errors and warnings (hints are suggestions).
      if (fixedByFixAll(problem)) fixable++;
      const where = `${escapeControl(file)}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
      const severity = say(`severity.${problem.severity}`);
      lines.push(
        `${where}  ${paint(problem.severity, severity)}  ${escapeControl(problem.message)}  ${paint('dim', problem.rule)}`,
      );
    }
    lines.push('');
  }
  const total = totals.error + totals.warning + totals.info + totals.hint;
  if (total === 0) return '';
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => totals[severity] > 0)
    .map((severity) => say(`count.${severity}s`, { count: totals[severity] }));
  const summary = `✖ ${say('count.problems', { count: total })} (${parts.join(', ')})`;
  lines.push(paint(totals.error > 0 ? 'error' : 'warning', paint('bold', summary)));
  if (fixable > 0 && canFix) lines.push(say('count.fixable', { count: fixable }));
  return lines.join('\n') + '\n';
}
