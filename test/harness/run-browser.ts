/**
 * The default launcher of the integration suite: a real VS Code (code-server from npm, installed
 * into .vscode-test/ on first use) in Debian's Chromium driven by playwright-core.
 *
 *   tsx test/harness/run-browser.ts [--suite suite] [--self-check]
 *
 * --self-check also runs test/integration/failing and fails unless that suite is reported failing,
 * so a launcher that swallows failures cannot go unnoticed. Exit code: the suite's.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runSuiteInBrowser, type SuiteOutcome } from './browser';
import { buildIntegrationTests } from './build-tests';
import { startCodeServer, type CodeServer } from './code-server';
import { OUT_DIR, RESULTS_DIR, ROOT } from './paths';
import { prepareWorkspace } from './workspace';

const TIMEOUT_MS = Number(process.env.NOVA_MAIL_TEST_TIMEOUT_MS ?? 600_000);
const log = (line: string) => console.log(`[harness] ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let server: CodeServer | undefined;
let scratch: string | undefined;

async function cleanup(): Promise<void> {
  const running = server;
  server = undefined;
  if (running) await running.stop();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping VS Code`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string', default: 'suite' },
      'self-check': { type: 'boolean', default: false },
    },
  });
  const t0 = Date.now();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run "npm run build" first');
  }
  const installDir = execFileSync('bash', [path.join(__dirname, 'install-vscode.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop() as string;
  await buildIntegrationTests();
  log(`VS Code ready in ${installDir} (${seconds(Date.now() - t0)})`);

  // Short paths: VS Code puts its IPC sockets in TMPDIR, and socket paths must stay under 108 bytes.
  scratch = fs.mkdtempSync(path.join('/tmp', 'nm-'));
  const home = path.join(scratch, 'home');
  const tmp = path.join(scratch, 'tmp');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  const workspace = prepareWorkspace(path.join(scratch, 'ws'));
  const screenshotDir = path.join(RESULTS_DIR, 'screenshots');
  fs.mkdirSync(screenshotDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: tmp,
    NOVA_MAIL_SCREENSHOT_DIR: screenshotDir,
  };
  const userDataDir = path.join(scratch, 'user-data');
  writeUserSettings(userDataDir);
  server = await startCodeServer({
    installDir,
    userDataDir,
    extensionsDir: path.join(scratch, 'extensions'),
    logFile: path.join(RESULTS_DIR, 'code-server.log'),
    env,
    args: ['--enable-smoke-test-driver'],
  });
  log(
    `code-server at ${server.url} (pid ${server.process.pid}), started ${seconds(Date.now() - t0)} after launch`,
  );

  const runSuite = (suite: string): Promise<SuiteOutcome> =>
    runSuiteInBrowser({
      serverUrl: (server as CodeServer).url,
      workspace,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT_DIR, suite),
      profileDir: path.join(scratch as string, `chrome-${suite}`),
      logDir: path.join(RESULTS_DIR, 'logs', suite),
      timeoutMs: TIMEOUT_MS,
      print: (line) => console.log(line),
    });

  const outcome = await runSuite(values.suite as string);
  if (outcome.code === 'timeout') {
    log(
      `the suite did not finish within ${seconds(TIMEOUT_MS)} (NOVA_MAIL_TEST_TIMEOUT_MS); logs: ${RESULTS_DIR}`,
    );
    return 124;
  }
  log(`suite "${values.suite}" exited ${outcome.code} after ${seconds(outcome.elapsedMs)}`);
  let code = outcome.code;
  if (values['self-check']) {
    const failing = await runSuite('failing');
    const ok = failing.code !== 0 && failing.code !== 'timeout' && failing.result?.failed === 1;
    log(`self-check: the failing suite exited ${failing.code} (${ok ? 'as it must' : 'LAUNCHER BROKEN'})`);
    if (!ok) code = 1;
  }
  const result = outcome.result;
  if (result)
    console.log(`integration: ${result.passed} passed, ${result.failed} failed, ${result.pending} skipped`);
  else if (code !== 0) console.log('integration: 0 passed, 1 failed');
  log(`total ${seconds(Date.now() - t0)}`);
  return code;
}

/** Settings of the throw-away profile: no welcome page, no telemetry, no update checks. */
function writeUserSettings(userDataDir: string): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
}

main()
  .then(
    (code) => code,
    (error: unknown) => {
      log(`failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
