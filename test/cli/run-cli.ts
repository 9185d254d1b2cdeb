import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a separate process, the way users and CI do. */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    input?: string;
    uid?: number;
    gid?: number;
    /** Another copy of the built CLI (one another user may read). */
    cli?: string;
    /** Another Node binary than this process's (one another user may run). */
    node?: string;
    /** A file descriptor for standard output instead of a pipe (then `stdout` is empty). */
    stdout?: number;
  } = {},
): CliResult {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env };
  const result = spawnSync(options.node ?? process.execPath, [options.cli ?? CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    input: options.input,
    uid: options.uid,
    gid: options.gid,
    timeout: 60_000,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
}

/** The same, with standard output as the bytes written (a workbook is not text). */
export function runCliBytes(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { status: number | null; stdout: Buffer; stderr: string } {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A fresh folder with copies of the given files (relative name -> content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Like runCli, without blocking the event loop: for tests whose servers run in this process. */
export function runCliAsync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return startCli(args, options).result;
}

/** The CLI as a running process: its output so far, and its result when it ends. */
export function startCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { child: ChildProcess; output: () => string; result: Promise<CliResult> } {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env };
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return {
    child,
    output: () => stdout + stderr,
    result: new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr }))),
  };
}
