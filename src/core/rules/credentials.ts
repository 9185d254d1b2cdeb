/** Where the file holds something other than the placeholder in a credential field. */
import type { FixAction, JsonPath, Localized, Target } from '../types';
import {
  credentialFieldAt,
  credentialFields,
  looksLikeCredential,
  PLACEHOLDER,
  personsOf,
  someCredentialField,
  stringAt,
} from '../config/model';
import type { RuleContext } from './rule';
import { visitValues } from './values';

export interface RealCredential {
  label: Localized;
  screen: Localized;
  value: unknown;
  target: Target;
  fix: FixAction;
  /** The value hides behind a later duplicate key: JSON readers ignore it, the file still holds it. */
  shadowed: boolean;
  /** For a person's field: that person's Käyttäjätunnus (Citrix ID). */
  citrixId: string | undefined;
}

/** One at a time (a generator): a file of 270,000 real passwords does not hold them all in a list. */
export function realCredentials(
  context: RuleContext,
  kind: 'username' | 'password',
): Iterable<RealCredential> {
  // A clean file has none: looked for before a generator is made (it was a tenth of a typical
  // file's allocations).
  const any =
    context.shadowedValues().length > 0 ||
    someCredentialField(context.config, (value, ofKind) => ofKind === kind && looksLikeCredential(value));
  return any ? eachRealCredential(context, kind) : [];
}

function* eachRealCredential(context: RuleContext, kind: 'username' | 'password'): Generator<RealCredential> {
  for (const field of credentialFields(context.config)) {
    if (field.kind !== kind || !looksLikeCredential(field.value)) continue;
    yield {
      label: field.label,
      screen: field.screen,
      value: field.value,
      target: { at: 'value', path: field.path },
      fix: { kind: 'set', path: field.path, value: PLACEHOLDER },
      shadowed: false,
      citrixId: field.citrixId,
    };
  }
  for (const shadowed of context.shadowedValues()) {
    const field = credentialFieldAt(shadowed.path);
    if (field?.kind !== kind || !looksLikeCredential(shadowed.value)) continue;
    const index = shadowed.path[1];
    const person =
      typeof index === 'number' ? personsOf(context.config).find((view) => view.index === index) : undefined;
    yield {
      label: field.label,
      screen: field.screen,
      value: shadowed.value,
      target: { at: 'offset', offset: shadowed.offset, length: shadowed.length },
      fix: { kind: 'replace-shadowed', offset: shadowed.offset, length: shadowed.length, value: PLACEHOLDER },
      shadowed: true,
      citrixId: stringAt(person?.email, 'username'),
    };
  }
}

/**
 * A key whose name says password (or another secret), in any language Nova's users write:
 * `smtpPassword`, `PWD`, `salasana`, `secret`, `token`.
 */
const SAYS_PASSWORD = /pass(word|wd|phrase)|salasana|secret|salaisuus|token|^pwd$|^pass$/i;

/** The verdicts on keys met before: every file spells the same few dozen (at most this many kept). */
const SAYS_PASSWORD_SEEN = new Map<string, boolean>();
const SEEN_AT_MOST = 1000;
const KEPT_KEY_LENGTH = 64;

function saysPassword(key: string): boolean {
  // A long key is tested each time: kept, a thousand of them could hold megabytes (a helper's finding).
  if (key.length > KEPT_KEY_LENGTH) return SAYS_PASSWORD.test(key);
  let says = SAYS_PASSWORD_SEEN.get(key);
  if (says === undefined) {
    says = SAYS_PASSWORD.test(key);
    if (SAYS_PASSWORD_SEEN.size >= SEEN_AT_MOST) SAYS_PASSWORD_SEEN.clear();
    SAYS_PASSWORD_SEEN.set(key, says);
  }
  return says;
}

export function passwordsUnderOtherKeys(config: unknown): { path: JsonPath; key: string }[] {
  const found: { path: JsonPath; key: string }[] = [];
  visitValues(config, (value, key, trail) => {
    if (typeof key !== 'string' || !saysPassword(key)) return true;
    // Nova's own credential fields are realCredentials' (placeholders allowed where Nova has them).
    if (credentialFieldAt(trail.above, key) !== undefined) return true;
    if (looksLikeCredential(value)) found.push({ path: trail.pathTo(key), key });
    return false;
  });
  return found;
}

/** Said after a credential found under an earlier duplicate key (real-password, real-username). */
export const SHADOWED_NOTE = {
  en: ' This earlier duplicate key is ignored by JSON readers, but the file still holds the value.',
  fi: ' JSON-lukijat ohittavat tämän aiemman kaksoisavaimen, mutta arvo on silti tiedostossa.',
};
