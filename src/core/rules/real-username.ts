import type { Rule } from './rule';
import { credentialFields, isPlaceholder, personsOf, PLACEHOLDER, stringAt } from './model';

export const realUsername: Rule = {
  id: 'real-username',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'An SMTP username field holds something other than the placeholder xxx.',
    fi: 'SMTP-käyttäjätunnuskentässä on muuta kuin paikkamerkki xxx.',
  },
  check({ config, report }) {
    let citrixIds: Set<string> | undefined; // only needed once a real username turns up
    const isSomeonesCitrixId = (value: string) =>
      (citrixIds ??= new Set(
        personsOf(config).flatMap((view) => stringAt(view.email, 'username')?.toLowerCase() ?? []),
      )).has(value);
    for (const field of credentialFields(config)) {
      if (field.kind !== 'username' || typeof field.value !== 'string') continue;
      if (field.value === '' || isPlaceholder(field.value)) continue;
      const value = field.value.toLowerCase();
      const isCitrixId =
        field.citrixId !== undefined ? value === field.citrixId.toLowerCase() : isSomeonesCitrixId(value);
      report({
        target: { at: 'value', path: field.path },
        message: isCitrixId
          ? {
              en: `This is a Citrix ID: the SMTP username must be the placeholder ${PLACEHOLDER}, never your own username (${field.screen.en}).`,
              fi: `Tämä on Citrix-tunnus: SMTP-käyttäjätunnukseksi kuuluu paikkamerkki ${PLACEHOLDER}, ei koskaan oma tunnus (${field.screen.fi}).`,
            }
          : {
              en: `Never store a real username here: Nova expects the placeholder ${PLACEHOLDER} (${field.screen.en}).`,
              fi: `Älä tallenna tähän oikeaa käyttäjätunnusta: Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${field.screen.fi}).`,
            },
        fix: {
          title: {
            en: `Replace the username with ${PLACEHOLDER}`,
            fi: `Korvaa käyttäjätunnus merkeillä ${PLACEHOLDER}`,
          },
          action: { kind: 'set', path: field.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
