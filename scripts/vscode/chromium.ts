import * as fs from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (playwright-core drives it; no browser is downloaded). */
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

export async function launchBrowser(profileDir: string): Promise<BrowserContext> {
  fs.rmSync(profileDir, { recursive: true, force: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // The workbench's clipboard is the page's: "Copy the corrected SPF record" writes to it.
    permissions: ['clipboard-read', 'clipboard-write'],
    args: CHROMIUM_ARGS,
  });
}
