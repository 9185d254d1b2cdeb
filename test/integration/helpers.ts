import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NovaMailApi } from '../../src/extension/extension';
import * as os from 'os';
import { DRIVE_MARKER, SCREENSHOT_MARKER, type DriverStep, type ScreenshotRequest } from './protocol';

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
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (content !== undefined && !open) fs.writeFileSync(uri.fsPath, content);
  const document = open ?? (await vscode.workspace.openTextDocument(uri));
  // An open document follows a write to disk only later: its text is set through the editor
  // instead, and saved, so that what the test does next reads the new content.
  if (content !== undefined && open && open.getText() !== content) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), content);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  }
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
export async function screenshot(
  name: string,
  waitForSelector?: string,
  waitForText?: string,
): Promise<string> {
  const dir = process.env.NOVA_MAIL_SCREENSHOT_DIR;
  if (!dir) return ''; // the desktop launcher has no browser to photograph
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  const request: ScreenshotRequest = { file, waitForSelector, waitForText };
  console.log(`${SCREENSHOT_MARKER} ${JSON.stringify(request)}`);
  for (let i = 0; i < 200 && !fs.existsSync(file); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!fs.existsSync(file)) throw new Error(`the driver did not write ${file}`);
  return file;
}

/**
 * Sets novaMail.* settings for the test workspace and waits until this extension host sees them
 * (its change event has then reached the extension too); returns a function that restores them.
 */
export async function withSettings(
  values: Record<string, unknown>,
  section = 'novaMail',
  /** User settings for those a workspace may not set (novaMail.testSend.caFile). */
  target: 'workspace' | 'user' = 'workspace',
): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const valueOf = (inspected: ReturnType<typeof config.inspect>) =>
    target === 'user' ? inspected?.globalValue : inspected?.workspaceValue;
  const where = target === 'user' ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace;
  const previous = Object.keys(values).map((key) => [key, valueOf(config.inspect(key))] as const);
  const apply = async (entries: (readonly [string, unknown])[]) => {
    for (const [key, value] of entries) await config.update(key, value, where);
    await waitFor(
      () => {
        const now = vscode.workspace.getConfiguration(section);
        return entries.every(
          ([key, value]) => JSON.stringify(valueOf(now.inspect(key))) === JSON.stringify(value),
        )
          ? true
          : undefined;
      },
      (listener) => vscode.workspace.onDidChangeConfiguration(listener),
      `the settings ${entries.map(([key]) => key).join(', ')}`,
      10_000,
    );
  };
  await apply(Object.entries(values));
  return () => apply(previous);
}

/**
 * Turns on Fix all on save for JSON (editor.codeActionsOnSave: source.fixAll.novaMail) in the
 * workspace; returns a function that turns it off again.
 */
export async function fixAllOnSave(): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'json' });
  const update = (value: unknown) =>
    config.update('codeActionsOnSave', value, vscode.ConfigurationTarget.Workspace, true);
  await update({ 'source.fixAll.novaMail': 'explicit' });
  return () => Promise.resolve(update(undefined));
}

/** The extension's test-only API (present outside production): the commands with their answers. */
export async function testing(): Promise<NonNullable<NovaMailApi['testing']>> {
  const api = await novaMailApi();
  if (!api.testing) throw new Error('the testing API is absent: the extension runs in production mode');
  return api.testing;
}

/** The extension's API (see src/extension/extension.ts), activating it if needed. */
export async function novaMailApi(): Promise<NovaMailApi> {
  const extension = vscode.extensions.getExtension<NovaMailApi>(EXTENSION_ID);
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

let drives = 0;

/**
 * Has the browser driver do what a person does, in the page: wait for a part of the UI, type,
 * press keys, click a dialog's button. Resolves when done; rejects with the driver's reason.
 */
export async function drive(...steps: DriverStep[]): Promise<void> {
  const done = path.join(os.tmpdir(), `nova-mail-drive-${process.pid}-${++drives}`);
  fs.rmSync(done, { force: true });
  console.log(`${DRIVE_MARKER} ${JSON.stringify({ steps, done })}`);
  for (let i = 0; i < 600 && !fs.existsSync(done); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!fs.existsSync(done)) throw new Error('the driver did not answer');
  const error = fs.readFileSync(done, 'utf8');
  fs.rmSync(done, { force: true });
  if (error) throw new Error(`the driver could not do it: ${error}`);
}

/** The quick input (a pick list or an input box) as the page shows it. */
export const QUICK_INPUT = '.quick-input-widget';

/** Waits for a tab whose label contains `label` (a Markdown preview opens asynchronously). */
export function waitForTab(label: string): Promise<vscode.Tab> {
  return waitFor(
    () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label.includes(label)),
    (listener) => vscode.window.tabGroups.onDidChangeTabs(listener),
    `a tab "${label}"`,
    20_000,
  );
}
