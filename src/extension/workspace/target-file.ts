import * as vscode from 'vscode';
import { fileNameOf, isNovaMailDocument, isNovaMailUri } from './documents';
import { translator, type Say } from '../l10n';
import { readSettings, type EditorSettings } from '../settings/settings';
import { findConfigurations } from './workspace-files';

/**
 * The nova-mail file a command acts on: the one it was given, the active editor's, or — when it
 * runs from the walkthrough, a view or the palette with no such file in front — the workspace's
 * (asking which when there are several). Undefined (with a message) when there is none.
 */
export async function targetDocument(
  uri: vscode.Uri | undefined,
  say: Say,
): Promise<vscode.TextDocument | undefined> {
  if (uri) {
    // A folder named like our files (kansio.nova-mail.json/) is not one: said as such, not as a raw error.
    if (isNovaMailUri(uri)) {
      const document = await vscode.workspace.openTextDocument(uri).then(
        (opened) => opened,
        () => undefined,
      );
      if (document) return document;
    }
    void vscode.window.showErrorMessage(say('file.not-our-file', { file: fileNameOf(uri) }));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isNovaMailDocument(active)) return active;
  const { found } = await findConfigurations();
  if (found.length === 0) {
    void vscode.window.showErrorMessage(say('file.none-in-workspace'));
    return undefined;
  }
  const chosen =
    found.length === 1
      ? found[0]
      : (
          await vscode.window.showQuickPick(
            found.map((file) => ({
              label: fileNameOf(file),
              description: vscode.workspace.asRelativePath(file, true),
              file,
            })),
            { title: say('file.choose'), ignoreFocusOut: true },
          )
        )?.file;
  return chosen ? vscode.workspace.openTextDocument(chosen) : undefined;
}

/** The file a command was run on: a URI (explorer, editor title) or an object with one; else none. */
export function fileOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  // A node of the Nova Mail view carries its file as a URI string.
  const uri = (arg as { uri?: unknown } | undefined)?.uri;
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  return uri instanceof vscode.Uri ? uri : undefined;
}

/** A command's file, opened, with its settings and the words in its language (what every command starts with). */
export interface OpenTarget {
  document: vscode.TextDocument;
  settings: EditorSettings;
  say: Say;
  /** The file as the workspace names it. */
  file: string;
}

/** The target file as targetDocument finds it, with what a command needs of it; undefined when none. */
export async function openTarget(uri: vscode.Uri | undefined): Promise<OpenTarget | undefined> {
  const document = await targetDocument(uri, translator(readSettings(uri).language));
  if (!document) return undefined;
  const settings = readSettings(document.uri);
  return {
    document,
    settings,
    say: translator(settings.language),
    file: vscode.workspace.asRelativePath(document.uri),
  };
}
