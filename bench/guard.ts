/**
 * The quick benchmark's guard (CI): each ratio, count and bundle size that is stable enough to judge
 * on a loaded 2-core machine, against bench/baseline.json, so that a regression fails the commit
 * that makes it. The margins come from the run-to-run spread measured (see the baseline's "about").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { table } from './context';

interface Check {
  name: string;
  measure: string;
  baseline: number;
  worseWhen: 'higher' | 'lower';
  margin: number;
}

/** The measures a check can name, from the run's results. */
export function measuresOf(results: Record<string, unknown>): Record<string, number> {
  const r = results as {
    tree: { ajvCli: { wallMs: number }; novaMail: { wallMs: number }; cliBytes: number };
    send: { cliMs: number; swaksMs: number };
    deliverability: { questions: number };
    activation: { bundleBytes: number; webBundleBytes: number; coreBytes: number };
  };
  return {
    ajvOverCli: r.tree.ajvCli.wallMs / r.tree.novaMail.wallMs,
    sendOverSwaks: r.send.cliMs / r.send.swaksMs,
    dnsQuestions: r.deliverability.questions,
    extensionBytes: r.activation.bundleBytes,
    webBytes: r.activation.webBundleBytes,
    coreBytes: r.activation.coreBytes,
    cliBytes: r.tree.cliBytes,
  };
}

/** The checks that regressed past their margin (printed as a table either way). */
export function regressions(measured: Record<string, number>, checks: readonly Check[]): string[] {
  const rows = checks.map((check) => {
    const value = measured[check.measure];
    const limit =
      check.worseWhen === 'higher' ? check.baseline * check.margin : check.baseline / check.margin;
    const ok = Number.isFinite(value) && (check.worseWhen === 'higher' ? value <= limit : value >= limit);
    return { check, value, limit, ok };
  });
  table([
    ['guarded', 'baseline', 'limit', 'now', 'ok'],
    ...rows.map(({ check, value, limit, ok }) => [
      check.name,
      String(check.baseline),
      `${check.worseWhen === 'higher' ? '≤' : '≥'} ${round(limit)}`,
      round(value),
      ok ? 'yes' : 'REGRESSED',
    ]),
  ]);
  return rows
    .filter((row) => !row.ok)
    .map(({ check, value, limit }) => `${check.name}: ${round(value)}, limit ${round(limit)}`);
}

export function guard(results: Record<string, unknown>): string[] {
  const { checks } = JSON.parse(fs.readFileSync(path.join(__dirname, 'baseline.json'), 'utf8')) as {
    checks: Check[];
  };
  return regressions(measuresOf(results), checks);
}

const round = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
