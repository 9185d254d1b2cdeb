import * as vscode from 'vscode';
import { LazyDesktopCommands } from './commands/lazy-desktop';
import { newConfigurationCommand } from './commands/new-config';
import { core } from './core';
import { startEditor } from './editor';
import { registerTasks } from './workspace/tasks';

import type { NovaMailApi } from './api';

export type { NovaMailApi };

/**
 * Activation is cheap on purpose (it also happens for any JSON file): listeners and providers only.
 * The workspace scan starts after activation returns; the commands that send, ask DNS or keep
 * passwords are loaded on their first use (commands/lazy-desktop.ts); nodemailer only to send, and
 * mailauth only when DNS is checked or a received message explained (never while typing).
 */
export function activate(context: vscode.ExtensionContext): NovaMailApi {
  const editor = startEditor(context);
  const { kept, view } = editor;
  view.explainRepliesWith((id, lang) => core().explainedReply(id, lang));
  const desktop = new LazyDesktopCommands((start) => start(context, editor));
  context.subscriptions.push(desktop, registerTasks(context.extensionUri));
  // Verdicts kept from an earlier check are put back after activation returns (by the DNS commands).
  const restoring = kept.anyProblems() ? setTimeout(() => desktop.loadQuietly(), 0) : undefined;
  context.subscriptions.push({ dispose: () => clearTimeout(restoring) });
  return {
    ...editor.api,
    ...(context.extensionMode === vscode.ExtensionMode.Production
      ? {}
      : {
          testing: {
            sendTestEmail: (args) => desktop.get().sends.sendTestEmail(args),
            newConfiguration: (answers) => newConfigurationCommand(answers),
            storeSmtpPassword: async (file, user, host, password) =>
              desktop.get().passwords.store(file, user, host, password),
            smtpPassword: async (file, user, host) => desktop.get().passwords.get(file, user, host),
            restoreKeptVerdicts: () => desktop.get().deliverability.restoreAfresh(),
            viewTooltip: (node) => {
              const { tooltip } = view.getTreeItem(node);
              return typeof tooltip === 'string' ? tooltip : undefined;
            },
          },
        }),
  };
}

export function deactivate(): void {}
