/**
 * What the front ends need to keep an own server's password out of the file: the logins a file
 * names (to set or forget a saved password), and the password a file wrongly holds (to move it into
 * the editor's secret storage before it is replaced with the placeholder).
 */
import { JsonDocument } from '../document';
import { credentialFields, isPlaceholder, looksLikeCredential, stringAt } from '../rules/model';
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

/**
 * The real password whose value starts at `offset` in an own-server file, with the login it
 * belongs to (the username beside it); undefined when there is no such pair.
 */
export function passwordAt(text: string, offset: number): { user: string; password: string } | undefined {
  const document = new JsonDocument(text);
  const config = document.parsed.value;
  if (profileOf(config) !== 'ownServer') return undefined;
  for (const field of credentialFields(config)) {
    if (field.kind !== 'password' || typeof field.value !== 'string' || !looksLikeCredential(field.value))
      continue;
    if (document.resolve({ at: 'value', path: field.path }).offset !== offset) continue;
    const login = field.objectPath[0] === 'sender' ? 'username' : 'smtpUsername';
    const user = stringAt(field.holder, login)?.trim();
    if (!user || isPlaceholder(user)) return undefined;
    return { user, password: field.value };
  }
  return undefined;
}
