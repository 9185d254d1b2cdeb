import * as vscode from 'vscode';

export interface LastResult {
  /** Date.now() when it ended. */
  at: number;
  ok: boolean;
  /** Deliverability: the number of problems found. */
  problems?: number;
  /** A failed send whose server reply the table of SMTP replies explains: its id and status. */
  explained?: { id: string; status: string };
}

interface FileResults {
  send?: LastResult;
  deliverability?: LastResult;
}

const KEY = 'novaMail.lastResults';

/**
 * The last test send and deliverability check of each file, kept in the workspace's state (so
 * the Nova Mail view shows them after a restart). Only whether it worked and when, and for a
 * refusal the table's id for it: no address, server reply or credential.
 */
export class LastResults implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  of(uri: vscode.Uri): FileResults {
    return this.state.get<Record<string, FileResults>>(KEY, {})[uri.toString()] ?? {};
  }

  record(uri: vscode.Uri, kind: keyof FileResults, result: Omit<LastResult, 'at'>): void {
    this.recordAll(kind, [[uri, result]]);
  }

  /** The results of one run over many files, stored at once (the state is copied once, not per file). */
  recordAll(kind: keyof FileResults, results: readonly [vscode.Uri, Omit<LastResult, 'at'>][]): void {
    const all = { ...this.state.get<Record<string, FileResults>>(KEY, {}) };
    const at = Date.now();
    for (const [uri, result] of results) {
      all[uri.toString()] = { ...all[uri.toString()], [kind]: { ...result, at } };
    }
    void this.state.update(KEY, all);
    for (const [uri] of results) this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
