/** The logins an own server takes: each sender's username field, and the address it sends as. */
import { normalizeAddress } from '../address';
import { credentialFields, stringAt, type CredentialField } from '../config/model';

export interface Login {
  field: CredentialField;
  /** The address mail is sent as with this login (the defined sender's, or the person's). */
  address: string | undefined;
}

export function loginsOf(config: unknown): Login[] {
  return credentialFields(config)
    .filter((field) => field.kind === 'username' && field.exact && field.expected)
    .map((field) => ({ field, address: stringAt(field.holder, 'address') }));
}

/** The domain of an address in the one form addresses are compared in (ASCII, lower case). */
export function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const normal = normalizeAddress(address);
  return normal.slice(normal.lastIndexOf('@') + 1);
}
