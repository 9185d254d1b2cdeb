import type { Rule } from './rule';
import { personsOf, stringAt, type PersonView } from './model';
import { msg } from '../messages';

export const duplicateCitrixId: Rule = {
  id: 'duplicate-citrix-id',
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
        message: msg('duplicate-citrix-id.taken', { citrixId: id, first: first.label }),
        related: [
          {
            target: { at: 'value', path: [...first.path, 'email', 'username'] },
            message: msg('duplicate-citrix-id.first', { first: first.label }),
          },
        ],
      });
    }
  },
};
