import * as vscode from 'vscode';
import { core } from './core';
import type { DiskText } from './diagnostics';
import { isNovaMailUri, NOVA_MAIL_GLOB } from './documents';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/**
 * The workspace's nova-mail files, as every part of the extension sees them: files.exclude and
 * search.exclude honoured, sorted, at most novaMail.maxFiles (truncated says when there were more).
 */
export async function findConfigurations(): Promise<{
  found: vscode.Uri[];
  maxFiles: number;
  truncated: boolean;
}> {
  const maxFiles = Math.max(
    1,
    Math.round(vscode.workspace.getConfiguration('novaMail').get<number>('maxFiles', 5000)),
  );
  const found = (await vscode.workspace.findFiles(NOVA_MAIL_GLOB, excludeGlob(), maxFiles + 1))
    .filter(isNovaMailUri)
    .sort((a, b) => a.toString().localeCompare(b.toString()));
  const truncated = found.length > maxFiles;
  if (truncated) found.length = maxFiles;
  return { found, maxFiles, truncated };
}

/** Whether the excludes leave a file of a workspace folder in (a file just created, say). */
export async function isIncluded(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || !isNovaMailUri(uri)) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  return (
    (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, relative), excludeGlob(), 1))
      .length > 0
  );
}

/** The file as it is on disk (its size only when too large to check); undefined when it cannot be read. */
export async function readOnDisk(uri: vscode.Uri): Promise<DiskText | undefined> {
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > core().MAX_TEXT_LENGTH) return { uri, tooLarge: size };
    return { uri, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return undefined;
  }
}

/** The text that counts now: an open editor's (saved or not), else the file's; undefined when unreadable. */
export async function currentText(uri: vscode.Uri): Promise<DiskText | undefined> {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  return open ? { uri, text: open.getText() } : readOnDisk(uri);
}

/** files.exclude and search.exclude (the patterns set to true), and node_modules and .git. */
function excludeGlob(): string {
  const patterns = new Set(ALWAYS_EXCLUDED);
  for (const section of ['files.exclude', 'search.exclude']) {
    const settings = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [pattern, on] of Object.entries(settings)) {
      if (on !== true) continue;
      patterns.add(pattern);
      // A folder's pattern excludes what is in it.
      if (!pattern.endsWith('/**')) patterns.add(`${pattern}/**`);
    }
  }
  return `{${[...patterns].join(',')}}`;
}
