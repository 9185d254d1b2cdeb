/**
 * Lines the suites print in the extension host that the browser driver acts on. The extension
 * host's console reaches the driver through the workbench's codeAutomationLog hook.
 */
export const SCREENSHOT_MARKER = '[nova-mail:screenshot]';
export const RESULT_MARKER = '[nova-mail:result]';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
}

export interface ScreenshotRequest {
  file: string;
  /** A CSS selector the driver waits for (visible) before it takes the picture. */
  waitForSelector?: string;
}
