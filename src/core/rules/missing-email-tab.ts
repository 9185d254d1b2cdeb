import { SCREEN } from '../nova';
import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { hasSenderRole, personsOf, SENDER_ROLE } from '../config/model';

const { messages, message } = ruleMessages('missing-email-tab', {
  missing: {
    en: `{person} has the role {role} but no e-mail settings: fill in the Sähköposti tab (${SCREEN.persons}).`,
    fi: `Henkilöllä {person} on rooli {role} mutta ei sähköpostitietoja: täytä Sähköposti-välilehti (${SCREEN.persons}).`,
  },
});

export const missingEmailTab: Rule = {
  id: 'missing-email-tab',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: `A person with the role ${SENDER_ROLE} has no e-mail settings.`,
    fi: `Henkilöllä on rooli ${SENDER_ROLE} mutta ei sähköpostitietoja.`,
  },
  check({ config, report }) {
    const persons = personsOf(config);
    // Indexed: its for…of kept an iterator's result per person (0.4 MB in a 10,000-person file).
    for (let index = 0; index < persons.length; index++) {
      const view = persons[index];
      if (view.person.email !== undefined || !hasSenderRole(view.person)) continue;
      report({
        target: { at: 'missing', path: [...view.path, 'email'] },
        message: message('missing', { person: view.label, role: SENDER_ROLE }),
      });
    }
  },
};
