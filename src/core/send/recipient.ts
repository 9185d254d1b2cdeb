/**
 * Whether addresses and names can go into a message: the test send's plan asks, and New
 * configuration's input boxes (in the browser too) ask of what is typed. Its two messages live here,
 * so that the browser's bundle carries them without the send's whole catalog.
 */
import { formatMessage, type Catalog, type Data } from '../catalog';
import type { Lang } from '../types';
import { hasControlCharacters, isPlainAddress } from './text-safety';

export const RECIPIENT_MESSAGES = {
  'plan.header-injection': {
    en: 'Not sent: a name, subject or address contains a line break or another control character, which could forge e-mail headers.',
    fi: 'Ei lähetetty: nimessä, aiheessa tai osoitteessa on rivinvaihto tai muu ohjausmerkki, jolla voisi väärentää otsakkeita.',
  },
  'plan.not-address': {
    en: 'Not sent: "{address}" is not an e-mail address.',
    fi: 'Ei lähetetty: "{address}" ei ole sähköpostiosoite.',
  },
} as const satisfies Catalog;

export interface AddressError {
  kind: 'header-injection' | 'invalid-address';
  message: string;
}

const say = (id: keyof typeof RECIPIENT_MESSAGES, lang: Lang, data?: Data) =>
  formatMessage(RECIPIENT_MESSAGES, data ? { id, data } : { id }, lang);

/** Spaces and tabs around a typed recipient go; a line break stays, to be refused. */
export function trimRecipient(to: string): string {
  return to.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Why these addresses and names cannot go into a message: a control character (which could forge
 * headers) or something that is not a plain address. Undefined when they can.
 */
export function addressError(addresses: string[], names: string[], lang: Lang): AddressError | undefined {
  if ([...addresses, ...names].some(hasControlCharacters))
    return { kind: 'header-injection', message: say('plan.header-injection', lang) };
  const notAddress = addresses.find((address) => !isPlainAddress(address));
  if (notAddress === undefined) return undefined;
  return { kind: 'invalid-address', message: say('plan.not-address', lang, { address: notAddress }) };
}

/** What is wrong with a recipient as typed (for an input box), without planning the whole send. */
export function recipientError(to: string, lang: Lang): string | undefined {
  return addressError([trimRecipient(to)], [], lang)?.message;
}
