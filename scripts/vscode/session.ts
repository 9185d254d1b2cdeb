import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeServerOptions } from './code-server';
import { RESULTS_DIR } from './paths';

/** Installs (or reuses) the pinned VS Code server in the cache outside the checkout (install-vscode.sh) and returns its folder. */
export function ensureVsCode(): string {
  return execFileSync('bash', [path.join(__dirname, 'install-vscode.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop() as string;
}

export interface Session {
  /** A throw-away folder (short path) holding everything below; remove it when done. */
  scratch: string;
  server: Omit<CodeServerOptions, 'args'>;
}

/**
 * A throw-away VS Code profile: home, temp, user data and extensions in a short /tmp folder (VS
 * Code puts IPC sockets in TMPDIR, and socket paths must stay under 108 bytes).
 */
export interface SessionOptions {
  env?: NodeJS.ProcessEnv;
  /** User settings, over the defaults below. */
  settings?: Record<string, unknown>;
  /** Settings of the machine VS Code runs on (where `machine`-scoped settings are read in a remote window). */
  machineSettings?: Record<string, unknown>;
}

export function createSession(installDir: string, options: SessionOptions = {}): Session {
  const scratch = fs.mkdtempSync(path.join('/tmp', 'nm-'));
  const home = path.join(scratch, 'home');
  const tmp = path.join(scratch, 'tmp');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const userDataDir = path.join(scratch, 'user-data');
  writeSettings(path.join(userDataDir, 'User'), { ...DEFAULT_SETTINGS, ...options.settings });
  if (options.machineSettings) writeSettings(path.join(userDataDir, 'Machine'), options.machineSettings);
  return {
    scratch,
    server: {
      installDir,
      userDataDir,
      extensionsDir: path.join(scratch, 'extensions'),
      logFile: path.join(RESULTS_DIR, 'code-server.log'),
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_DATA_HOME: path.join(home, '.local/share'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        TMPDIR: tmp,
        ...options.env,
      },
    },
  };
}

/** Settings of the throw-away profile: no welcome page, no telemetry, no update checks. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  // code-server saves one second after each edit by default: nothing is saved unless asked.
  'files.autoSave': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function writeSettings(dir: string, settings: Record<string, unknown>): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The workbench URL that opens `folder` with extensions and tests given in the payload. */
export function workbenchUrl(serverUrl: string, folder: string, payload: [string, string][]): string {
  const host = new URL(serverUrl).host;
  const remote = payload.map(([key, value]): [string, string] => [
    key,
    value.startsWith('/') ? `vscode-remote://${host}${value}` : value,
  ]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(remote))}`;
}
