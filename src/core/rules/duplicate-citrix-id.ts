import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { personsOf, stringAt, type PersonView } from '../config/model';
import { FirstByKey } from '../config/first-by-key';

const { messages, message } = ruleMessages('duplicate-citrix-id', {
  first: { en: 'First used by {first}', fi: 'Ensin henkilöllä {first}' },
  taken: {
    en: "Citrix ID {citrixId} is already {first}'s: each person logs in with their own Citrix ID.",
    fi: 'Citrix-tunnus {citrixId} on jo henkilön {first}: jokaisella on oma Citrix-tunnus.',
  },
});

export const duplicateCitrixId: Rule = {
  id: 'duplicate-citrix-id',
  messages,
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'Two persons have the same Citrix ID.',
    fi: 'Kahdella henkilöllä on sama Citrix-tunnus.',
  },
  check({ config, report }) {
    const persons = personsOf(config);
    const firstById = new FirstByKey<PersonView>(persons.length);
    for (const view of persons) {
      const id = stringAt(view.email, 'username');
      if (id === undefined || id === '') continue;
      const first = firstById.keepFirst(id.toLowerCase(), view);
      if (!first) continue;
      report({
        target: { at: 'value', path: [...view.path, 'email', 'username'] },
        message: message('taken', { citrixId: id, first: first.label }),
        related: [
          {
            target: { at: 'value', path: [...first.path, 'email', 'username'] },
            message: message('first', { first: first.label }),
          },
        ],
      });
    }
  },
};
