/** Schema validation with the validator generated at build time, and its errors in plain words. */
import { pointerToPath } from '../json/pointer';
import { inBothLanguages, type Message } from '../catalog';
import { MESSAGES, msg, type MessageId } from '../messages';
import type { JsonPath, Target } from '../types';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type GeneratedValidator = ((data: unknown, where?: { instancePath: string }) => boolean) & {
  errors?: AjvError[] | null;
};

/** Where a person is validated from: given, not left to the validator's default `{}` (one a person). */
const AT_ITS_ROOT = Object.freeze({ instancePath: '' });

// eslint-disable-next-line @typescript-eslint/no-require-imports
const validators = require('./validate-schema.generated.js') as {
  root: GeneratedValidator;
  person: GeneratedValidator;
};

export interface SchemaViolation {
  /** For a missing or unknown property: that property's path, as rules report it. */
  target: Exclude<Target, { at: 'offset' }>;
  message: Message;
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
    if (!validators.person(person, AT_ITS_ROOT)) describeAll(validators.person.errors, `/persons/${index}`);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_NAMES: Record<string, MessageId> = {
  string: 'type.string',
  integer: 'type.integer',
  number: 'type.number',
  boolean: 'type.boolean',
  object: 'type.object',
  array: 'type.array',
  null: 'type.null',
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
        message: msg('schema.missing', { key }),
      };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return {
        target: { at: 'key', path: [...path, key] },
        message: msg('schema.not-allowed', { key }),
      };
    }
    case 'false schema': {
      const key = String(path[path.length - 1]);
      return {
        target: { at: 'key', path },
        message: msg('schema.person-register-only', { key }),
      };
    }
    case 'type': {
      const id = TYPE_NAMES[String(p.type)];
      const type = id ? inBothLanguages(MESSAGES, msg(id)) : String(p.type);
      return at(path, msg('schema.type', { type }));
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return at(path, msg('schema.enum', { allowed }));
    }
    case 'format':
    case 'pattern':
      return at(path, msg('schema.email'));
    case 'minLength':
      return at(path, msg('schema.empty'));
    case 'minimum':
      return at(path, msg('schema.minimum', { limit: String(p.limit) }));
    case 'maximum':
      return at(path, msg('schema.maximum', { limit: String(p.limit) }));
    case 'uniqueItems': {
      const later = Number(p.i);
      return at([...path, later], msg('schema.unique', { other: Number(p.j) + 1 }));
    }
    default: {
      return at(path, msg('schema.other', { text: error.message ?? error.keyword }));
    }
  }
}

function at(path: JsonPath, message: Message): SchemaViolation {
  return { target: { at: 'value', path }, message };
}
