import { formatMessage, type Data } from '../core/catalog';
import { ALL_EXTENSION_MESSAGES, type DesktopMessageId } from './desktop-messages';
import { langOf, type LanguageSetting } from './settings/settings';

/** Says any of the extension's words, the desktop commands' too (a Say, for what takes the others). */
export type DesktopSay = (id: DesktopMessageId, data?: Data) => string;

/** As translator (l10n.ts), for the desktop's commands (desktop-messages.ts). */
export function desktopTranslator(language: LanguageSetting): DesktopSay {
  const lang = langOf(language);
  return (id, data) => formatMessage(ALL_EXTENSION_MESSAGES, data ? { id, data } : { id }, lang);
}
