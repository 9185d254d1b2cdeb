import { realCredentials, withShadowedNote, type RealCredential } from './credentials';
import { CITRIX_ID, PLACEHOLDER, personsOf, stringAt } from './model';
import type { Rule } from './rule';
import type { Localized } from '../types';

export const realUsername: Rule = {
  id: 'real-username',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'An SMTP username field holds something other than the placeholder xxx.',
    fi: 'SMTP-käyttäjätunnuskentässä on muuta kuin paikkamerkki xxx.',
  },
  check(context) {
    let citrixIds: Set<string> | undefined; // only needed once a real username turns up
    const isSomeonesCitrixId = (value: string) =>
      (citrixIds ??= new Set(
        personsOf(context.config).flatMap((view) => stringAt(view.email, 'username')?.toLowerCase() ?? []),
      )).has(value.toLowerCase());
    for (const found of realCredentials(context, 'username')) {
      const holds = whatItHolds(found, isSomeonesCitrixId);
      context.report({
        target: found.target,
        message: () =>
          withShadowedNote(
            {
              en: `${found.label.en} holds ${holds.en}: never your own username; Nova expects the placeholder ${PLACEHOLDER} (${found.screen.en}).`,
              fi: `${found.label.fi} sisältää ${holds.fi}: ei koskaan omaa tunnusta; Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${found.screen.fi}).`,
            },
            found.shadowed,
          ),
        fix: {
          title: () => ({
            en: `Replace the username with ${PLACEHOLDER}`,
            fi: `Korvaa käyttäjätunnus merkeillä ${PLACEHOLDER}`,
          }),
          action: found.fix,
        },
      });
    }
  },
};

/** What kind of value it is, never the value itself. */
function whatItHolds(found: RealCredential, isSomeonesCitrixId: (value: string) => boolean): Localized {
  const value = found.value;
  if (typeof value !== 'string') return { en: 'a value', fi: 'arvon' };
  if (value.includes('@')) return { en: 'an e-mail address', fi: 'sähköpostiosoitteen' };
  if (CITRIX_ID.test(value)) {
    if (found.citrixId !== undefined && value.toLowerCase() === found.citrixId.toLowerCase())
      return { en: "the person's Citrix ID", fi: 'henkilön Citrix-tunnuksen' };
    if (isSomeonesCitrixId(value)) return { en: 'a Citrix ID', fi: 'Citrix-tunnuksen' };
  }
  return { en: 'a username', fi: 'käyttäjätunnuksen' };
}
