import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from './model';
import { inBothLanguages } from '../catalog';
import { MESSAGES, msg } from '../messages';

export const novaUsername: Rule = {
  id: 'nova-username',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: "Käyttäjätunnus (Nova) must be the person's Citrix ID, the same as Käyttäjätunnus.",
    fi: 'Käyttäjätunnus (Nova) on henkilön Citrix-tunnus, sama kuin Käyttäjätunnus.',
  },
  check({ config, report }) {
    for (const view of personsOf(config)) {
      const citrixId = stringAt(view.email, 'username');
      if (!view.email || citrixId === undefined || citrixId === '') continue;
      const value = view.email.novaUsername;
      if (value === citrixId) continue;
      const emailPath = [...view.path, 'email'];
      const path = [...emailPath, 'novaUsername'];
      const missing = value === undefined;
      if (!missing && typeof value !== 'string') continue; // a schema problem
      const label = view.label;

      // Käyttäjätunnus is the wrong one: Käyttäjätunnus (Nova) holds a Citrix ID, Käyttäjätunnus does not.
      if (!missing && !CITRIX_ID.test(citrixId) && CITRIX_ID.test(value)) {
        const holds = inBothLanguages(
          MESSAGES,
          msg(citrixId.includes('@') ? 'holds.address' : 'holds.no-citrix-id'),
        );
        report({
          target: { at: 'value', path: [...emailPath, 'username'] },
          message: msg('nova-username.username-wrong', { person: label, holds, citrixId: value }),
          fix: {
            title: msg('nova-username.fix.username', { citrixId: value }),
            action: { kind: 'set', path: [...emailPath, 'username'], value },
          },
        });
        continue;
      }

      report({
        target: missing ? { at: 'missing', path } : { at: 'value', path },
        message: msg(missing ? 'nova-username.missing' : 'nova-username.differs', { person: label }),
        // Copying a username that is not a Citrix ID would only spread the mistake (see citrix-id).
        fix: CITRIX_ID.test(citrixId)
          ? {
              title: msg('nova-username.fix', { citrixId }),
              action: missing
                ? { kind: 'insert-property', objectPath: emailPath, key: 'novaUsername', value: citrixId }
                : { kind: 'set', path, value: citrixId },
            }
          : undefined,
      });
    }
  },
};
