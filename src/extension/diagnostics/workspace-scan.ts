import * as vscode from 'vscode';
import type { DiagnosticsController, DiskSource, DiskText } from './diagnostics';
import { NOVA_MAIL_GLOB } from '../workspace/documents';
import { translator } from '../l10n';
import { readSettings, setting } from '../settings/settings';
import { inSlices } from '../slices';
import { FolderEvents, hasAncestorIn, type FolderChanges } from './folder-events';
import {
  configurationsWithin,
  findConfigurations,
  isIncluded,
  maxFilesSetting,
  onDisk,
  readAnywhere,
  readOnDisk,
} from '../workspace/workspace-files';

export interface ScanStats {
  files: number;
  /** Date.now() when the scan began, when the files were found, when the last was published. */
  startedAt: number;
  foundAt: number;
  /** Of the time after foundAt: reading the files, and all of the scan's own work (reading included). */
  readMs: number;
  busyMs: number;
  /** How many times the scan gave the host a turn (its work came in that many slices). */
  slices: number;
  endedAt: number;
}

/** Files read and checked together at start-up: one diagnostics update each. */
const CHUNK = 32;
/** The settings that change which files are checked or what their problems are. */
const RESCAN_SETTINGS = [
  'novaMail.scope',
  'novaMail.maxFiles',
  'novaMail.enable',
  'novaMail.rules',
  'novaMail.language',
  'files.exclude',
  'search.exclude',
];

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
  private folders: FolderEvents | undefined;
  private scan: Promise<void> = Promise.resolve();
  /** A newer scan makes an older one stop where it is. */
  private generation = 0;
  private noticeShown = false;
  /** Files created while a scan was finding files: its list may have been made before them. */
  private readonly createdWhileFinding = new Set<string>();
  private stats: ScanStats | undefined;

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (RESCAN_SETTINGS.some((section) => event.affectsConfiguration(section))) this.restart();
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
    this.checkFile(uri);
  }

  private restart(): void {
    const generation = ++this.generation;
    this.scan = this.scan
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => this.scanAll(generation));
  }

  private async scanAll(generation: number): Promise<void> {
    const workspace = setting<string>('novaMail.scope') !== 'openFiles';
    this.watch(workspace);
    if (!workspace) {
      for (const key of this.files) this.forget(vscode.Uri.parse(key));
      this.diagnostics.setDiskSource(undefined);
      return;
    }
    this.diagnostics.setDiskSource(this);
    const startedAt = Date.now();
    this.createdWhileFinding.clear();
    const { found, maxFiles, truncated } = await findConfigurations();
    const foundAt = Date.now();
    if (generation !== this.generation) return;
    if (truncated) this.notice(maxFiles);
    const keep = new Set(found.map((uri) => uri.toString()));
    // A file created meanwhile is kept (a test that created two files as a rescan ran saw them
    // forgotten, their problems gone): it was checked when created.
    for (const key of this.files)
      if (!keep.has(key) && !this.createdWhileFinding.has(key)) this.forget(vscode.Uri.parse(key));
    this.createdWhileFinding.clear();
    for (const key of keep) this.files.add(key);
    const work = await this.checkInSlices(found, generation);
    if (work) this.stats = { files: found.length, startedAt, foundAt, ...work, endedAt: Date.now() };
  }

  /**
   * Reads and checks the files in chunks (one diagnostics update each), in slices that leave the host
   * its turns; stops (undefined) when a newer scan began. Resolves with the time its own work took.
   */
  private async checkInSlices(
    found: readonly vscode.Uri[],
    generation: number,
  ): Promise<Pick<ScanStats, 'readMs' | 'busyMs' | 'slices'> | undefined> {
    const chunks: vscode.Uri[][] = [];
    const disk = found.filter(onDisk);
    for (let start = 0; start < disk.length; start += CHUNK) chunks.push(disk.slice(start, start + CHUNK));
    let readMs = 0;
    const work = await inSlices(
      chunks,
      (chunk) => {
        const before = performance.now();
        const read = chunk.flatMap((uri) => this.read(uri) ?? []);
        readMs += performance.now() - before;
        this.publish(read);
      },
      () => generation !== this.generation,
    );
    if (!work || !(await this.checkElsewhere(found, generation))) return undefined;
    return { readMs: Math.round(readMs), busyMs: Math.round(work.busyMs), slices: work.slices };
  }

  /**
   * The files no disk of ours holds (a browser's folder, a virtual workspace): read through
   * workspace.fs a chunk at a time, each chunk published once read. False when a newer scan began.
   */
  private async checkElsewhere(found: readonly vscode.Uri[], generation: number): Promise<boolean> {
    const elsewhere = found.filter((uri) => !onDisk(uri));
    for (let start = 0; start < elsewhere.length; start += CHUNK) {
      const read = await Promise.all(elsewhere.slice(start, start + CHUNK).map((uri) => this.readAsync(uri)));
      if (generation !== this.generation) return false;
      this.publish(read.flatMap((file) => (file && this.stillOurs(file.uri) ? [file] : [])));
    }
    return true;
  }

  private checkFile(uri: vscode.Uri): void {
    if (!onDisk(uri)) {
      void this.readAsync(uri).then((read) => {
        if (read && this.stillOurs(uri)) this.publish([read]);
      });
      return;
    }
    const read = this.read(uri);
    if (read) this.publish([read]);
  }

  /** Read through workspace.fs: the editor may have opened it, or it left the list, meanwhile. */
  private stillOurs(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString()) && !this.diagnostics.isShownInEditor(uri);
  }

  private readAsync(uri: vscode.Uri): Promise<DiskText | undefined> {
    return this.stillOurs(uri) ? readAnywhere(uri) : Promise.resolve(undefined);
  }

  /**
   * The file as it is on disk; undefined when an editor has it (its text counts), it is no longer
   * ours, or it is gone (the delete event then forgets it). Read and published in the same turn of
   * the loop, so nothing can open it in between.
   */
  private read(uri: vscode.Uri): DiskText | undefined {
    if (!this.stillOurs(uri)) return undefined;
    return readOnDisk(uri);
  }

  private publish(read: DiskText[]): void {
    this.diagnostics.validateDiskTexts(read);
  }

  private watch(on: boolean): void {
    if (!on) {
      this.watcher?.dispose();
      this.folders?.dispose();
      this.watcher = this.folders = undefined;
      return;
    }
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(NOVA_MAIL_GLOB);
    this.watcher.onDidCreate((uri) => this.created(uri));
    this.watcher.onDidChange((uri) => this.recheck(uri));
    this.watcher.onDidDelete((uri) => this.forget(uri));
    this.folders = new FolderEvents((changes) => this.foldersChanged(changes));
  }

  /**
   * A new file (or the new name of a renamed one) is checked unless the excludes leave it out, or
   * novaMail.maxFiles are checked already.
   */
  private created(uri: vscode.Uri): void {
    void isIncluded(uri).then((included) => {
      if (!included) return;
      const maxFiles = maxFilesSetting();
      if (!this.files.has(uri.toString()) && this.files.size >= maxFiles) this.notice(maxFiles);
      else this.adopt(uri);
    });
  }

  /** The files of a folder moved out or deleted go; those of a folder moved in are checked. */
  private foldersChanged({ created, deleted }: FolderChanges): void {
    if (deleted.size > 0)
      for (const key of this.files) if (hasAncestorIn(key, deleted)) this.forget(vscode.Uri.parse(key));
    for (const folder of created) void configurationsWithin(folder).then((found) => this.adoptAll(found));
  }

  /** A folder's files, checked in chunks and slices as at start-up, up to novaMail.maxFiles in all. */
  private adoptAll(found: readonly vscode.Uri[]): void {
    const fresh = found.filter((uri) => !this.files.has(uri.toString()));
    if (fresh.length === 0) return;
    const maxFiles = maxFilesSetting();
    const room = Math.max(0, maxFiles - this.files.size);
    if (fresh.length > room) this.notice(maxFiles);
    const adopted = fresh.slice(0, room);
    for (const uri of adopted) this.own(uri);
    void this.checkInSlices(adopted, this.generation);
  }

  private adopt(uri: vscode.Uri): void {
    this.own(uri);
    this.checkFile(uri);
  }

  /** One of ours from now on, and kept when a scan listing the files ends (its list may predate it). */
  private own(uri: vscode.Uri): void {
    this.files.add(uri.toString());
    this.createdWhileFinding.add(uri.toString());
  }

  /** No longer one of ours: its problems go, unless an editor shows it (then they are the editor's). */
  private forget(uri: vscode.Uri): void {
    this.files.delete(uri.toString());
    if (!this.diagnostics.isShownInEditor(uri)) this.diagnostics.clear(uri);
  }

  private notice(maxFiles: number): void {
    if (this.noticeShown) return;
    this.noticeShown = true;
    const say = translator(readSettings().language);
    void vscode.window.showInformationMessage(say('workspace.too-many-files', { max: maxFiles }));
  }

  dispose(): void {
    this.generation++;
    this.watcher?.dispose();
    this.folders?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
