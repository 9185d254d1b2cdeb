import type * as vscode from 'vscode';
import { isNovaMailFileName } from '../core';

export function isNovaMailDocument(document: vscode.TextDocument): boolean {
  const path = document.uri.path;
  return isNovaMailFileName(path.slice(path.lastIndexOf('/') + 1));
}

/** Files whose names are ours, for selectors (language status, code actions). */
export const NOVA_MAIL_SELECTOR: vscode.DocumentFilter[] = [
  { pattern: '**/nova-mail.json' },
  { pattern: '**/*.nova-mail.json' },
];
