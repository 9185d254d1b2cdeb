import * as vscode from 'vscode';
import { DeliverabilityCommands } from './commands/deliverability';
import { ExplainCommand } from './commands/explain';
import { ExportReportCommand } from './commands/export-report';
import { MessageEditor } from './send/message-editor';
import { newConfigurationCommand } from './commands/new-config';
import { core } from './core';
import { startEditor } from './editor';
import { SendCommands } from './commands/send';
import { SmtpPasswords } from './send/passwords';
import { registerTasks } from './workspace/tasks';

import type { NovaMailApi } from './api';

export type { NovaMailApi };

/**
 * Activation is cheap on purpose (it also happens for any JSON file): listeners and providers only.
 * The workspace scan starts after activation returns; nodemailer is loaded only to send, and mailauth
 * only when DNS is checked or a received message explained (never at activation or while typing).
 */
export function activate(context: vscode.ExtensionContext): NovaMailApi {
  const editor = startEditor(context);
  const { docs, output, results, kept, reports, view } = editor;
  view.explainRepliesWith((id, lang) => core().explainedReply(id, lang));
  const messageEditor = new MessageEditor();
  const passwords = new SmtpPasswords(context.secrets);
  const sends = new SendCommands(output, context.workspaceState, messageEditor, results, passwords);
  const deliverability = new DeliverabilityCommands(output, docs, results, kept, reports);
  context.subscriptions.push(
    messageEditor,
    sends,
    passwords,
    deliverability,
    new ExplainCommand(output, reports),
    new ExportReportCommand(view),
    registerTasks(context.extensionUri),
  );
  return {
    ...editor.api,
    ...(context.extensionMode === vscode.ExtensionMode.Production
      ? {}
      : {
          testing: {
            sendTestEmail: (args) => sends.sendTestEmail(args),
            newConfiguration: (answers) => newConfigurationCommand(answers),
            storeSmtpPassword: async (file, user, host, password) =>
              passwords.store(file, user, host, password),
            smtpPassword: async (file, user, host) => passwords.get(file, user, host),
            restoreKeptVerdicts: () => deliverability.restoreAfresh(),
            viewTooltip: (node) => {
              const { tooltip } = view.getTreeItem(node);
              return typeof tooltip === 'string' ? tooltip : undefined;
            },
          },
        }),
  };
}

export function deactivate(): void {}
