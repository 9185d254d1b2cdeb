import type { Rule } from './rule';
import { credentialFields, isPlaceholder, PLACEHOLDER } from './model';

export const realPassword: Rule = {
  id: 'real-password',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A password field holds something other than the placeholder xxx.',
    fi: 'Salasanakentässä on muuta kuin paikkamerkki xxx.',
  },
  check({ config, report }) {
    for (const field of credentialFields(config)) {
      if (field.kind !== 'password' || typeof field.value !== 'string') continue;
      if (field.value === '' || isPlaceholder(field.value)) continue;
      // The value itself never goes into a message: it may be a real password.
      report({
        target: { at: 'value', path: field.path },
        message: {
          en: `Never store a real password here: Nova expects the placeholder ${PLACEHOLDER} (${field.screen.en}).`,
          fi: `Älä tallenna tähän oikeaa salasanaa: Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${field.screen.fi}).`,
        },
        fix: {
          title: {
            en: `Replace the password with ${PLACEHOLDER}`,
            fi: `Korvaa salasana merkeillä ${PLACEHOLDER}`,
          },
          action: { kind: 'set', path: field.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
