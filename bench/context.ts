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
  return (await medianRunsInTurn([[command, args]], runs))[0];
}

/**
 * The commands run in turn, round after round: the ratio of two is measured under the same load.
 * Run one after the other, a tool's runs and then the other's met different loads: CI's quick run
 * (beside the Node 22 and 24 tests) measured send-test / swaks from 2.19 to 3.09, and ajv-cli /
 * lint down to 1.31, for the same code.
 */
export async function medianRunsInTurn(
  commands: readonly (readonly [string, string[]])[],
  runs: number,
): Promise<(ProcessRun & { runs: number })[]> {
  const all: ProcessRun[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [index, [command, args]] of commands.entries()) all[index].push(await runTimed(command, args));
  return all.map((list) => ({
    wallMs: median(list.map((r) => r.wallMs)),
    peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
    status: list[0].status,
    stderr: list[0].stderr,
    runs,
  }));
}

/** A process's wall time, spawned with nothing around it; an exit other than 0 rejects. */
function spawned(command: string, args: string[]): () => Promise<void> {
  return () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (status) =>
        status === 0 ? resolve() : reject(new Error(`${command} exited ${status}`)),
      );
    });
}

export function processRun(command: string, args: string[], samples: number) {
  return measureAsync(spawned(command, args), { minSamples: samples, minTimeMs: 0, warmup: 1 });
}

/** Median wall times of processes run in turn (after one warm-up round), as medianRunsInTurn does. */
export async function processRunsInTurn(
  commands: readonly (readonly [string, string[]])[],
  samples: number,
): Promise<number[]> {
  const runs = commands.map(([command, args]) => spawned(command, args));
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round <= samples; round++)
    for (const [index, run] of runs.entries()) {
      const started = performance.now();
      await run();
      if (round > 0) times[index].push(performance.now() - started);
    }
  return times.map((list) => median(list));
}
