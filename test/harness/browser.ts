import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  RESULT_MARKER,
  SCREENSHOT_MARKER,
  type ScreenshotRequest,
  type SuiteResult,
} from '../integration/protocol';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
];

/** Workbench chatter that is not test output (failed gallery and telemetry look-ups: no internet). */
const QUIET =
  /^(Resolving connection|Resolved connection|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|No search provider|getaddrinfo ENOTFOUND|\[reconnection-grace-time\]|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|An unknown error occurred)/;

export async function launchBrowser(profileDir: string): Promise<BrowserContext> {
  fs.rmSync(profileDir, { recursive: true, force: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
  });
}

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
      ['skipWelcome', 'true'],
    ]);
    const started = Date.now();
    await page.goto(
      `${run.serverUrl}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(payload)}`,
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
  const { file, waitForSelector } = request;
  try {
    if (waitForSelector) await page.waitForSelector(waitForSelector, { state: 'visible', timeout: 15_000 });
    const png = await page.screenshot();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written beside and renamed, so the waiting test never sees half a file.
    fs.writeFileSync(`${file}.part`, png);
    fs.renameSync(`${file}.part`, file);
  } catch (error) {
    print(`[harness] screenshot ${file} failed: ${String(error)}`);
  }
}
