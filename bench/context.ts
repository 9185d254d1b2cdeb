/**
 * What every part of the benchmark shares: the mode (--quick), the production bundles it measures,
 * the results and targets it collects, and how it times a process (GNU time for peak RSS).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type * as Core from '../src/core';
import { measureAsync, median } from './measure';

export const QUICK = process.argv.includes('--quick');
export const ROOT = path.resolve(__dirname, '..');
// The production bundle, as the CLI and the extension run it (tsx's transform of the sources adds
// a name-keeping helper to every closure, which would weigh on small inputs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const core = require(path.join(ROOT, 'dist', 'core.js')) as typeof Core;
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  quick: QUICK,
};
export const verdicts: { target: string; measured: string; ok: boolean }[] = [];
export const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
export const sizes = {
  persons: QUICK ? [3, 100] : [3, 100, 1000, 10000],
  broken: QUICK ? [100] : [1000, 10000],
  unknownKeys: QUICK ? [1000, 10000] : [10000, 100000],
  treeFiles: QUICK ? 200 : 10_000,
  processRuns: QUICK ? 1 : 3,
  activationRuns: QUICK ? 3 : 15,
  scanRuns: QUICK ? 1 : 3,
};
export const timing = (big: boolean) =>
  QUICK ? { minTimeMs: 50, minSamples: 3 } : big ? { minTimeMs: 1500, minSamples: 9 } : { minTimeMs: 600 };

export function target(name: string, measured: string, ok: boolean): void {
  verdicts.push({ target: name, measured, ok });
}

export function table(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
}

export interface ProcessRun {
  wallMs: number;
  peakRssMb: number;
  status: number | null;
  stderr: string;
}

/** Runs a command under GNU time for its peak RSS; wall time from here. */
export function runTimed(command: string, args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M', command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const rss = /RSS_KB=(\d+)/.exec(stderr);
      if (!rss) return reject(new Error(`no RSS from GNU time: ${stderr.slice(-300)}`));
      resolve({ wallMs: performance.now() - started, peakRssMb: Number(rss[1]) / 1024, status, stderr });
    });
  });
}

export async function medianRun(
  command: string,
  args: string[],
  runs: number,
): Promise<ProcessRun & { runs: number }> {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runTimed(command, args));
  return {
    wallMs: median(all.map((r) => r.wallMs)),
    peakRssMb: Math.max(...all.map((r) => r.peakRssMb)),
    status: all[0].status,
    stderr: all[0].stderr,
    runs,
  };
}

export function processRun(command: string, args: string[], samples: number) {
  return measureAsync(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(command, args, { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (status) =>
          status === 0 ? resolve() : reject(new Error(`${command} exited ${status}`)),
        );
      }),
    { minSamples: samples, minTimeMs: 0, warmup: 1 },
  );
}
