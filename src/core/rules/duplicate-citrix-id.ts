import type { Rule } from './rule';
import { personsOf, stringAt, type PersonView } from './model';

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
        message: () => ({
          en: `Citrix ID ${id} is already ${first.label.en}'s: each person logs in with their own Citrix ID.`,
          fi: `Citrix-tunnus ${id} on jo henkilön ${first.label.fi}: jokaisella on oma Citrix-tunnus.`,
        }),
        related: [
          {
            target: { at: 'value', path: [...first.path, 'email', 'username'] },
            message: () => ({
              en: `First used by ${first.label.en}`,
              fi: `Ensin henkilöllä ${first.label.fi}`,
            }),
          },
        ],
      });
    }
  },
};
