import * as vscode from 'vscode';
import { isNovaMailDocument } from './documents';

/** The context key menus use to show our commands only for our files (the palette included). */
export const ACTIVE_FILE_CONTEXT = 'novaMail.activeFileIsNovaMail';

export function trackActiveFile(): vscode.Disposable {
  const update = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand(
      'setContext',
      ACTIVE_FILE_CONTEXT,
      editor ? isNovaMailDocument(editor.document) : false,
    );
  update(vscode.window.activeTextEditor);
  return vscode.window.onDidChangeActiveTextEditor(update);
}
