import type { Rule } from './rule';
import { hasSenderRole, personsOf, SENDER_ROLE } from './model';

export const missingEmailTab: Rule = {
  id: 'missing-email-tab',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: `A person with the role ${SENDER_ROLE} has no e-mail settings.`,
    fi: `Henkilöllä on rooli ${SENDER_ROLE} mutta ei sähköpostitietoja.`,
  },
  check({ config, report }) {
    for (const view of personsOf(config)) {
      if (view.person.email !== undefined || !hasSenderRole(view.person)) continue;
      report({
        target: { at: 'missing', path: [...view.path, 'email'] },
        message: () => ({
          en: `${view.label.en} has the role ${SENDER_ROLE} but no e-mail settings: fill in the Sähköposti tab (Henkilörekisteri → Sähköposti).`,
          fi: `Henkilöllä ${view.label.fi} on rooli ${SENDER_ROLE} mutta ei sähköpostitietoja: täytä Sähköposti-välilehti (Henkilörekisteri → Sähköposti).`,
        }),
      });
    }
  },
};
