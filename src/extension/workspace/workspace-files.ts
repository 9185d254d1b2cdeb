import * as vscode from 'vscode';
import { setting } from '../settings/settings';
import { core } from '../core';
import type { DiskText } from '../diagnostics/diagnostics';
import { isNovaMailUri, NOVA_MAIL_GLOB } from './documents';
import { isWebHost } from '../host';

/**
 * The workspace's nova-mail files, as every part of the extension sees them: files.exclude and
 * search.exclude of each folder honoured, sorted, at most novaMail.maxFiles (truncated says when
 * there were more). A file: folder in a Node extension host is walked with Node's file system (the
 * same one workspace.findFiles reaches, without a round trip to the window per call); any other
 * folder (a browser's, a virtual workspace's) through workspace.findFiles.
 */
export async function findConfigurations(): Promise<{
  found: vscode.Uri[];
  maxFiles: number;
  truncated: boolean;
}> {
  const maxFiles = maxFilesSetting();
  const perFolder = await Promise.all(
    (vscode.workspace.workspaceFolders ?? []).map(async (folder) =>
      onDisk(folder.uri)
        ? (await core().findNovaMailFiles(folder.uri.fsPath, excludePatterns(folder))).map((file) =>
            vscode.Uri.file(file),
          )
        : findThroughVsCode(folder),
    ),
  );
  // Nested workspace folders find some files twice.
  const byKey = new Map(perFolder.flat().map((uri) => [uri.toString(), uri]));
  const found = [...byKey.keys()].sort().map((key) => byKey.get(key) as vscode.Uri);
  const truncated = found.length > maxFiles;
  if (truncated) found.length = maxFiles;
  return { found, maxFiles, truncated };
}

/** novaMail.maxFiles: how many files the workspace scan checks at most. */
export function maxFilesSetting(): number {
  return Math.max(1, Math.round(setting<number>('novaMail.maxFiles')));
}

/**
 * The nova-mail files in a folder of the workspace just made or moved in, the excludes honoured;
 * none when it is a file, excluded, or gone.
 */
export async function configurationsWithin(uri: vscode.Uri): Promise<vscode.Uri[]> {
  // Asked of every path made in the workspace (a build's thousands of files): a file costs one lstat.
  if (onDisk(uri) && !core().isFolder(uri.fsPath)) return [];
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return [];
  if (onDisk(uri))
    return (await core().findNovaMailFiles(folder.uri.fsPath, excludePatterns(folder), uri.fsPath)).map(
      (file) => vscode.Uri.file(file),
    );
  try {
    if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return [];
  } catch {
    return [];
  }
  // The excludes are judged file by file: a files.exclude pattern reads from the workspace folder,
  // and findFiles would read it from this one.
  const found = await vscode.workspace.findFiles(
    new vscode.RelativePattern(uri, NOVA_MAIL_GLOB),
    '{**/node_modules/**,**/.git/**}',
  );
  const included = await Promise.all(found.map(isIncluded));
  return found.filter((_, index) => included[index]);
}

/** Whether a URI is read with Node's file system here: a file: URI in a Node extension host. */
export function onDisk(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && !isWebHost();
}

/** Whether the excludes leave a file of a workspace folder in (a file just created, say). */
export async function isIncluded(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || !isNovaMailUri(uri)) return false;
  if (onDisk(uri))
    return !core().exclusionTest(excludePatterns(folder))(vscode.workspace.asRelativePath(uri, false));
  // Its folder's files as VS Code's search lists them (the excludes applied): the name itself never
  // goes into a glob, where [ ] { } would be read as glob syntax.
  const siblings = await vscode.workspace.findFiles(
    new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), '*'),
    excludeGlob(folder),
  );
  return siblings.some((sibling) => sibling.toString() === uri.toString());
}

/**
 * The file as it is on disk (its size only when too large to check); undefined when it cannot be
 * read, or is not on a disk of ours (readAnywhere reads those). Synchronous: one open, read and
 * close of a small file costs less than a turn of the loop.
 */
export function readOnDisk(uri: vscode.Uri): DiskText | undefined {
  if (!onDisk(uri)) return undefined;
  const content = core().readConfigurationFile(uri.fsPath);
  return content && { uri, ...content };
}

/**
 * The file as its file system has it, wherever that is: Node's disk here, else workspace.fs (a
 * browser's folder, a virtual workspace). Undefined when it is gone or a folder.
 */
export async function readAnywhere(uri: vscode.Uri): Promise<DiskText | undefined> {
  if (onDisk(uri)) return readOnDisk(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return undefined;
    if (stat.size > core().MAX_TEXT_LENGTH) return { uri, tooLarge: stat.size };
    const decoded = core().decodeText(await vscode.workspace.fs.readFile(uri));
    // As an editor shows it: without the BOM.
    return decoded ? { uri, text: decoded.text.replace(/^\ufeff/, '') } : { uri, unreadable: 'not-utf8' };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    const code = error instanceof vscode.FileSystemError ? error.code : String(error);
    return { uri, unreadable: code === 'NoPermissions' ? 'permission' : { other: code } };
  }
}

/** The text that counts now: an open editor's (saved or not), else the file's; undefined when gone. */
export function currentText(uri: vscode.Uri): DiskText | undefined {
  return openText(uri) ?? readOnDisk(uri);
}

/** currentText for a file wherever it is (see readAnywhere). */
export async function currentTextAnywhere(uri: vscode.Uri): Promise<DiskText | undefined> {
  return openText(uri) ?? readAnywhere(uri);
}

/** An open editor's text of the file (saved or not); undefined when no editor has it. */
function openText(uri: vscode.Uri): DiskText | undefined {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  return open && { uri, text: open.getText() };
}

/** The text that counts now; undefined when there is none to check (gone, too large, unreadable). */
export function textOf(uri: vscode.Uri): string | undefined {
  const read = currentText(uri);
  return read && 'text' in read ? read.text : undefined;
}

/**
 * A folder's nova-mail files through workspace.findFiles (a browser's folder, a virtual workspace),
 * VS Code judging the excludes as it does for its own search.
 */
function findThroughVsCode(folder: vscode.WorkspaceFolder): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(new vscode.RelativePattern(folder, NOVA_MAIL_GLOB), excludeGlob(folder));
}

/**
 * The excludes as one glob for workspace.findFiles, which otherwise leaves search.exclude out. Each
 * pattern keeps its meaning inside the `{…}`: a comma of its own, outside its braces and brackets,
 * is a character of a name (`**\/c,d`), so it is written `[,]`.
 */
function excludeGlob(folder: vscode.WorkspaceFolder): vscode.GlobPattern {
  const patterns = ['**/node_modules', '**/.git', ...excludePatterns(folder)].map(literalCommas);
  return new vscode.RelativePattern(folder, `{${patterns.flatMap((p) => [p, `${p}/**`]).join(',')}}`);
}

function literalCommas(pattern: string): string {
  let depth = 0;
  let inClass = false;
  let out = '';
  for (const c of pattern) {
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    out += c === ',' && depth === 0 && !inClass ? '[,]' : c;
  }
  return out;
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
