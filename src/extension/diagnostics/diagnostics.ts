import * as vscode from 'vscode';
import type { DiskContent, Problem, Severity } from '../../core';
import { core } from '../core';
import { isNovaMailDocument } from '../workspace/documents';
import type { RuleDocs } from './rule-docs';
import { lintOptions, readSettings, settingsPerFolder, type EditorSettings } from '../settings/settings';

/** Problems VS Code's JSON support shows itself (syntax, duplicate keys, the contributed schema). */
export const STRUCTURAL_RULES = new Set(['parse', 'duplicate-key', 'schema']);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'nova-mail';
/** The version recorded for a check of a file's text on disk (documents have versions from 1). */
const DISK_VERSION = -1;

/** A file as read from disk: its text, its size when too large to read, or why it cannot be read. */
export type DiskText = { uri: vscode.Uri } & DiskContent;

/** What checks the files no editor shows (see workspace-scan.ts). */
export interface DiskSource {
  /** Whether the file is one of the workspace's checked files. */
  owns(uri: vscode.Uri): boolean;
  /** Checks it again from disk. */
  recheck(uri: vscode.Uri): void;
}
const TYPING_PAUSE_MS = 300;

export interface Check {
  version: number;
  /** Every problem the core found, structural ones included. */
  problems: Problem[];
  /** Those shown as our diagnostics. */
  shown: Problem[];
}

