import * as vscode from 'vscode';
import { isNovaMailFileName } from '../../core/names';

/** Files on disk and new files; not the `git:` side of a diff, an output or a preview. */
const SCHEMES = new Set(['file', 'untitled']);

export function isNovaMailUri(uri: vscode.Uri): boolean {
  return SCHEMES.has(uri.scheme) && isNovaMailFileName(uri.path.slice(uri.path.lastIndexOf('/') + 1));
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
