/**
 * Lines the suites print in the extension host that the browser driver acts on. The extension
 * host's console reaches the driver through the workbench's codeAutomationLog hook.
 */
export const SCREENSHOT_MARKER = '[nova-mail:screenshot]';
export const RESULT_MARKER = '[nova-mail:result]';
export const DRIVE_MARKER = '[nova-mail:drive]';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
}

export interface ScreenshotRequest {
  file: string;
  /** A CSS selector the driver waits for (visible) before it takes the picture. */
  waitForSelector?: string;
  /** A text the driver waits for in any frame (a webview's content lives in nested frames). */
  waitForText?: string;
}

/** What the driver does in the page, as a person would: keys and clicks. */
export type DriverStep =
  | { waitFor: string }
  | { type: string }
  | { press: string }
  /** Clicks the button (of a dialog or a notification) whose text is `button`. */
  | { button: string }
  /**
   * Clicks `button` on the notification a person sees holding `notification` (a toast, or a row of
   * the open notification center): only a shown one, never a hidden copy of its words.
   */
  | { notification: string; button: string }
  /** Waits until this text is shown somewhere in the page. */
  | { text: string }
  /** Checks that the quick input's box holds exactly this value. */
  | { inputValue: string };

export interface DriveRequest {
  steps: DriverStep[];
  /** Written by the driver when it is done: empty, or why it failed. */
  done: string;
}
