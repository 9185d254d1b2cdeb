/** Schema validation with the validator generated at build time, and its errors in plain words. */
import { pointerToPath } from '../json/pointer';
import type { JsonPath, Localized, Target } from '../types';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const validators = require('./validate-schema.generated.js') as {
  root: GeneratedValidator;
  person: GeneratedValidator;
};

export interface SchemaViolation {
  /** For a missing or unknown property: that property's path, as rules report it. */
  target: Exclude<Target, { at: 'offset' }>;
  message: Localized;
}

/**
 * Every violation of the schema, handed to `report` as found. The persons are validated one at a
 * time (the root with its `persons` list empty, then each item), so that ajv never holds the errors
 * of a whole file of broken persons at once; the paths are the same as one pass gives.
 */
export function validate(value: unknown, report: (violation: SchemaViolation) => void): void {
  const persons = isObject(value) && Array.isArray(value.persons) ? value.persons : undefined;
  const describeAll = (errors: readonly AjvError[] | null | undefined, prefix: string) => {
    for (const error of errors ?? []) {
      const violation = describe({ ...error, instancePath: prefix + error.instancePath }, value);
      if (violation) report(violation);
    }
  };
  const root = persons ? { ...(value as Record<string, unknown>), persons: [] } : value;
  if (!validators.root(root)) describeAll(validators.root.errors, '');
  persons?.forEach((person, index) => {
    if (!validators.person(person)) describeAll(validators.person.errors, `/persons/${index}`);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { en: 'a string', fi: 'merkkijono' },
  integer: { en: 'a whole number', fi: 'kokonaisluku' },
  number: { en: 'a number', fi: 'luku' },
  boolean: { en: 'true or false', fi: 'true tai false' },
  object: { en: 'an object { }', fi: 'objekti { }' },
  array: { en: 'a list [ ]', fi: 'lista [ ]' },
  null: { en: 'null', fi: 'null' },
};

function describe(error: AjvError, root: unknown): SchemaViolation | undefined {
  const path = pointerToPath(error.instancePath, root);
  const p = error.params;
  switch (error.keyword) {
    case 'if':
      return undefined; // ajv's summary of a failed then-branch; the branch's own errors say it
    case 'required': {
      const key = String(p.missingProperty);
      return {
        target: { at: 'missing', path: [...path, key] },
        message: { en: `Missing property "${key}".`, fi: `Ominaisuus "${key}" puuttuu.` },
      };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return {
        target: { at: 'key', path: [...path, key] },
        message: {
          en: `Property "${key}" is not allowed here.`,
          fi: `Ominaisuus "${key}" ei kuulu tähän.`,
        },
      };
    }
    case 'false schema': {
      const key = String(path[path.length - 1]);
      return {
        target: { at: 'key', path },
        message: {
          en: `"${key}" is not used with sender mode "personRegister": remove it.`,
          fi: `"${key}" ei kuulu lähettäjätilaan "personRegister": poista se.`,
        },
      };
    }
    case 'type': {
      const name = TYPE_NAMES[String(p.type)] ?? { en: String(p.type), fi: String(p.type) };
      return at(path, { en: `Expected ${name.en}.`, fi: `Tähän kuuluu ${name.fi}.` });
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return at(path, { en: `Allowed values: ${allowed}.`, fi: `Sallitut arvot: ${allowed}.` });
    }
    case 'format':
    case 'pattern':
      return at(path, {
        en: 'Not a valid e-mail address.',
        fi: 'Virheellinen sähköpostiosoite.',
      });
    case 'minLength':
      return at(path, { en: 'Must not be empty.', fi: 'Ei saa olla tyhjä.' });
    case 'minimum':
      return at(path, {
        en: `Must be at least ${String(p.limit)}.`,
        fi: `Pitää olla vähintään ${String(p.limit)}.`,
      });
    case 'maximum':
      return at(path, {
        en: `Must be at most ${String(p.limit)}.`,
        fi: `Saa olla enintään ${String(p.limit)}.`,
      });
    case 'uniqueItems': {
      const later = Number(p.i);
      return at([...path, later], {
        en: `Listed twice (also item ${Number(p.j) + 1}).`,
        fi: `Mainittu kahdesti (myös kohta ${Number(p.j) + 1}).`,
      });
    }
    default: {
      const text = error.message ?? error.keyword;
      return at(path, { en: text, fi: text });
    }
  }
}

function at(path: JsonPath, message: Localized): SchemaViolation {
  return { target: { at: 'value', path }, message };
}
