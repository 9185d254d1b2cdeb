import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { personsOf, stringAt, type PersonView } from '../config/model';

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
    const firstById = new Map<string, PersonView>();
    for (const view of personsOf(config)) {
      const id = stringAt(view.email, 'username');
      if (id === undefined || id === '') continue;
      const key = id.toLowerCase();
      const first = firstById.get(key);
      if (!first) {
        firstById.set(key, view);
        continue;
      }
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
