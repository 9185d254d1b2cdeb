import * as vscode from 'vscode';

export interface FolderChanges {
  /** Paths made or moved in, none inside another of them (the outermost is enough to walk). */
  created: vscode.Uri[];
  /** Paths deleted or moved out, by their URI's string. */
  deleted: ReadonlySet<string>;
}

/**
 * VS Code's watcher names a folder moved or copied into the workspace, not the files in it (on
 * Linux: inotify, parcel-bundler/watcher#97 and #243), and a folder deleted or moved out, not its
 * files (its API says so): a watcher of nova-mail files hears nothing of them. This one hears every
 * path made or gone, and hands them over together a turn later (VS Code delivers a burst at once).
 */
export class FolderEvents implements vscode.Disposable {
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  private created = new Map<string, vscode.Uri>();
  private deleted = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly handle: (changes: FolderChanges) => void) {
    this.watcher.onDidCreate((uri) => this.note(() => this.created.set(uri.toString(), uri)));
    this.watcher.onDidDelete((uri) => this.note(() => this.deleted.add(uri.toString())));
  }

  private note(add: () => void): void {
    add();
    this.timer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.timer = undefined;
    const created = [...this.created].filter(([key]) => !hasAncestorIn(key, this.created));
    const deleted = this.deleted;
    this.created = new Map();
    this.deleted = new Set();
    this.handle({ created: created.map(([, uri]) => uri), deleted });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher.dispose();
  }
}

/** Whether a folder above the URI (by its string) is among the keys. */
export function hasAncestorIn(key: string, keys: { has(key: string): boolean }): boolean {
  for (let slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1))
    if (keys.has(key.slice(0, slash))) return true;
  return false;
}
