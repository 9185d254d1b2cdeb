import * as vscode from 'vscode';
import finnish from '../../l10n/bundle.l10n.fi.json';
import type { LanguageSetting } from './settings';
import { STRINGS, type StringKey } from './strings';

/** Says one of the extension's own strings (see strings.ts) in the chosen language. */
export type Say = (key: StringKey, ...args: (string | number)[]) => string;

const FINNISH: Record<string, string> = finnish;

/**
 * The translator for a language setting, bound once per operation: with `auto`, VS Code's own
 * l10n picks the bundle of the display language; an explicit setting uses that bundle directly.
 */
export function translator(language: LanguageSetting): Say {
  return (key, ...args) => {
    const english = STRINGS[key];
    if (language === 'auto') return vscode.l10n.t(english, ...args);
    const template = language === 'fi' ? (FINNISH[english] ?? english) : english;
    return template.replace(/\{(\d+)\}/g, (whole, index: string) =>
      index in args ? String(args[Number(index)]) : whole,
    );
  };
}
