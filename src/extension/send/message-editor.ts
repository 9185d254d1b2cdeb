import * as vscode from 'vscode';
import type { SendPlan } from '../../core';
import { EDITING_CONTEXT } from '../contexts';
import type { DesktopSay } from '../desktop-l10n';

export interface EditedMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Nova's "Muokkaus ennen lähetystä" (edit before sending): the message opens as a document — To,
 * Subject, a blank line, the body — and what the person leaves there is sent when they choose
 * Send (the editor title's button, or the notification's); closing it or Cancel sends nothing.
 */
export class MessageEditor implements vscode.Disposable {
  private pending:
    | {
        uri: string;
        /** Undefined when the message is taken (the edit settles), else why not. */
        accept: (message: EditedMessage) => string | undefined;
        cancel: () => void;
        /** Shows the Send / Cancel question (with a refusal: as an error). */
        ask: (question: string, refused?: boolean) => void;
      }
    | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.commands.registerCommand('novaMail.sendEditedMessage', () => this.finish(true)),
      vscode.commands.registerCommand('novaMail.cancelEditedMessage', () => this.finish(false)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.pending?.uri) this.cancelPending();
      }),
    ];
  }

  /**
   * The message as edited, once `accept` takes it; a message it refuses (an address that is not
   * one) is said, and the editor stays open with the person's edits for another Send or Cancel.
   */
  async edit<T>(
    plan: SendPlan,
    say: DesktopSay,
    accept: (message: EditedMessage) => { ok: true; value: T } | { ok: false; error: string },
  ): Promise<T | undefined> {
    this.cancelPending();
    const content = `To: ${plan.to}\nSubject: ${plan.subject}\n\n${plan.text}`;
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    // Waiting for Send before the editor shows: a Send right after it appears is never lost.
    const result = new Promise<T | undefined>((resolve) => {
      this.pending = {
        uri: document.uri.toString(),
        accept: (message) => {
          const accepted = accept(message);
          if (accepted.ok) resolve(accepted.value);
          return accepted.ok ? undefined : accepted.error;
        },
        cancel: () => resolve(undefined),
        ask: (question, refused = false) => {
          const send = say('send.send');
          const cancel = say('send.cancel');
          const show = refused ? vscode.window.showErrorMessage : vscode.window.showInformationMessage;
          void show(question, send, cancel).then((choice) => {
            if (choice === send) this.finish(true);
            else if (choice === cancel) this.finish(false);
          });
        },
      };
    });
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('setContext', EDITING_CONTEXT, true);
    this.pending?.ask(say('send.edit-before-sending'));
    const message = await result;
    await vscode.commands.executeCommand('setContext', EDITING_CONTEXT, false);
    await closeWithoutSaving(document);
    return message;
  }

  /** Send (or Cancel); a refused message is said as the question again, and nothing is settled. */
  private finish(send: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === pending.uri);
    if (!send || !document) return this.cancelPending();
    const refused = pending.accept(parseMessage(document.getText()));
    if (refused === undefined) {
      this.pending = undefined;
      return;
    }
    pending.ask(refused, true);
  }

  /** Ends the edit with nothing sent (closed, Cancel, another edit begun). */
  private cancelPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.cancel();
  }

  dispose(): void {
    this.cancelPending();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** "To:" and "Subject:" lines, a blank line, then the body (CRLF or LF). */
export function parseMessage(content: string): EditedMessage {
  const normalized = content.replace(/\r\n?/g, '\n');
  const blank = normalized.indexOf('\n\n');
  const head = blank < 0 ? normalized : normalized.slice(0, blank);
  const text = blank < 0 ? '' : normalized.slice(blank + 2);
  const header = (name: string) =>
    head
      .split('\n')
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  return { to: header('To'), subject: header('Subject'), text };
}

async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (!editor) return;
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: editor.viewColumn });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