/** Lints our documents on open, while typing (debounced) and on save; clears them with their tab. */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checked = new Map<string, Check>();
  /** The documents shown in some tab, as of the last tab change. */
  private shownInTabs = urisInTabs();
  private readonly updated = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private diskSource: DiskSource | undefined;
  /**
   * The settings of the files on disk, per folder, until a setting or the folders change: read
   * afresh for each batch of 32, they were 87–91 ms of a 1,000-file scan's ~300 ms of work (each
   * read asks the host for five settings).
   */
  private diskSettings: ((uri: vscode.Uri) => EditorSettings) | undefined;
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after the diagnostics of documents were replaced or cleared (a scan's batch at once). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly docs: RuleDocs) {
    this.subscriptions = [
      this.collection,
      this.updated,
      vscode.workspace.onDidOpenTextDocument((document) => this.validate(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleOnType(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.validate(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.release(document.uri)),
      // VS Code may keep a document alive for a while after its tab closed (or a preview tab showed
      // another file): its problems go with the tab, and come back when a tab shows it again.
      vscode.window.tabGroups.onDidChangeTabs(() => this.followTabs()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('novaMail') || event.affectsConfiguration('json.validate')) {
          this.diskSettings = undefined;
          this.validateAll();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => (this.diskSettings = undefined)),
    ];
    this.validateAll();
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** The last check of a document (of whatever version). */
  lastCheck(uri: vscode.Uri): Check | undefined {
    return this.checked.get(uri.toString());
  }

  /**
   * The problems of the document as it is now: those of the last check when it was of this
   * version (the usual case for a code action), else a fresh lint.
   */
  problemsFor(document: vscode.TextDocument): Problem[] {
    const last = this.checked.get(document.uri.toString());
    if (last?.version === document.version) return last.problems;
    return core().lint(document.getText(), lintOptions(readSettings(document.uri)));
  }

  validateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.validate(document);
  }

  /** Resolves once the diagnostics of the document's current version are published. */
  whenChecked(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    return new Promise((resolve) => {
      const done = () => this.checked.get(key)?.version === document.version;
      if (done()) return resolve();
      const subscription = this.onDidUpdate(() => {
        if (!done()) return;
        subscription.dispose();
        resolve();
      });
    });
  }

  /** Resolves once no check is waiting for a typing pause (at once when none is). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.pending.size === 0) return resolve();
      const subscription = this.onDidUpdate(() => {
        if (this.pending.size > 0) return;
        subscription.dispose();
        resolve();
      });
    });
  }

  validate(document: vscode.TextDocument): void {
    if (!isNovaMailDocument(document)) return;
    this.cancelPending(document.uri);
    const settings = readSettings(document.uri);
    const text = document.getText();
    const problems = settings.enable ? core().lint(text, lintOptions(settings)) : [];
    const shown = problems.filter((problem) => showsHere(problem, settings, text));
    this.publish(document.uri, problems, shown, document.version);
  }

  private followTabs(): void {
    const before = this.shownInTabs;
    this.shownInTabs = urisInTabs();
    for (const key of before) {
      if (!this.shownInTabs.has(key)) this.release(vscode.Uri.parse(key));
    }
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      const editorChecked = (this.checked.get(key)?.version ?? DISK_VERSION) !== DISK_VERSION;
      if (this.shownInTabs.has(key) && !before.has(key) && !editorChecked) this.validate(document);
    }
  }

  private scheduleOnType(document: vscode.TextDocument): void {
    if (!isNovaMailDocument(document) || readSettings(document.uri).run !== 'onType') return;
    this.cancelPending(document.uri);
    const key = document.uri.toString();
    // The timer reads the document when it fires, so the latest version is always the one checked.
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (!document.isClosed) this.validate(document);
      }, TYPING_PAUSE_MS),
    );
  }

  private cancelPending(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
  }

  /**
   * The workspace scan (novaMail.scope: workspace) checks the files no editor shows: a file whose
   * tab closes goes back to it (its text on disk), instead of losing its problems.
   */
  setDiskSource(source: DiskSource | undefined): void {
    this.diskSource = source;
  }

  /**
   * Whether an editor has the document (its last check was of the document, or a tab shows it):
   * then its (unsaved) text is what counts, not the disk's.
   */
  isShownInEditor(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const last = this.checked.get(key);
    if (last && last.version !== DISK_VERSION) return true;
    return this.shownInTabs.has(key) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  /**
   * Publishes the problems of files as they are on disk (no editor shows them), in one update of
   * the collection. Every problem is shown, the structural ones too: VS Code's JSON support only
   * checks files that are open. A file too large to read, or one that cannot be read, gets that one
   * problem.
   */
  validateDiskTexts(files: readonly DiskText[]): void {
    const updates: [vscode.Uri, vscode.Diagnostic[]][] = [];
    const checked: vscode.Uri[] = [];
    const settingsOf = (this.diskSettings ??= settingsPerFolder());
    for (const file of files) {
      const { uri } = file;
      if (this.isShownInEditor(uri)) continue;
      checked.push(uri);
      const settings = settingsOf(uri);
      const options = lintOptions(settings);
      const problems = settings.enable ? core().lintContent(file, options) : [];
      this.checked.set(uri.toString(), { version: DISK_VERSION, problems, shown: problems });
      // A clean file that showed nothing before changes nothing: no message to the workbench.
      if (problems.length === 0 && !this.collection.has(uri)) continue;
      updates.push([uri, problems.map((problem) => this.toDiagnostic(uri, problem))]);
    }
    if (updates.length > 0) this.collection.set(updates);
    if (checked.length > 0) this.updated.fire(checked);
  }

  private publish(uri: vscode.Uri, problems: Problem[], shown: Problem[], version: number): void {
    this.collection.set(
      uri,
      shown.map((problem) => this.toDiagnostic(uri, problem)),
    );
    this.checked.set(uri.toString(), { version, problems, shown });
    this.updated.fire([uri]);
  }

  private release(uri: vscode.Uri): void {
    if (this.diskSource?.owns(uri)) {
      this.cancelPending(uri);
      // The editor's check no longer counts (its problems stay shown until the disk's arrive).
      this.checked.delete(uri.toString());
      this.diskSource.recheck(uri);
    } else this.clear(uri);
  }

  /**
   * Forgets a file's problems (its tab closed, it was deleted or excluded, the scope became
   * openFiles). Listeners hear of it whenever the file was known, a clean one included.
   */
  clear(uri: vscode.Uri): void {
    this.cancelPending(uri);
    const known = this.checked.delete(uri.toString());
    const shown = this.collection.has(uri);
    if (shown) this.collection.delete(uri);
    if (known || shown) this.updated.fire([uri]);
  }

  private toDiagnostic(uri: vscode.Uri, problem: Problem): vscode.Diagnostic {
    const diagnostic = diagnosticOf(problem, DIAGNOSTIC_SOURCE, this.docs);
    if (problem.related) {
      diagnostic.relatedInformation = problem.related.map(
        (related) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(uri, toRange(related.range)),
            related.message,
          ),
      );
    }
    return diagnostic;
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * Structural problems VS Code's JSON support never reports: a file not checked at all, and nesting
 * past our depth (its checker has no such limit; at thousands of levels it overflows its stack and
 * reports nothing, and the file looked clean once opened: a helper's finding).
 */
const NOT_SAID_BY_VS_CODE = new Set([
  'parse.too-large',
  'parse.too-large-file',
  'parse.unreadable',
  'schema.too-deep',
]);

/**
 * Whether a problem is ours to show: every rule's, and the structural ones only when VS Code's JSON
 * validation is off for the file (otherwise it shows them, and one problem is never shown twice) —
 * but for what it does not say: a file not checked, and an empty file (no error of its own).
 */
export function showsHere(problem: Problem, settings: EditorSettings, text: string): boolean {
  if (!STRUCTURAL_RULES.has(problem.rule) || !settings.jsonValidation) return true;
  return NOT_SAID_BY_VS_CODE.has(problem.messageId) || (problem.rule === 'parse' && text.trim() === '');
}

function urisInTabs(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs)
      if (tab.input instanceof vscode.TabInputText) uris.add(tab.input.uri.toString());
  }
  return uris;
}

/** A problem as a diagnostic of one of our sources, its rule id linked to the rule's page. */
export function diagnosticOf(problem: Problem, source: string, docs: RuleDocs): vscode.Diagnostic {
  // A key or value quoted in the message shows its control characters and bidi overrides escaped,
  // as the CLI does: raw, "k\u202eey" read backwards in the Problems view (a helper's finding).
  const diagnostic = new vscode.Diagnostic(
    toRange(problem.range),
    core().escapeLines(problem.message),
    SEVERITY[problem.severity],
  );
  diagnostic.source = source;
  diagnostic.code = { value: problem.rule, target: docs.uri(problem.rule) };
  return diagnostic;
}

export function toRange(range: Problem['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The rule of one of our diagnostics (of the lint's collection, or of another source of ours). */
export function ruleOf(diagnostic: vscode.Diagnostic, source = DIAGNOSTIC_SOURCE): string | undefined {
  if (diagnostic.source !== source) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
