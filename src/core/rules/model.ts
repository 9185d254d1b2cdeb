/** Typed, forgiving access to a parsed nova-mail.json: rules see only values of the right type. */
import type { JsonPath, Localized } from '../types';

export type JsonObject = Record<string, unknown>;

export const SENDER_ROLE = 'Sähköpostilähettäjä';
export const PLACEHOLDER = 'xxx';
/** A Citrix ID: the customer number, then letters (999999teptes). */
export const CITRIX_ID = /^[0-9]+[A-Za-z][A-Za-z0-9]*$/;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPlaceholder(value: string): boolean {
  return value.toLowerCase() === PLACEHOLDER;
}

export function objectAt(config: unknown, key: string): JsonObject | undefined {
  if (!isObject(config)) return undefined;
  const value = config[key];
  return isObject(value) ? value : undefined;
}

export function stringAt(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

export interface PersonView {
  index: number;
  path: JsonPath;
  person: JsonObject;
  /** The person's `email` object, when it is one. */
  email: JsonObject | undefined;
  label: Localized;
}

export function personsOf(config: unknown): PersonView[] {
  const persons = isObject(config) ? config.persons : undefined;
  if (!Array.isArray(persons)) return [];
  const views: PersonView[] = [];
  persons.forEach((person, index) => {
    if (!isObject(person)) return;
    const name = typeof person.name === 'string' && person.name.trim() !== '' ? person.name : undefined;
    views.push({
      index,
      path: ['persons', index],
      person,
      email: isObject(person.email) ? person.email : undefined,
      label: name ? { en: name, fi: name } : { en: `Person ${index + 1}`, fi: `Henkilö ${index + 1}` },
    });
  });
  return views;
}

export function rolesOf(person: JsonObject): unknown[] | undefined {
  return Array.isArray(person.roles) ? person.roles : undefined;
}

export function hasSenderRole(person: JsonObject): boolean {
  return (rolesOf(person) ?? []).some(
    (role) => typeof role === 'string' && role.normalize('NFC') === SENDER_ROLE,
  );
}

/** The sender's mode when it is one of the two known ones. */
export function senderMode(config: unknown): 'personRegister' | 'defined' | undefined {
  const mode = stringAt(objectAt(config, 'sender'), 'mode');
  return mode === 'personRegister' || mode === 'defined' ? mode : undefined;
}

export interface CredentialField {
  path: JsonPath;
  /** The object holding the field, and the key. */
  objectPath: JsonPath;
  key: string;
  kind: 'username' | 'password';
  value: unknown;
  /** Where it is entered in Nova. */
  screen: Localized;
  /** The field's label in Nova. */
  label: Localized;
  /** Whether Nova expects the field to be filled (the placeholder rule). */
  expected: boolean;
  /** The person's Citrix ID, for a person's field. */
  citrixId?: string;
}

/** The four kinds of credential fields, wherever they stand in the file. */
export function credentialFields(config: unknown): CredentialField[] {
  const fields: CredentialField[] = [];
  const sender = objectAt(config, 'sender');
  if (sender) {
    const expected = senderMode(config) === 'defined';
    const base = {
      en: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä',
      fi: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä',
    };
    for (const [key, kind, label] of [
      ['username', 'username', 'Käyttäjätunnus'],
      ['password', 'password', 'Salasana'],
    ] as const) {
      fields.push({
        path: ['sender', key],
        objectPath: ['sender'],
        key,
        kind,
        value: sender[key],
        screen: { en: `${base.en} → ${label}`, fi: `${base.fi} → ${label}` },
        label: { en: label, fi: label },
        expected,
      });
    }
  }
  for (const view of personsOf(config)) {
    if (!view.email) continue;
    const citrixId = stringAt(view.email, 'username');
    for (const [key, kind, label] of [
      ['smtpUsername', 'username', 'Käyttäjätunnus (SMTP)'],
      ['smtpPassword', 'password', 'Salasana (SMTP)'],
    ] as const) {
      fields.push({
        path: [...view.path, 'email', key],
        objectPath: [...view.path, 'email'],
        key,
        kind,
        value: view.email[key],
        screen: {
          en: `Henkilörekisteri → Sähköposti → ${label}`,
          fi: `Henkilörekisteri → Sähköposti → ${label}`,
        },
        label: { en: label, fi: label },
        expected: true,
        citrixId,
      });
    }
  }
  return fields;
}
