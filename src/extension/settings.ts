import * as vscode from 'vscode';
import { RULE_IDS, type Lang, type LintOptions, type SeveritySetting } from '../core';

export type LanguageSetting = 'auto' | Lang;

export interface EditorSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  language: LanguageSetting;
  /** The language messages are shown in: the setting, or VS Code's display language. */
  lang: Lang;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const config = vscode.workspace.getConfiguration('novaMail', scope);
  const language = config.get<string>('language', 'auto');
  const languageSetting: LanguageSetting = language === 'en' || language === 'fi' ? language : 'auto';
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(config.get<Record<string, unknown>>('rules', {}) ?? {})) {
    if (RULE_IDS.includes(id) && typeof severity === 'string' && SEVERITIES.includes(severity)) {
      rules[id] = severity as SeveritySetting;
    }
  }
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    rules,
    language: languageSetting,
    lang:
      languageSetting === 'auto'
        ? vscode.env.language.toLowerCase().startsWith('fi')
          ? 'fi'
          : 'en'
        : languageSetting,
  };
}

export function lintOptions(settings: EditorSettings): LintOptions {
  return { lang: settings.lang, rules: settings.rules };
}
