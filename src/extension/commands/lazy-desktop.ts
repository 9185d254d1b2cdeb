import * as vscode from 'vscode';
import { DESKTOP_COMMANDS } from '../desktop-only';
import { translator } from '../l10n';
import { readSettings } from '../settings/settings';
import type { DesktopCommands, startDesktopCommands } from './desktop-commands';

type StartDesktopCommands = typeof startDesktopCommands;

/** The bundle of desktop-commands.ts, as dist/extension.js requires it (esbuild.js). */
const BUNDLE = 'extension-commands.js';

/**
 * The commands that need the desktop, registered at activation as stand-ins: the first call of one
 * loads their code (dist/extension-commands.js: sending, passwords, DNS; a fifth of the extension's
 * code), puts the real commands in their place and runs the one asked for, with its arguments.
 * Activation, which happens for any JSON file, does not load them.
 */
export class LazyDesktopCommands implements vscode.Disposable {
  private standIns: vscode.Disposable[] = [];
  private started: DesktopCommands | undefined;
  private disposed = false;

  constructor(private readonly start: (startDesktopCommands: StartDesktopCommands) => DesktopCommands) {
    this.standIn();
  }

  /** The commands, loaded now if they were not; undefined (and said) when their file is missing. */
  load(): DesktopCommands | undefined {
    if (this.started || this.disposed) return this.started;
    let start: StartDesktopCommands;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      start = (require('./desktop-commands') as typeof import('./desktop-commands')).startDesktopCommands;
    } catch (error) {
      // The bundle itself missing (Node's first line names it; a "Require stack" below may too).
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'MODULE_NOT_FOUND' || !message.split('\n')[0].includes(`'./${BUNDLE}'`)) throw error;
      const say = translator(readSettings().language);
      void vscode.window.showErrorMessage(say('install.part-missing', { file: `dist/${BUNDLE}` }));
      return undefined;
    }
    // The real commands take the stand-ins' ids: those go first, and come back if the start fails.
    this.disposeStandIns();
    try {
      this.started = this.start(start);
    } catch (error) {
      this.standIn();
      throw error;
    }
    return this.started;
  }

  /** load() for a caller with nobody to tell (activation's timer): a failure goes to the log. */
  loadQuietly(): void {
    try {
      this.load();
    } catch (error) {
      console.error('nova-mail: the desktop commands did not load', error);
    }
  }

  /** The commands, loaded for a caller that cannot go on without them. */
  get(): DesktopCommands {
    const started = this.load();
    if (!started) throw new Error(`dist/${BUNDLE} is missing`);
    return started;
  }

  dispose(): void {
    this.disposed = true;
    this.disposeStandIns();
    this.started?.dispose();
  }

  private standIn(): void {
    this.standIns = DESKTOP_COMMANDS.map((command) =>
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        if (!this.load()) return undefined;
        return vscode.commands.executeCommand(command, ...args);
      }),
    );
  }

  private disposeStandIns(): void {
    for (const standIn of this.standIns) standIn.dispose();
    this.standIns = [];
  }
}
