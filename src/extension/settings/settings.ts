import * as vscode from 'vscode';
import type { Lang, LintOptions, SeveritySetting } from '../../core';
import { core } from '../core';
import type { SettingKey } from './settings-descriptor';

/**
 * One setting, typed. Its default is the manifest's, which VS Code returns when none is set: the
 * manifest is generated from the one descriptor (settings-descriptor.ts), which stays out of the
 * bundles (its English and Finnish descriptions were 8 KB of each).
 */
export function setting<T>(key: SettingKey, scope?: vscode.Uri): T {
  return vscode.workspace.getConfiguration(undefined, scope).get(key) as T;
}

export type LanguageSetting = 'auto' | Lang;

export interface EditorSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  language: LanguageSetting;
  /** The language messages are shown in: the setting, or VS Code's display language. */
  lang: Lang;
  /** Whether VS Code's JSON support shows syntax, duplicate-key and schema problems for the file. */
  jsonValidation: boolean;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const language = setting<string>('novaMail.language', scope);
  const languageSetting: LanguageSetting = language === 'en' || language === 'fi' ? language : 'auto';
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(
    setting<Record<string, unknown>>('novaMail.rules', scope) ?? {},
  )) {
    if (
      core().CONFIGURABLE_RULE_IDS.includes(id) &&
      typeof severity === 'string' &&
      SEVERITIES.includes(severity)
    ) {
      rules[id] = severity as SeveritySetting;
    }
  }
  return {
    enable: setting<boolean>('novaMail.enable', scope),
    run: setting<string>('novaMail.run', scope) === 'onSave' ? 'onSave' : 'onType',
    rules,
    language: languageSetting,
    lang: langOf(languageSetting),
    jsonValidation: vscode.workspace.getConfiguration('json', scope).get<boolean>('validate.enable', true),
  };
}

/** The workspace folder whose settings apply to a file ('' outside every folder): resource settings vary by it only. */
export function folderKey(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
}

/**
 * readSettings for many files at once: settings differ per workspace folder at most (resource
 * settings have no finer scope), so each folder's are read once.
 */
export function settingsPerFolder(): (uri: vscode.Uri) => EditorSettings {
  const byFolder = new Map<string, EditorSettings>();
  // Files of one directory are in the same workspace folder: asking the host which one took
  // 24-84 µs a file (a workspace scan of 1,000 files, 3 runs), a Map lookup by directory far less.
  const byDirectory = new Map<string, EditorSettings>();
  return (uri) => {
    const { scheme, authority, path } = uri;
    const directory = `${scheme}://${authority}${path.slice(0, path.lastIndexOf('/') + 1)}`;
    let settings = byDirectory.get(directory);
    if (settings) return settings;
    const folder = folderKey(uri);
    settings = byFolder.get(folder);
    if (!settings) byFolder.set(folder, (settings = readSettings(uri)));
    byDirectory.set(directory, settings);
    return settings;
  };
}

export function lintOptions(settings: EditorSettings): LintOptions {
  return { lang: settings.lang, rules: settings.rules };
}

export interface SendSettings {
  server?: string;
  timeoutMs: number;
  confirm: boolean;
  /** novaMail.testSend.caFile as a path, when set. */
  caFile?: string;
}

export const TIMEOUT_RANGE = { min: 1000, max: 120_000 };

/** The test-send settings; a timeout outside its range (a hand-edited settings file) is brought into it. */
export function readSendSettings(uri: vscode.Uri): SendSettings {
  const server = setting<string>('novaMail.testSend.server', uri).trim();
  const { DEFAULT_TIMEOUT_MS } = core();
  const timeout = Number(setting<unknown>('novaMail.testSend.timeoutMs', uri));
  return {
    server: server === '' ? undefined : server,
    timeoutMs: Number.isFinite(timeout)
      ? Math.min(TIMEOUT_RANGE.max, Math.max(TIMEOUT_RANGE.min, Math.round(timeout)))
      : DEFAULT_TIMEOUT_MS,
    confirm: setting<boolean>('novaMail.testSend.confirm', uri) !== false,
    caFile: caFileOf(setting<string>('novaMail.testSend.caFile', uri).trim(), uri),
  };
}

/** The CA file setting as a path: relative to the file's workspace folder. */
function caFileOf(value: string, uri: vscode.Uri): string | undefined {
  if (value === '') return undefined;
  // Absolute on POSIX (/…), on Windows (C:\…, C:/…, \\server\…): as it is; else the folder's.
  if (/^(?:[/\\]|[a-zA-Z]:[/\\])/.test(value)) return value;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? vscode.Uri.joinPath(folder.uri, value).fsPath : value;
}

export interface DeliverabilitySettings {
  relay: string;
  /** As the user wrote it; empty for the system's resolvers. */
  dnsServer: string;
  /** dnsServer as the resolver takes it: undefined for the system's resolvers, or when it is not ip[:port]. */
  server?: string;
  /** dnsServer is set but is not an IP address with an optional port. */
  badServer: boolean;
}

/** The deliverability check's settings (dnsServer is restricted: untrusted workspaces cannot set it). */
export function readDeliverabilitySettings(uri: vscode.Uri | undefined): DeliverabilitySettings {
  const dnsServer = setting<string>('novaMail.deliverability.dnsServer', uri).trim();
  const server = dnsServer === '' ? undefined : core().parseDnsServer(dnsServer);
  return {
    relay: setting<string>('novaMail.deliverability.relay', uri).trim() || core().DEFAULT_RELAY,
    dnsServer,
    server,
    badServer: dnsServer !== '' && server === undefined,
  };
}

/** The language a setting means: itself, or with `auto` VS Code's display language (Finnish or else English). */
export function langOf(language: LanguageSetting): Lang {
  if (language !== 'auto') return language;
  return vscode.env.language.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
