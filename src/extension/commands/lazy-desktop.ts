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
  private standIns: vscode.Disposable[];
  private started: DesktopCommands | undefined;

  constructor(private readonly start: (startDesktopCommands: StartDesktopCommands) => DesktopCommands) {
    this.standIns = DESKTOP_COMMANDS.map((command) =>
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        if (!this.load()) return undefined;
        return vscode.commands.executeCommand(command, ...args);
      }),
    );
  }

  /** The commands, loaded now if they were not; undefined (and said) when their file is missing. */
  load(): DesktopCommands | undefined {
    if (this.started) return this.started;
    let start: StartDesktopCommands;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      start = (require('./desktop-commands') as typeof import('./desktop-commands')).startDesktopCommands;
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'MODULE_NOT_FOUND' || !message.includes(BUNDLE)) throw error;
      const say = translator(readSettings().language);
      void vscode.window.showErrorMessage(say('install.part-missing', { file: `dist/${BUNDLE}` }));
      return undefined;
    }
    for (const standIn of this.standIns) standIn.dispose();
    this.standIns = [];
    return (this.started = this.start(start));
  }

  /** The commands, loaded for a caller that cannot go on without them. */
  get(): DesktopCommands {
    const started = this.load();
    if (!started) throw new Error(`dist/${BUNDLE} is missing`);
    return started;
  }

  dispose(): void {
    for (const standIn of this.standIns) standIn.dispose();
    this.started?.dispose();
  }
}
