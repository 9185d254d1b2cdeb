/**
 * The default launcher of the integration suite: a real VS Code (code-server from npm, installed
 * into ~/.cache/nova-mail/ on first use, shared by every clone) in Debian's Chromium driven by playwright-core.
 *
 *   tsx test/harness/run-browser.ts [--suite suite] [--self-check] [--workspace folder]
 *
 * --self-check also runs test/integration/failing and fails unless that suite is reported failing,
 * so a launcher that swallows failures cannot go unnoticed. Exit code: the suite's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runSuiteInBrowser, type SuiteOutcome } from './browser';
import { buildIntegrationTests } from './build-tests';
import { runCodeServerCli, startCodeServer, type CodeServer } from '../../scripts/vscode/code-server';
import { OUT_DIR, RESULTS_DIR, ROOT } from '../../scripts/vscode/paths';
import { createSession, ensureVsCode } from '../../scripts/vscode/session';
import { prepareEmptyWorkspace, prepareMultiRootWorkspace, prepareWorkspace } from './workspace';

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
      vsix: { type: 'string' },
      untrusted: { type: 'boolean', default: false },
      // The browser entry in the web worker extension host (test/integration/web), as vscode.dev runs it.
      web: { type: 'boolean', default: false },
      // A folder to open as it is (the scan benchmark's generated workspace), instead of a copy of examples/.
      workspace: { type: 'string' },
    },
  });
  const t0 = Date.now();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run "npm run build" first');
  }
  const installDir = ensureVsCode();
  await buildIntegrationTests();
  log(`VS Code ready in ${installDir} (${seconds(Date.now() - t0)})`);

  const screenshotDir = path.join(RESULTS_DIR, 'screenshots');
  fs.mkdirSync(screenshotDir, { recursive: true });
  const session = createSession(installDir, {
    env: { NOVA_MAIL_SCREENSHOT_DIR: screenshotDir },
    // The confirmation is a modal dialog, which VS Code refuses to show while extension tests run
    // (npm start -- --check answers it in the real UI). A user setting only: set for the machine.
    machineSettings: { 'novaMail.testSend.confirm': false },
    // --web: VS Code prefers the Node host for an extension with both entries; this makes it the web worker.
    ...(values.web ? { settings: { 'remote.extensionKind': { 'nova-mail.nova-mail': ['web'] } } } : {}),
    // --untrusted: the workspace opens in restricted mode, as an unknown repository would.
    ...(values.untrusted
      ? {
          settings: {
            'security.workspace.trust.enabled': true,
            'security.workspace.trust.startupPrompt': 'never',
          },
        }
      : {}),
  });
  scratch = session.scratch;
  const workspace = values.workspace
    ? path.resolve(values.workspace)
    : values.vsix
      ? prepareEmptyWorkspace(path.join(scratch, 'ws'))
      : values.suite === 'multiroot'
        ? prepareMultiRootWorkspace(path.join(scratch, 'ws'))
        : prepareWorkspace(path.join(scratch, 'ws'));
  const serverOptions = session.server;
  const { env, extensionsDir } = serverOptions;
  // With --vsix, nova-mail comes installed from the package and an empty host extension carries
  // the suite; otherwise the development folder is the extension under test.
  let extensionDevelopmentPath = ROOT;
  if (values.vsix) {
    await runCodeServerCli(serverOptions, ['--install-extension', path.resolve(values.vsix)]);
    log(`installed ${values.vsix} into ${extensionsDir}`);
    extensionDevelopmentPath = path.join(ROOT, 'test', 'smoke-host');
    env.NOVA_MAIL_EXPECT_EXTENSIONS_DIR = extensionsDir;
  }
  server = await startCodeServer({
    ...serverOptions,
    args: ['--enable-smoke-test-driver'],
    trust: values.untrusted,
  });
  log(
    `code-server at ${server.url} (pid ${server.process.pid}), started ${seconds(Date.now() - t0)} after launch`,
  );

  const runSuite = (suite: string): Promise<SuiteOutcome> =>
    runSuiteInBrowser({
      serverUrl: (server as CodeServer).url,
      workspace,
      extensionDevelopmentPath,
      extensionTestsPath: values.web ? path.join(OUT_DIR, 'web', 'index.js') : path.join(OUT_DIR, suite),
      web: values.web,
      profileDir: path.join(scratch as string, `chrome-${suite}`),
      logDir: path.join(RESULTS_DIR, 'logs', suite),
      timeoutMs: TIMEOUT_MS,
      print: (line) => console.log(line),
    });

  const outcome = await runSuite(values.web ? 'web' : values.suite);
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

void main()
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
