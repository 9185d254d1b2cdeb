/**
 * The desktop's commands that need the network or the secret storage (sending, passwords, DNS,
 * explaining a received message, exporting the report): in dist/extension-commands.js, which
 * lazy-desktop.ts requires the first time one of them is asked for (or a kept verdict is to be put
 * back), not at activation, which happens for every JSON file.
 *
 * Only objects cross from extension.js to here (the editor's parts, the context): each bundle has
 * its own copy of the modules both import, none of which keeps state that the other must see.
 */
import type * as vscode from 'vscode';
import type { Editor } from '../editor';
import { MessageEditor } from '../send/message-editor';
import { SmtpPasswords } from '../send/passwords';
import { DeliverabilityCommands } from './deliverability';
import { ExplainCommand } from './explain';
import { ExportReportCommand } from './export-report';
import { SendCommands } from './send';

export interface DesktopCommands extends vscode.Disposable {
  sends: SendCommands;
  passwords: SmtpPasswords;
  deliverability: DeliverabilityCommands;
}

/** Registers every command of DESKTOP_COMMANDS (desktop-only.ts), with what they share. */
export function startDesktopCommands(
  context: vscode.ExtensionContext,
  editor: Pick<Editor, 'output' | 'docs' | 'results' | 'kept' | 'reports' | 'view'>,
): DesktopCommands {
  const { output, docs, results, kept, reports, view } = editor;
  const parts: vscode.Disposable[] = [];
  const dispose = () => {
    for (const part of parts) part.dispose();
  };
  // Each part as it is made: if a later one throws, those made so far give their commands back.
  const made = <T extends vscode.Disposable>(part: T): T => {
    parts.push(part);
    return part;
  };
  try {
    const messageEditor = made(new MessageEditor());
    const passwords = made(new SmtpPasswords(context.secrets));
    const sends = made(new SendCommands(output, context.workspaceState, messageEditor, results, passwords));
    const deliverability = made(new DeliverabilityCommands(output, docs, results, kept, reports));
    made(new ExplainCommand(output, reports));
    made(new ExportReportCommand(view));
    return { sends, passwords, deliverability, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
