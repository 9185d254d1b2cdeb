import * as vscode from 'vscode';
import { setting } from '../settings/settings';
import { core } from '../core';
import type { DiskText } from '../diagnostics/diagnostics';
import { isNovaMailUri } from './documents';

/**
 * The workspace's nova-mail files, as every part of the extension sees them: files.exclude and
 * search.exclude of each folder honoured, sorted, at most novaMail.maxFiles (truncated says when
 * there were more). Our files are file: URIs only, and this extension runs in a Node extension host
 * (local or remote, beside the files), so the folders are walked with Node's file system: the same
 * one workspace.findFiles and workspace.fs reach, without a round trip to the window per call.
 */
export async function findConfigurations(): Promise<{
  found: vscode.Uri[];
  maxFiles: number;
  truncated: boolean;
}> {
  const maxFiles = Math.max(1, Math.round(setting<number>('novaMail.maxFiles')));
  const folders = (vscode.workspace.workspaceFolders ?? []).filter(({ uri }) => uri.scheme === 'file');
  const perFolder = await Promise.all(
    folders.map((folder) => core().findNovaMailFiles(folder.uri.fsPath, excludePatterns(folder))),
  );
  // Nested workspace folders find some files twice.
  const paths = [...new Set(perFolder.flat())].sort();
  const truncated = paths.length > maxFiles;
  if (truncated) paths.length = maxFiles;
  return { found: paths.map((path) => vscode.Uri.file(path)), maxFiles, truncated };
}

/** Whether the excludes leave a file of a workspace folder in (a file just created, say). */
export function isIncluded(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== 'file' || !isNovaMailUri(uri)) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  return !core().exclusionTest(excludePatterns(folder))(relative);
}

/**
 * The file as it is on disk (its size only when too large to check); undefined when it cannot be
 * read. Synchronous: one open, read and close of a small file costs less than a turn of the loop.
 */
export function readOnDisk(uri: vscode.Uri): DiskText | undefined {
  if (uri.scheme !== 'file') return undefined;
  const content = core().readConfigurationFile(uri.fsPath);
  return content && { uri, ...content };
}

/** The text that counts now: an open editor's (saved or not), else the file's; undefined when gone. */
export function currentText(uri: vscode.Uri): DiskText | undefined {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  return open ? { uri, text: open.getText() } : readOnDisk(uri);
}

/** The text that counts now; undefined when there is none to check (gone, too large, unreadable). */
export function textOf(uri: vscode.Uri): string | undefined {
  const read = currentText(uri);
  return read && 'text' in read ? read.text : undefined;
}

/** A folder's files.exclude and search.exclude (the patterns set to true). */
function excludePatterns(folder: vscode.WorkspaceFolder): string[] {
  const patterns = new Set<string>();
  for (const section of ['files', 'search']) {
    const settings =
      vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, unknown>>('exclude') ?? {};
    for (const [pattern, on] of Object.entries(settings)) if (on === true) patterns.add(pattern);
  }
  return [...patterns];
}
