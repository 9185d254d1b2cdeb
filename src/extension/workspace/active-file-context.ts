import * as vscode from 'vscode';
import { ACTIVE_FILE_CONTEXT } from '../contexts';
import { isNovaMailDocument } from './documents';

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
