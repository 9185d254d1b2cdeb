/** Typed, forgiving access to a parsed nova-mail.json: rules see only values of the right type. */
import type { JsonPath, Localized } from '../types';

export type JsonObject = Record<string, unknown>;

export { CITRIX_ID, PLACEHOLDER, SENDER_ROLE } from '../nova';
import { PLACEHOLDER, SENDER_ROLE, SCREEN } from '../nova';
import { inBothLanguages } from '../catalog';
import { MESSAGES, msg } from '../messages';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPlaceholder(value: string): boolean {
  return (
    value === PLACEHOLDER || (value.length === PLACEHOLDER.length && value.toLowerCase() === PLACEHOLDER)
  );
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

/** One person of `persons`. Paths and labels are built only when a rule reports something. */
export class PersonView {
  constructor(
    readonly index: number,
    readonly person: JsonObject,
    /** The person's `email` object, when it is one. */
    readonly email: JsonObject | undefined,
  ) {}

  get path(): JsonPath {
    return ['persons', this.index];
  }

  get label(): Localized {
    const name = this.person.name;
    if (typeof name === 'string' && name.trim() !== '') return { en: name, fi: name };
    return inBothLanguages(MESSAGES, msg('person.unnamed', { number: this.index + 1 }));
  }
}

/**
 * Several rules walk the persons, and three the credential fields: each is made once per parsed
 * file (a file of 270,000 persons made them a dozen times over). Kept for the last file only, not
 * in a WeakMap: lint checks one file after another, and a WeakMap's entries made every young
 * collection of a 10,000-file run trace them (a quarter of its time was the collector's).
 */
let viewsOf: object | undefined;
let persons: PersonView[] | undefined;
let credentials: CredentialField[] | undefined;
let keeping = false;

/**
 * Keeps the views of the file being checked from now on (lint, while its rules run), or stops and
 * lets go of them. Others make them each time: kept after they are done, a large file stayed
 * alive (a helper's finding: 15 MB more after a summary).
 */
export function keepViews(on: boolean): void {
  keeping = on;
  viewsOf = persons = credentials = undefined;
}

/** Whether views are kept and these are this file's (after letting go of another file's). */
function sameFile(config: unknown): config is object {
  if (!keeping || !isObject(config)) return false;
  if (config !== viewsOf) {
    viewsOf = config;
    persons = credentials = undefined;
  }
  return true;
}

/** The file's persons that are objects (do not change the list: it is shared). */
export function personsOf(config: unknown): readonly PersonView[] {
  return sameFile(config) ? (persons ??= listPersons(config)) : listPersons(config);
}

function listPersons(config: unknown): PersonView[] {
  const persons = isObject(config) ? config.persons : undefined;
  if (!Array.isArray(persons)) return [];
  const views: PersonView[] = [];
  for (let index = 0; index < persons.length; index++) {
    const person: unknown = persons[index];
    if (!isObject(person)) continue;
    views.push(new PersonView(index, person, isObject(person.email) ? person.email : undefined));
  }
  return views;
}

export function rolesOf(person: JsonObject): unknown[] | undefined {
  return Array.isArray(person.roles) ? person.roles : undefined;
}

export function hasSenderRole(person: JsonObject): boolean {
  // Compared as written first: normalizing makes a new string, and every person has roles.
  return (rolesOf(person) ?? []).some(
    (role) => role === SENDER_ROLE || (typeof role === 'string' && role.normalize('NFC') === SENDER_ROLE),
  );
}

/** The sender's mode when it is one of the two known ones. */
export function senderMode(config: unknown): 'personRegister' | 'defined' | undefined {
  const mode = stringAt(objectAt(config, 'sender'), 'mode');
  return mode === 'personRegister' || mode === 'defined' ? mode : undefined;
}

const SENDER_SCREEN = SCREEN.sender;
const PERSON_SCREEN = SCREEN.persons;

export interface FieldKind {
  key: string;
  kind: 'username' | 'password';
  /** The field's label in Nova. */
  label: Localized;
  /** Where it is entered in Nova. */
  screen: Localized;
}

function fieldKind(key: string, kind: 'username' | 'password', label: string, screen: string): FieldKind {
  const where = `${screen} → ${label}`;
  return { key, kind, label: { en: label, fi: label }, screen: { en: where, fi: where } };
}

// Built once: a file with thousands of persons must not rebuild these texts for every field.
const SENDER_FIELDS = [
  fieldKind('username', 'username', 'Käyttäjätunnus', SENDER_SCREEN),
  fieldKind('password', 'password', 'Salasana', SENDER_SCREEN),
];
const PERSON_FIELDS = [
  fieldKind('smtpUsername', 'username', 'Käyttäjätunnus (SMTP)', PERSON_SCREEN),
  fieldKind('smtpPassword', 'password', 'Salasana (SMTP)', PERSON_SCREEN),
];

/** One of the four credential fields, of the defined sender or of a person's e-mail settings. */
export class CredentialField {
  constructor(
    private readonly field: FieldKind,
    /** The person's index, or undefined for the sender's own fields. */
    private readonly personIndex: number | undefined,
    /** The object holding the field: the sender, or the person's `email`. */
    readonly holder: JsonObject,
    /** Whether Nova expects the field to be filled (the placeholder rule). */
    readonly expected: boolean,
    /** The person's Käyttäjätunnus (Citrix ID), for a person's field. */
    readonly citrixId: string | undefined,
    /** The key as the file spells it, when in another letter case (`SmtpPassword`): still a credential. */
    private readonly spelled: string = field.key,
  ) {}

  get key(): string {
    return this.spelled;
  }
  get value(): unknown {
    return this.holder[this.spelled];
  }
  /** The key as Nova names it, not in another letter case. */
  get exact(): boolean {
    return this.spelled === this.field.key;
  }
  get kind(): 'username' | 'password' {
    return this.field.kind;
  }
  get label(): Localized {
    return this.field.label;
  }
  get screen(): Localized {
    return this.field.screen;
  }
  /** The object holding the field. */
  get objectPath(): JsonPath {
    return this.personIndex === undefined ? ['sender'] : ['persons', this.personIndex, 'email'];
  }
  get path(): JsonPath {
    return [...this.objectPath, this.spelled];
  }
}

/**
 * The four kinds of credential fields, wherever they stand in the file; a key that names one in
 * another letter case (`SmtpPassword`, `PASSWORD`) is a credential too, though Nova would not read it.
 */
export function credentialFields(config: unknown): readonly CredentialField[] {
  return sameFile(config) ? (credentials ??= listCredentialFields(config)) : listCredentialFields(config);
}

/**
 * Whether `test` holds for one of the credential fields that credentialFields lists, asked without
 * making the list: a clean file has nothing to report, and its lint need not make two objects a
 * person (2 MB, and a fifth of the collector's work, in a 10,000-person file).
 */
export function someCredentialField(
  config: unknown,
  test: (value: unknown, kind: 'username' | 'password', expected: boolean) => boolean,
): boolean {
  return eachCredentialField(config, (field, _personIndex, holder, expected, _citrixId, spelled) =>
    test(holder[spelled], field.kind, expected),
  );
}

function listCredentialFields(config: unknown): CredentialField[] {
  const fields: CredentialField[] = [];
  eachCredentialField(config, (field, personIndex, holder, expected, citrixId, spelled) => {
    fields.push(new CredentialField(field, personIndex, holder, expected, citrixId, spelled));
    return false;
  });
  return fields;
}

/** Hands each credential field's parts to `visit`, in the file's order, until one returns true. */
function eachCredentialField(
  config: unknown,
  visit: (
    field: FieldKind,
    personIndex: number | undefined,
    holder: JsonObject,
    expected: boolean,
    citrixId: string | undefined,
    spelled: string,
  ) => boolean,
): boolean {
  // Indexed loops, not for…of: with several visitors V8 kept an iterator's result per step (1.5 MB
  // in a 10,000-person file).
  const sender = objectAt(config, 'sender');
  if (sender) {
    const expected = senderMode(config) === 'defined';
    for (let kind = 0; kind < SENDER_FIELDS.length; kind++) {
      const field = SENDER_FIELDS[kind];
      if (visit(field, undefined, sender, expected, undefined, field.key)) return true;
    }
    if (otherlyCased(sender, SENDER_FIELDS, undefined, undefined, visit)) return true;
  }
  const persons = personsOf(config);
  for (let index = 0; index < persons.length; index++) {
    const view = persons[index];
    const email = view.email;
    if (!email) continue;
    const citrixId = stringAt(email, 'username');
    for (let kind = 0; kind < PERSON_FIELDS.length; kind++) {
      const field = PERSON_FIELDS[kind];
      if (visit(field, view.index, email, true, citrixId, field.key)) return true;
    }
    if (otherlyCased(email, PERSON_FIELDS, view.index, citrixId, visit)) return true;
  }
  return false;
}

const BY_LOWER_CASE = new Map([...SENDER_FIELDS, ...PERSON_FIELDS].map((f) => [f.key.toLowerCase(), f.key]));
/** The lengths of the fields' names: a key whose lower case is one of them is as long (K, the Kelvin sign, too). */
const MAY_NAME_A_FIELD = new Set([...SENDER_FIELDS, ...PERSON_FIELDS].map((f) => f.key.length));
const NOVA_NAMES = new Set(BY_LOWER_CASE.values());
/** The first letters of the fields' names, in lower case (an ASCII letter's code `| 0x20`). */
const FIRST_LETTERS = new Set([...BY_LOWER_CASE.keys()].map((name) => name.charCodeAt(0)));

/** Visits the object's keys that name one of `kinds` in another letter case, until a visit returns true. */
function otherlyCased(
  object: JsonObject,
  kinds: readonly FieldKind[],
  personIndex: number | undefined,
  citrixId: string | undefined,
  visit: Parameters<typeof eachCredentialField>[1],
): boolean {
  for (const key in object) {
    const nova = novaKeyInOtherCase(key);
    if (nova === undefined) continue;
    // Own keys only, as the walk of every value reads them: a key another extension put on
    // Object.prototype (SmtpPassword) is no field of the file. Asked of the rare key that names a
    // field in another case: asked of every key it was 0.5-0.75 ms of a 10,000-person lint (23 ms).
    if (!Object.hasOwn(object, key)) continue;
    const field = kinds.find((kind) => kind.key === nova);
    if (field && visit(field, personIndex, object, false, citrixId, key)) return true;
  }
  return false;
}

/** The field's name that `key` spells in another letter case (`SmtpPassword`), if any. */
function novaKeyInOtherCase(key: string): string | undefined {
  // Most keys are not as long as any field's name, and most that are are the name or start with
  // another letter (novaUsername): no lower case made. A key starting with a character past ASCII
  // is lowered: one (the Kelvin sign) lowers to an ASCII letter.
  if (!MAY_NAME_A_FIELD.has(key.length) || NOVA_NAMES.has(key)) return undefined;
  const first = key.charCodeAt(0);
  if (first < 0x80 && !FIRST_LETTERS.has(first | 0x20)) return undefined;
  return BY_LOWER_CASE.get(key.toLowerCase());
}

/**
 * The credential field a path names (sender.password, persons[2].email.SmtpUsername...), if any;
 * or the path of its object and the key, apart (a walk of every value need not make the path).
 */
export function credentialFieldAt(
  path: readonly (string | number)[],
  key?: string | number,
): FieldKind | undefined {
  const depth = key === undefined ? path.length - 1 : path.length;
  const last = key === undefined ? path[depth] : key;
  if (depth === 1 && path[0] === 'sender') return kindNamed(SENDER_FIELDS, last);
  if (depth === 3 && path[0] === 'persons' && typeof path[1] === 'number' && path[2] === 'email')
    return kindNamed(PERSON_FIELDS, last);
  return undefined;
}

/** The one of `kinds` that `key` names in any letter case. */
function kindNamed(kinds: readonly FieldKind[], key: string | number | undefined): FieldKind | undefined {
  if (typeof key !== 'string') return undefined;
  const nova = NOVA_NAMES.has(key) ? key : novaKeyInOtherCase(key);
  return kinds.find((kind) => kind.key === nova);
}

/**
 * Whether a credential field's value could be a real credential: anything but the placeholder or
 * an empty string. A number counts (a PIN is a password), and so does any such value inside an
 * object or a list (`{"value": "…"}` hides a password as well as a string does).
 */
export function looksLikeCredential(value: unknown): boolean {
  // The usual value, a string, without the list the walk below needs.
  if (typeof value === 'string') return value !== '' && !isPlaceholder(value);
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current !== '' && !isPlaceholder(current)) return true;
    } else if (typeof current === 'number') {
      return true;
    } else if (current !== null && typeof current === 'object') {
      const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
      stack.push(...children);
    }
  }
  return false;
}
