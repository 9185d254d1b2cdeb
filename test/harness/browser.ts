import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/vscode/chromium';
import { RESULTS_DIR } from '../../scripts/vscode/paths';
import {
  DRIVE_MARKER,
  RESULT_MARKER,
  SCREENSHOT_MARKER,
  type DriveRequest,
  type ScreenshotRequest,
  type SuiteResult,
} from '../integration/protocol';

/** Workbench chatter that is not test output (failed gallery and telemetry look-ups: no internet). */
const QUIET =
  /^(Resolving connection|Resolved connection|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|No search provider|getaddrinfo ENOTFOUND|\[reconnection-grace-time\]|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|An unknown error occurred)/;

export interface SuiteRun {
  serverUrl: string;
  workspace: string;
  extensionDevelopmentPath: string;
  /** The folder of the suite's index.js. */
  extensionTestsPath: string;
  profileDir: string;
  logDir: string;
  timeoutMs: number;
  print: (line: string) => void;
  /** Run the extension in the browser's web worker extension host (its `browser` entry). */
  web?: boolean;
}

export interface SuiteOutcome {
  /** The suite's exit code, or 'timeout'. */
  code: number | 'timeout';
  result?: SuiteResult;
  elapsedMs: number;
}

/**
 * Opens the workbench with the extension under development and the suite in the URL payload,
 * forwards the extension host's console, takes screenshots the suite asks for, and resolves with
 * the exit code the workbench reports through codeAutomationExit.
 */
export async function runSuiteInBrowser(run: SuiteRun): Promise<SuiteOutcome> {
  const context = await launchBrowser(run.profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let result: SuiteResult | undefined;
    let finish: (code: number | 'timeout') => void = () => {};
    const done = new Promise<number | 'timeout'>((resolve) => (finish = resolve));
    const screenshots: Promise<void>[] = [];

    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = util.format(...(args ?? []));
      if (line.startsWith(SCREENSHOT_MARKER)) {
        screenshots.push(saveScreenshot(page, JSON.parse(line.slice(SCREENSHOT_MARKER.length)), run.print));
      } else if (line.startsWith(DRIVE_MARKER)) {
        screenshots.push(drive(page, JSON.parse(line.slice(DRIVE_MARKER.length))));
      } else if (line.startsWith(RESULT_MARKER)) {
        result = JSON.parse(line.slice(RESULT_MARKER.length));
      } else if (!QUIET.test(line)) {
        run.print(line);
      }
    });
    await page.exposeFunction(
      'codeAutomationExit',
      (code: number, logs?: { relativePath: string; contents: string }[]) => {
        for (const log of logs ?? []) {
          const file = path.join(run.logDir, log.relativePath);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, log.contents);
        }
        finish(code);
      },
    );
    page.on('pageerror', (error) => run.print(`[page error] ${String(error).slice(0, 300)}`));

    const host = new URL(run.serverUrl).host;
    const remote = (p: string) => `vscode-remote://${host}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(run.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(run.extensionTestsPath)],
      ...(run.web ? [['extensionDevelopmentKind', 'web']] : []),
      ['skipWelcome', 'true'],
    ]);
    const started = Date.now();
    // A .code-workspace file opens as a multi-root workspace, anything else as one folder.
    const open = run.workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
    await page.goto(
      `${run.serverUrl}/?${open}=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(payload)}`,
    );
    const timer = setTimeout(() => finish('timeout'), run.timeoutMs);
    const code = await done;
    clearTimeout(timer);
    await Promise.all(screenshots);
    return { code, result, elapsedMs: Date.now() - started };
  } finally {
    await context.close().catch(() => {});
  }
}

async function saveScreenshot(
  page: Page,
  request: ScreenshotRequest,
  print: (line: string) => void,
): Promise<void> {
  const { waitForSelector, waitForText } = request;
  // A suite in a browser's web worker knows no path of this machine: it names the picture only.
  const file = path.isAbsolute(request.file)
    ? request.file
    : path.join(RESULTS_DIR, 'screenshots', request.file);
  try {
    if (waitForSelector) await page.waitForSelector(waitForSelector, { state: 'visible', timeout: 15_000 });
    if (waitForText) await waitForTextInAnyFrame(page, waitForText);
    const png = await page.screenshot();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written beside and renamed, so the waiting test never sees half a file.
    fs.writeFileSync(`${file}.part`, png);
    fs.renameSync(`${file}.part`, file);
  } catch (error) {
    print(`[harness] screenshot ${file} failed: ${String(error)}`);
  }
}

async function waitForTextInAnyFrame(page: Page, text: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    for (const frame of page.frames()) {
      if (
        (await frame
          .getByText(text, { exact: false })
          .count()
          .catch(() => 0)) > 0
      )
        return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`"${text}" did not appear in any frame`);
}

/** Does what the suite asks in the page (keys, clicks), then writes the done file (empty, or the error). */
async function drive(page: Page, request: DriveRequest): Promise<void> {
  let outcome = '';
  try {
    for (const step of request.steps) {
      if ('waitFor' in step) await page.waitForSelector(step.waitFor, { state: 'visible', timeout: 15_000 });
      else if ('type' in step) await page.keyboard.type(step.type, { delay: 5 });
      else if ('press' in step) await page.keyboard.press(step.press);
      else if ('text' in step)
        await page
          .getByText(step.text)
          .filter({ visible: true })
          .first()
          .waitFor({ state: 'visible', timeout: 15_000 });
      else if ('inputValue' in step) {
        const value = await page.locator('.quick-input-widget .quick-input-box input').first().inputValue();
        if (value !== step.inputValue)
          throw new Error(`the input box holds "${value}", not "${step.inputValue}"`);
      } else if ('notification' in step) {
        // The text alone can also match hidden copies (the screen reader's live region, a toast
        // behind the open center): the visible notification that holds it, and its own button.
        const notification = page
          .locator('.notification-list-item')
          .filter({ hasText: step.notification, visible: true })
          .first();
        await notification.waitFor({ state: 'visible', timeout: 15_000 });
        await notification.locator('.monaco-button').filter({ hasText: step.button }).first().click();
      } else {
        const button = page
          .locator('.monaco-dialog-box .monaco-button, .notification-list-item .monaco-button')
          .filter({ hasText: step.button })
          .first();
        await button.waitFor({ state: 'visible', timeout: 15_000 });
        await button.click();
      }
    }
  } catch (error) {
    outcome = String(error).slice(0, 500) || 'failed';
  }
  fs.mkdirSync(path.dirname(request.done), { recursive: true });
  fs.writeFileSync(`${request.done}.part`, outcome);
  fs.renameSync(`${request.done}.part`, request.done);
}
