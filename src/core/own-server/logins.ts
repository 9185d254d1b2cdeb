/** The logins an own server takes: each sender's username field, and the address it sends as. */
import { credentialFields, isObject, stringAt, type CredentialField, type JsonObject } from '../rules/model';

export interface Login {
  field: CredentialField;
  /** The address mail is sent as with this login (the defined sender's, or the person's). */
  address: string | undefined;
}

export function loginsOf(config: unknown): Login[] {
  return credentialFields(config)
    .filter((field) => field.kind === 'username' && field.exact && field.expected)
    .map((field) => ({ field, address: stringAt(objectAtPath(config, field.objectPath), 'address') }));
}

function objectAtPath(config: unknown, path: readonly (string | number)[]): JsonObject | undefined {
  let at: unknown = config;
  for (const step of path)
    at =
      typeof step === 'number'
        ? Array.isArray(at)
          ? at[step]
          : undefined
        : isObject(at)
          ? at[step]
          : undefined;
  return isObject(at) ? at : undefined;
}

/** The domain of an address, lower case, or undefined when it is not one. */
export function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1
    ? address
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .normalize('NFC')
    : undefined;
}
