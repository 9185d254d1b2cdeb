/**
 * What the front ends need to keep an own server's password out of the file: the logins a file
 * names (to set or forget a saved password), and the password a file wrongly holds (to move it into
 * the editor's secret storage before it is replaced with the placeholder).
 */
import { JsonDocument } from '../document';
import { credentialFields, isPlaceholder, looksLikeCredential, stringAt } from '../config/model';
import { loginsOf } from './logins';
import { authenticationOf, profileOf } from './profile';

/** The usernames an own server is logged in to with, each once (none for the hosted profile). */
export function ownServerLogins(text: string): string[] {
  const config = new JsonDocument(text).parsed.value;
  if (profileOf(config) !== 'ownServer' || authenticationOf(config) === 'none') return [];
  const users = loginsOf(config).flatMap(({ field }) =>
    typeof field.value === 'string' && field.value.trim() !== '' && !isPlaceholder(field.value)
      ? [field.value.trim()]
      : [],
  );
  return users.filter(
    (user, index) => users.findIndex((u) => u.toLowerCase() === user.toLowerCase()) === index,
  );
}

export interface MisplacedPassword {
  user: string;
  password: string;
  /** Where the value starts in the text. */
  offset: number;
}

/**
 * The real passwords an own-server file holds in its credential fields, each with the login it
 * belongs to (the username beside it): what Fix all must move to the secret storage (the editor)
 * or name (the CLI) before it replaces them with the placeholder.
 */
export function misplacedPasswords(text: string): MisplacedPassword[] {
  const document = new JsonDocument(text);
  const config = document.parsed.value;
  if (profileOf(config) !== 'ownServer') return [];
  const found: MisplacedPassword[] = [];
  for (const field of credentialFields(config)) {
    if (field.kind !== 'password' || typeof field.value !== 'string' || !looksLikeCredential(field.value))
      continue;
    const login = field.objectPath[0] === 'sender' ? 'username' : 'smtpUsername';
    const user = stringAt(field.holder, login)?.trim();
    if (!user || isPlaceholder(user)) continue;
    const { offset } = document.resolve({ at: 'value', path: field.path });
    found.push({ user, password: field.value, offset });
  }
  return found;
}

/**
 * The real password whose value starts at `offset` in an own-server file, with the login it
 * belongs to (the username beside it); undefined when there is no such pair.
 */
export function passwordAt(text: string, offset: number): { user: string; password: string } | undefined {
  const found = misplacedPasswords(text).find((password) => password.offset === offset);
  return found ? { user: found.user, password: found.password } : undefined;
}
