/**
 * The web extension's entry (package.json "browser"): vscode.dev, github.dev and any VS Code whose
 * extension host is a browser's web worker. The editor's part runs as on the desktop, with the pure
 * core bundled in; what needs a mail server or DNS says so in one line (and is hidden from menus by
 * the manifest's `!novaMail.webHost`: `isWeb` is also true in code-server, whose host is Node).
 */
import * as vscode from 'vscode';
import { newConfigurationCommand } from './commands/new-config';
import { startEditor } from './editor';
import type { NovaMailApi } from './api';
import { runInBrowser } from './host';
import { WEB_HOST_CONTEXT } from './contexts';
import { translator } from './l10n';
import { DESKTOP_COMMANDS } from './desktop-only';
import { DESKTOP_HINTS } from './desktop-hints';
import { readSettings } from './settings/settings';

/** The browser's API: the desktop's, with only the testing hooks that need no network. */
export type NovaMailWebApi = Omit<NovaMailApi, 'testing'> & {
  testing?: Pick<NonNullable<NovaMailApi['testing']>, 'newConfiguration'>;
};

export function activate(context: vscode.ExtensionContext): NovaMailWebApi {
  runInBrowser();
  void vscode.commands.executeCommand('setContext', WEB_HOST_CONTEXT, true);
  const editor = startEditor(context);
  context.subscriptions.push(
    ...DESKTOP_COMMANDS.map((command) =>
      vscode.commands.registerCommand(command, () => {
        const { name, cli, why = 'web.why.network' } = DESKTOP_HINTS[command];
        const say = translator(readSettings().language);
        const line = say('web.needs-desktop', { command: say(name), cli, why: say(why) });
        editor.output.line(line);
        void vscode.window.showInformationMessage(line);
        return line;
      }),
    ),
  );
  return {
    ...editor.api,
    ...(context.extensionMode === vscode.ExtensionMode.Production
      ? {}
      : { testing: { newConfiguration: (answers) => newConfigurationCommand(answers) } }),
  };
}

export function deactivate(): void {}
