import { formatMessage, type Data } from '../core/catalog';
import { EXTENSION_MESSAGES, type ExtensionMessageId } from './messages';
import { langOf, type LanguageSetting } from './settings/settings';

/** Says one of the extension's own messages (messages.ts) in the chosen language. */
export type Say = (id: ExtensionMessageId, data?: Data) => string;

/** The translator for a language setting, bound once per operation (`auto`: VS Code's display language). */
export function translator(language: LanguageSetting): Say {
  const lang = langOf(language);
  return (id, data) => formatMessage(EXTENSION_MESSAGES, data ? { id, data } : { id }, lang);
}
