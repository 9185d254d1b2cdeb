import * as vscode from 'vscode';
import type { KeptVerdicts } from '../../core';

const KEY = 'novaMail.keptVerdicts';

/**
 * The last deliverability verdicts of each file, kept in the workspace's state (never in the
 * file): shown after a restart and offline, always with when they were checked. They hold the
 * file's sender addresses and what DNS said of their domains, never a credential.
 */
export class KeptVerdictsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  of(uri: vscode.Uri): KeptVerdicts | undefined {
    return this.all()[uri.toString()];
  }

  entries(): [vscode.Uri, KeptVerdicts][] {
    return Object.entries(this.all()).flatMap(([key, kept]): [vscode.Uri, KeptVerdicts][] =>
      typeof kept?.at === 'number' && Array.isArray(kept.problems) ? [[vscode.Uri.parse(key), kept]] : [],
    );
  }

  /**
   * Whether any kept verdict has a problem to show (activation then loads the DNS commands to put
   * it back): a check keeps every file it checked, clean ones too, and those show nothing.
   */
  anyProblems(): boolean {
    // On activation's path: the values alone, no URI parsed (entries() parses one per file).
    return Object.values(this.all()).some(
      (kept) => typeof kept?.at === 'number' && Array.isArray(kept.problems) && kept.problems.length > 0,
    );
  }

  /** The verdicts of one run, replacing what each file had. */
  async keep(verdicts: readonly [vscode.Uri, KeptVerdicts][]): Promise<void> {
    const all = { ...this.all() };
    for (const [uri, kept] of verdicts) all[uri.toString()] = kept;
    await this.state.update(KEY, all);
    this.changed.fire();
  }

  /** What was kept; anything but an object of verdicts (another version's, a damaged state) is none. */
  private all(): Record<string, KeptVerdicts> {
    const kept: unknown = this.state.get(KEY);
    return typeof kept === 'object' && kept !== null ? (kept as Record<string, KeptVerdicts>) : {};
  }

  dispose(): void {
    this.changed.dispose();
  }
}
