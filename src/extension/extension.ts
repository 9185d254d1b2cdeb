import * as vscode from 'vscode';
import { trackActiveFile } from './active-file-context';
import { NovaMailCodeActions } from './code-actions';
import { DiagnosticsController } from './diagnostics';
import { NOVA_MAIL_SELECTOR } from './documents';
import { MessageEditor } from './message-editor';
import { registerNewConfiguration } from './new-config-command';
import { RuleDocs } from './rule-docs';
import { SendCommands } from './send-commands';
import { ProblemStatus } from './status';

/** What the extension exposes to its integration tests (and other extensions). */
export interface NovaMailApi {
  /** The language status shown for the active nova-mail file: its text and its detail. */
  statusText(): string;
  statusDetail(): string;
  /** Resolves once the diagnostics of the document's current version are published. */
  whenChecked(document: vscode.TextDocument): Promise<void>;
}

/**
 * Activation is cheap on purpose (it also happens for any JSON file): listeners and providers only.
 * Nothing is linted until one of our files is open, and nodemailer is loaded only to send.
 */
export function activate(context: vscode.ExtensionContext): NovaMailApi {
  const testMode = context.extensionMode === vscode.ExtensionMode.Test;
  const docs = new RuleDocs(context.extensionUri);
  const diagnostics = new DiagnosticsController(docs);
  const status = new ProblemStatus(diagnostics);
  const output = vscode.window.createOutputChannel('Nova Mail');
  const messageEditor = new MessageEditor();
  context.subscriptions.push(
    diagnostics,
    status,
    output,
    messageEditor,
    new SendCommands(output, context.workspaceState, messageEditor, testMode),
    registerNewConfiguration(testMode),
    vscode.commands.registerCommand('novaMail.showRuleDocumentation', (rule: unknown) =>
      typeof rule === 'string' ? docs.show(rule) : undefined,
    ),
    trackActiveFile(),
    vscode.languages.registerCodeActionsProvider(
      NOVA_MAIL_SELECTOR,
      new NovaMailCodeActions(diagnostics),
      NovaMailCodeActions.metadata,
    ),
  );
  return {
    statusText: () => status.text,
    statusDetail: () => status.detail,
    whenChecked: (document) => diagnostics.whenChecked(document),
  };
}

export function deactivate(): void {}
