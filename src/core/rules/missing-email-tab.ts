import type { Rule } from './rule';
import { hasSenderRole, personsOf, SENDER_ROLE } from './model';
import { msg } from '../messages';

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
        message: msg('missing-email-tab.missing', { person: view.label, role: SENDER_ROLE }),
      });
    }
  },
};
