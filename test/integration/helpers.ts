import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SCREENSHOT_MARKER, type ScreenshotRequest } from './protocol';

export const EXTENSION_ID = 'nova-mail.nova-mail';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return folder.uri.fsPath;
}

export function workspaceUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

/** Writes a file into the test workspace and opens it in an editor. */
export async function openFile(name: string, content?: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  if (content !== undefined) fs.writeFileSync(uri.fsPath, content);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves once `predicate` holds, checking now and on each diagnostics change of `uri`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = ours(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    (listener) => vscode.languages.onDidChangeDiagnostics(listener),
    `${what} on ${path.basename(uri.fsPath)}`,
    timeoutMs,
    () => JSON.stringify(ours(uri).map((d) => [code(d), d.range.start.line, d.range.start.character])),
  );
}

/** Our diagnostics (source nova-mail) of a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nova-mail');
}

export function code(diagnostic: vscode.Diagnostic): string {
  const value = diagnostic.code;
  return typeof value === 'object' ? String(value.value) : String(value);
}

/**
 * Waits for a condition that an event signals; checks once at once and after each event, and
 * fails with a clear message (and what it last saw) when the time runs out.
 */
export function waitFor<T>(
  check: () => T | undefined,
  subscribe: (listener: () => void) => vscode.Disposable,
  what: string,
  timeoutMs: number,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const finish = (value: T | undefined, error?: Error) => {
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(
      () =>
        finish(
          undefined,
          new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${describe()}`),
        ),
      timeoutMs,
    );
    const attempt = () => {
      const value = check();
      if (value !== undefined) finish(value);
    };
    const subscription = subscribe(attempt);
    attempt();
  });
}

/**
 * Retries an editor request (e.g. completion from a language server that is still starting) until
 * it yields something, a bounded number of times.
 */
export async function retry<T>(
  request: () => Thenable<T | undefined>,
  accept: (value: T) => boolean,
  what: string,
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    last = await request();
    if (last !== undefined && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * Asks the browser driver for a PNG of the whole workbench and waits until it is written.
 * Saved under test-results/screenshots/<name>.png.
 */
export async function screenshot(name: string, waitForSelector?: string): Promise<string> {
  const dir = process.env.NOVA_MAIL_SCREENSHOT_DIR;
  if (!dir) return ''; // the desktop launcher has no browser to photograph
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  const request: ScreenshotRequest = { file, waitForSelector };
  console.log(`${SCREENSHOT_MARKER} ${JSON.stringify(request)}`);
  for (let i = 0; i < 200 && !fs.existsSync(file); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!fs.existsSync(file)) throw new Error(`the driver did not write ${file}`);
  return file;
}

/** Sets novaMail.* settings for the test workspace; returns a function that restores them. */
export async function withSettings(values: Record<string, unknown>): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('novaMail');
  const previous = Object.keys(values).map((key) => [key, config.inspect(key)?.workspaceValue] as const);
  for (const [key, value] of Object.entries(values)) {
    await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  }
  return async () => {
    for (const [key, value] of previous)
      await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  };
}

/** The extension's API (see src/extension/extension.ts), activating it if needed. */
export async function novaMailApi(): Promise<{
  statusText(): string;
  whenChecked(document: vscode.TextDocument): Promise<void>;
}> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

/** Opens a file and resolves with our diagnostics once the extension has checked it. */
export async function openChecked(
  name: string,
  content?: string,
): Promise<[vscode.TextEditor, vscode.Diagnostic[]]> {
  const editor = await openFile(name, content);
  await (await novaMailApi()).whenChecked(editor.document);
  return [editor, ours(editor.document.uri)];
}

export function summary(
  diagnostics: readonly vscode.Diagnostic[],
): [string, number, number, number, number][] {
  return diagnostics
    .map((d): [string, number, number, number, number] => [
      code(d),
      d.range.start.line,
      d.range.start.character,
      d.range.end.line,
      d.range.end.character,
    ])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}
