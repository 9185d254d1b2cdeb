/**
 * Which Nova a file describes (docs/contract.md §2): one in Visma's hosted service, sending
 * through Visma's relay (the default: files without `profile` mean it), or one that sends through
 * the company's own mail service (`"profile": "ownServer"`).
 */
import { isObject, objectAt, stringAt } from '../config/model';
import { providerOf } from './providers';

export type Profile = 'hosted' | 'ownServer';

/**
 * How an own server takes the login (the file's `smtp.authentication`): `password` (the account's
 * own, the default), `appPassword` (one made for Nova, as Google requires) or `none` (no login: a
 * relay connector that knows the office's IP address).
 */
export type Authentication = 'password' | 'appPassword' | 'none';
export const AUTHENTICATIONS: readonly Authentication[] = ['password', 'appPassword', 'none'];

export function profileOf(config: unknown): Profile {
  return isObject(config) && config.profile === 'ownServer' ? 'ownServer' : 'hosted';
}

/** The hosted service never logs in (its credentials are the xxx placeholders). */
export function authenticationOf(config: unknown): Authentication {
  if (profileOf(config) === 'hosted') return 'none';
  const value = stringAt(objectAt(config, 'smtp'), 'authentication');
  return (AUTHENTICATIONS as readonly string[]).includes(value ?? '')
    ? (value as Authentication)
    : 'password';
}

/**
 * A file without the own-server profile whose server is a mail service's (Microsoft 365, Google):
 * most likely an own-server Nova whose profile is missing. The hosted rules still report its values,
 * but fix none of them: which Nova is meant is the user's to say.
 */
export function namesAMailService(config: unknown): boolean {
  if (profileOf(config) !== 'hosted') return false;
  const server = stringAt(objectAt(config, 'smtp'), 'server');
  return server !== undefined && providerOf(server).id !== 'other';
}
