import * as vscode from 'vscode';
import finnish from '../../l10n/bundle.l10n.fi.json';
import type { Lang } from '../core';
import type { LanguageSetting } from './settings';

const BUNDLES: Record<Lang, Record<string, string>> = { en: {}, fi: finnish };

/**
 * A runtime string: with `novaMail.language: auto`, VS Code's own l10n picks the bundle of the
 * display language; an explicit language setting uses that language's bundle directly.
 */
export function t(language: LanguageSetting, message: string, ...args: (string | number)[]): string {
  if (language === 'auto') return vscode.l10n.t(message, ...args);
  const template = BUNDLES[language][message] ?? message;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) =>
    index in args ? String(args[Number(index)]) : whole,
  );
}
