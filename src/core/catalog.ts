/**
 * The one way nova-mail words anything, in the core, the CLI and the extension alike: a catalog
 * of message ids, each with an English and a Finnish template, and one formatter. A template names
 * its arguments (`{port}`); one with a plural form is `{ one, other }`, picked by the argument
 * `count` (English and Finnish both say one for 1 and other for anything else, 0 included). An
 * argument may itself be a text in both languages (a field's label). Tests assert ids and
 * arguments, never prose.
 *
 * Why our own and not @vscode/l10n: the core and the CLI run outside VS Code and choose the
 * language per call (`--lang`, `novaMail.language`), often both languages at once (a message a
 * user may switch); @vscode/l10n loads one bundle for the process, keyed by the English text.
 */
import type { Lang, Localized, PlainData } from './types';

export type Template = string | { one: string; other: string };
export type Entry = Record<Lang, Template>;
export type Catalog = Readonly<Record<string, Entry>>;

/** An argument: plain, a text in both languages, or a message of the same catalog (nested). */
export type Value = string | number | Localized | Message;
export type Data = Readonly<Record<string, Value>>;

/** What is to be said: an id of a catalog, and its arguments. */
export interface Message {
  id: string;
  data?: Data;
}

/** The message in one language. An id the catalog lacks is a mistake: it throws. */
export function formatMessage(catalog: Catalog, message: Message, lang: Lang): string {
  const entry = catalog[message.id];
  if (!entry) throw new Error(`no message "${message.id}" in the catalog`);
  const data = message.data ?? {};
  const template = entry[lang];
  const chosen = typeof template === 'string' ? template : data.count === 1 ? template.one : template.other;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(valueIn(catalog, data[name], lang)) : whole,
  );
}

export type { PlainData };

export function dataIn(catalog: Catalog, data: Data | undefined, lang: Lang): PlainData | undefined {
  if (!data) return undefined;
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => [name, valueIn(catalog, value, lang)]),
  );
}

function valueIn(catalog: Catalog, value: Value, lang: Lang): string | number {
  if (typeof value !== 'object') return value;
  return 'id' in value ? formatMessage(catalog, value, lang) : value[lang];
}

/** The message in both languages (for what is shown later, in a language chosen then). */
export function inBothLanguages(catalog: Catalog, message: Message): Localized {
  return { en: formatMessage(catalog, message, 'en'), fi: formatMessage(catalog, message, 'fi') };
}
