import * as vscode from 'vscode';
import { trackActiveFile } from './active-file-context';
import { NovaMailCodeActions } from './code-actions';
import { DiagnosticsController } from './diagnostics';
import { NOVA_MAIL_SELECTOR } from './documents';
import { registerNewConfiguration } from './new-config-command';
import { SendCommands } from './send-commands';
import { ProblemStatus } from './status';

/** What the extension exposes to other extensions and to its integration tests. */
export interface NovaMailApi {
  /** The language status text shown for the active nova-mail file. */
  statusText(): string;
  /** Resolves once the diagnostics of the document's current version are published. */
  whenChecked(document: vscode.TextDocument): Promise<void>;
}

/**
 * Activation is cheap on purpose (it also happens for any JSON file): listeners and providers only.
 * Nothing is linted until one of our files is open, and nodemailer is loaded only to send.
 */
export function activate(context: vscode.ExtensionContext): NovaMailApi {
  const diagnostics = new DiagnosticsController();
  const status = new ProblemStatus(diagnostics);
  context.subscriptions.push(
    diagnostics,
    status,
    new SendCommands(context.globalState),
    registerNewConfiguration(),
    trackActiveFile(),
    vscode.languages.registerCodeActionsProvider(
      NOVA_MAIL_SELECTOR,
      new NovaMailCodeActions(diagnostics),
      NovaMailCodeActions.metadata,
    ),
  );
  return { statusText: () => status.text, whenChecked: (document) => diagnostics.whenChecked(document) };
}

export function deactivate(): void {}
