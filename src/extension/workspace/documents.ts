import * as vscode from 'vscode';
import { isNovaMailFileName } from '../../core/names';

/**
 * Files on disk and new files, and the files of a workspace in the browser (code-server's
 * vscode-remote:, github.dev's vscode-vfs:); not the `git:` side of a diff, an output or a preview.
 */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export function isNovaMailUri(uri: vscode.Uri): boolean {
  return (
    (SCHEMES.has(uri.scheme) || vscode.workspace.getWorkspaceFolder(uri) !== undefined) &&
    isNovaMailFileName(fileNameOf(uri))
  );
}

/** The last segment of a URI's path (path.basename without Node's path, which a browser lacks). */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function isNovaMailDocument(document: vscode.TextDocument): boolean {
  return isNovaMailUri(document.uri);
}

/** `nova-mail.json` in any letter case, as a glob (VS Code's globs are case-sensitive). */
function anyCase(name: string): string {
  return name.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

export const NOVA_MAIL_GLOB = `**/{${anyCase('nova-mail.json')},*.${anyCase('nova-mail.json')}}`;

/** Our files, for selectors (language status, code actions). */
export const NOVA_MAIL_SELECTOR: vscode.DocumentFilter[] = [...SCHEMES].map((scheme) => ({
  scheme,
  pattern: NOVA_MAIL_GLOB,
}));
