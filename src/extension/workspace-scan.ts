import * as vscode from 'vscode';
import { core } from './core';
import type { DiagnosticsController, DiskSource, DiskText } from './diagnostics';
import { isNovaMailUri, NOVA_MAIL_GLOB } from './documents';
import { translator } from './l10n';
import { readSettings } from './settings';

export interface ScanStats {
  files: number;
  /** Date.now() when the scan began, when the files were found, when the last was published. */
  startedAt: number;
  foundAt: number;
  /** Of the time after foundAt, how much went to reading the files. */
  readMs: number;
  endedAt: number;
}

/** Files checked at once while scanning; the host gets a turn between batches. */
const BATCH = 128;
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/**
 * novaMail.scope "workspace": every nova-mail file of every folder is checked, whether or not an
 * editor shows it — at start-up (after activation, in batches, never blocking it), and whenever a
 * file is created, changed or deleted on disk. files.exclude and search.exclude are honoured; an
 * editor showing a file wins with its unsaved text.
 */
export class WorkspaceScan implements vscode.Disposable, DiskSource {
  private readonly files = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private scan: Promise<void> = Promise.resolve();
  /** A newer scan makes an older one stop where it is. */
  private generation = 0;
  private noticeShown = false;
  private stats: ScanStats | undefined;

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          ['novaMail', 'files.exclude', 'search.exclude', 'json.validate'].some((section) =>
            event.affectsConfiguration(section),
          )
        )
          this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
    );
    // After activation returns: the first scan never delays it.
    this.restart();
  }

  /** The last scan that ran to its end (for the benchmark): files checked, and when it ended. */
  lastScan(): ScanStats | undefined {
    return this.stats;
  }

  /** Resolves when the scan under way (if any) has published every file's problems. */
  whenScanned(): Promise<void> {
    return this.scan;
  }

  owns(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString());
  }

  recheck(uri: vscode.Uri): void {
    void this.checkFile(uri);
  }

  /** The files of the last scan, sorted. */
  checkedFiles(): vscode.Uri[] {
    return [...this.files].sort().map((key) => vscode.Uri.parse(key));
  }

  private restart(): void {
    const generation = ++this.generation;
    this.scan = this.scan
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => this.scanAll(generation));
  }

  private async scanAll(generation: number): Promise<void> {
    const config = vscode.workspace.getConfiguration('novaMail');
    const workspace = config.get<string>('scope', 'workspace') !== 'openFiles';
    this.watch(workspace);
    if (!workspace) {
      for (const key of this.files) this.forget(vscode.Uri.parse(key));
      this.diagnostics.setDiskSource(undefined);
      return;
    }
    this.diagnostics.setDiskSource(this);
    const startedAt = Date.now();
    const { found, maxFiles, truncated } = await findConfigurations();
    const foundAt = Date.now();
    if (generation !== this.generation) return;
    if (truncated) this.notice(maxFiles);
    const keep = new Set(found.map((uri) => uri.toString()));
    for (const key of this.files) if (!keep.has(key)) this.forget(vscode.Uri.parse(key));
    for (const key of keep) this.files.add(key);
    let readMs = 0;
    for (let start = 0; start < found.length; start += BATCH) {
      if (generation !== this.generation) return;
      const before = Date.now();
      const read = await Promise.all(found.slice(start, start + BATCH).map((uri) => this.read(uri)));
      readMs += Date.now() - before;
      this.publish(read.filter((entry): entry is DiskText => entry !== undefined));
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.stats = { files: found.length, startedAt, foundAt, readMs, endedAt: Date.now() };
  }

  private async checkFile(uri: vscode.Uri): Promise<void> {
    const read = await this.read(uri);
    if (read) this.publish([read]);
  }

  /** The file as it is on disk; undefined when an editor has it, or it is gone. */
  private async read(uri: vscode.Uri): Promise<DiskText | undefined> {
    if (!this.files.has(uri.toString()) || this.diagnostics.isShownInEditor(uri)) return undefined;
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > core().MAX_TEXT_LENGTH) return { uri, tooLarge: size };
      return { uri, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      return undefined; // gone between the event and the read: the delete event forgets it
    }
  }

  /** Read while an editor opened it: the editor's text is the one that counts. */
  private publish(read: DiskText[]): void {
    this.diagnostics.validateDiskTexts(
      read.filter(({ uri }) => this.files.has(uri.toString()) && !this.diagnostics.isShownInEditor(uri)),
    );
  }

  private watch(on: boolean): void {
    if (!on) {
      this.watcher?.dispose();
      this.watcher = undefined;
      return;
    }
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(NOVA_MAIL_GLOB);
    this.watcher.onDidCreate((uri) => void this.created(uri));
    this.watcher.onDidChange((uri) => this.recheck(uri));
    this.watcher.onDidDelete((uri) => this.forget(uri));
  }

  /** A new file (or the new name of a renamed one) is checked unless the excludes leave it out. */
  private async created(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !isNovaMailUri(uri)) return;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const included = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, relative),
      excludeGlob(),
      1,
    );
    if (included.length === 0) return;
    this.files.add(uri.toString());
    await this.checkFile(uri);
  }

  /** No longer one of ours: its problems go, unless an editor shows it (then they are the editor's). */
  private forget(uri: vscode.Uri): void {
    this.files.delete(uri.toString());
    if (!this.diagnostics.isShownInEditor(uri)) this.diagnostics.forget(uri);
  }

  private notice(maxFiles: number): void {
    if (this.noticeShown) return;
    this.noticeShown = true;
    const say = translator(readSettings().language);
    void vscode.window.showInformationMessage(say('tooManyFiles', maxFiles));
  }

  dispose(): void {
    this.generation++;
    this.watcher?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * The workspace's nova-mail files as the scan and the Nova Mail view see them: files.exclude and
 * search.exclude honoured, sorted, at most novaMail.maxFiles (truncated says when there were more).
 */
export async function findConfigurations(): Promise<{
  found: vscode.Uri[];
  maxFiles: number;
  truncated: boolean;
}> {
  const maxFiles = Math.max(
    1,
    Math.round(vscode.workspace.getConfiguration('novaMail').get<number>('maxFiles', 5000)),
  );
  const found = (await vscode.workspace.findFiles(NOVA_MAIL_GLOB, excludeGlob(), maxFiles + 1))
    .filter(isNovaMailUri)
    .sort((a, b) => a.toString().localeCompare(b.toString()));
  const truncated = found.length > maxFiles;
  if (truncated) found.length = maxFiles;
  return { found, maxFiles, truncated };
}

/** files.exclude and search.exclude (the patterns set to true), and node_modules and .git. */
function excludeGlob(): string {
  const patterns = new Set(ALWAYS_EXCLUDED);
  for (const section of ['files.exclude', 'search.exclude']) {
    const settings = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [pattern, on] of Object.entries(settings)) {
      if (on !== true) continue;
      patterns.add(pattern);
      // A folder's pattern excludes what is in it.
      if (!pattern.endsWith('/**')) patterns.add(`${pattern}/**`);
    }
  }
  return `{${[...patterns].join(',')}}`;
}
