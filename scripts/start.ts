/**
 * npm start: the extension in a real VS Code in your browser, on the examples, with a local SMTP
 * catcher so that "Send test email" works without Visma's network.
 *
 *   npm start               prints the URL to open; Ctrl-C stops everything
 *   npm start -- --check    opens it headless, waits for diagnostics, sends a test mail through
 *                           the real UI and exits 0 once the catcher has it (used by CI)
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './vscode/chromium';
import { startCodeServer, type CodeServer } from './vscode/code-server';
import { RESULTS_DIR, ROOT } from './vscode/paths';
import { createSession, ensureVsCode, workbenchUrl } from './vscode/session';
import { describeMessage, startCatcher, type Catcher, type Received } from './smtp-catcher';

const SMTP_PORT = 2525; // what examples/.vscode/settings.json names
const EXAMPLES = path.join(ROOT, 'examples');
const log = (line: string) => console.log(`[start] ${line}`);

let server: CodeServer | undefined;
let catcher: Catcher | undefined;
let scratch: string | undefined;

async function stop(): Promise<void> {
  await server?.stop();
  await catcher?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  server = catcher = scratch = undefined;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  execFileSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit' });
  const installDir = ensureVsCode();

  let onArrival: (message: Received) => void = () => {};
  catcher = await startCatcher({
    port: SMTP_PORT,
    onReceived: (message) => {
      console.log(describeMessage(message));
      onArrival(message);
    },
  }).catch((error: unknown) => {
    throw new Error(`port ${SMTP_PORT} is taken (is another npm start running?): ${String(error)}`);
  });
  log(`SMTP catcher on 127.0.0.1:${SMTP_PORT} (novaMail.testSend.server in examples/.vscode/settings.json)`);

  const session = createSession(installDir);
  scratch = session.scratch;
  server = await startCodeServer({ ...session.server, args: ['--enable-smoke-test-driver'] });
  const url = workbenchUrl(server.url, EXAMPLES, [
    ['extensionDevelopmentPath', ROOT],
    ['openFile', path.join(EXAMPLES, 'broken.nova-mail.json')],
    ['skipWelcome', 'true'],
  ]);

  if (!values.check) {
    log('VS Code with nova-mail is running. Open this URL in your browser:');
    console.log(`\n  ${url}\n`);
    log(
      'Edit the examples, try the quick fixes, run "Nova Mail: Send test email" (F1). Ctrl-C stops everything.',
    );
    return new Promise<number>(() => {}); // until Ctrl-C: the signal handler below stops everything
  }
  return check(url, () => new Promise<Received>((resolve) => (onArrival = resolve)));
}

/** Drives the page like a person: diagnostics visible, then Send test email from the command palette. */
async function check(url: string, nextMail: () => Promise<Received>): Promise<number> {
  const context = await launchBrowser(path.join(scratch as string, 'chrome'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 120_000 });
    log('diagnostics are shown on broken.nova-mail.json');
    const shots = path.join(RESULTS_DIR, 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'start-diagnostics.png') });

    await page.click('.explorer-folders-view .monaco-list-row:has-text("laskutus.nova-mail.json")');
    await page.waitForSelector('.monaco-editor .view-lines:has-text("Laskutus Oy laskutus")', {
      timeout: 30_000,
    });
    await page.click('.monaco-editor .view-lines:has-text("Laskutus Oy laskutus")'); // focus the editor
    const mail = nextMail();
    await page.keyboard.press('F1');
    await page.keyboard.type('Nova Mail: Send test email');
    await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Send test email")', {
      timeout: 30_000,
    });
    await page.keyboard.press('Enter');
    await page.waitForSelector(
      '.quick-input-widget .quick-input-title:has-text("Send the test message to")',
      { timeout: 30_000 },
    );
    await page.keyboard.press('Enter'); // the default recipient: the sender's own address
    await page.click('.monaco-dialog-box .monaco-button:has-text("Send")', { timeout: 30_000 });
    const received = await Promise.race([
      mail,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no mail reached the catcher within 60 s')), 60_000).unref(),
      ),
    ]);
    log(`a test mail arrived at the catcher: "${received.parsed.subject}"`);
    return 0;
  } catch (error) {
    const shot = path.join(RESULTS_DIR, 'screenshots', 'start-failure.png');
    await context
      .pages()[0]
      ?.screenshot({ path: shot })
      .catch(() => {});
    log(`screenshot of the failure: ${shot}`);
    throw error;
  } finally {
    await context.close().catch(() => {});
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void stop().finally(() => process.exit(130)));

void main()
  .catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await stop();
    process.exit(code);
  });
