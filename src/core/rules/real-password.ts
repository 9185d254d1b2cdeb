import { realCredentials, withShadowedNote } from './credentials';
import { PLACEHOLDER } from './model';
import type { Rule } from './rule';

export const realPassword: Rule = {
  id: 'real-password',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A password field holds something other than the placeholder xxx.',
    fi: 'Salasanakentässä on muuta kuin paikkamerkki xxx.',
  },
  check(context) {
    for (const found of realCredentials(context, 'password')) {
      // The value itself never goes into a message: it may be a real password.
      context.report({
        target: found.target,
        message: () =>
          withShadowedNote(
            {
              en: `${found.label.en}: never store a real password here; Nova expects the placeholder ${PLACEHOLDER} (${found.screen.en}).`,
              fi: `${found.label.fi}: älä tallenna tähän oikeaa salasanaa; Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${found.screen.fi}).`,
            },
            found.shadowed,
          ),
        fix: {
          title: () => ({
            en: `Replace the password with ${PLACEHOLDER}`,
            fi: `Korvaa salasana merkeillä ${PLACEHOLDER}`,
          }),
          action: found.fix,
        },
      });
    }
  },
};
