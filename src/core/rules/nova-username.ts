import { SCREEN } from '../nova';
import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from '../config/model';
import { inBothLanguages } from '../catalog';
import { MESSAGES, msg } from '../messages';

const { messages, message } = ruleMessages('nova-username', {
  differs: {
    en: `{person}: Käyttäjätunnus (Nova) must be the same Citrix ID as Käyttäjätunnus (${SCREEN.persons} → Käyttäjätunnus (Nova)).`,
    fi: `{person}: Käyttäjätunnus (Nova) pitää olla sama Citrix-tunnus kuin Käyttäjätunnus (${SCREEN.persons} → Käyttäjätunnus (Nova)).`,
  },
  fix: {
    en: 'Set Käyttäjätunnus (Nova) to {citrixId}',
    fi: 'Aseta Käyttäjätunnus (Nova): {citrixId}',
  },
  'fix.username': {
    en: 'Set Käyttäjätunnus to {citrixId}',
    fi: 'Aseta Käyttäjätunnus: {citrixId}',
  },
  missing: {
    en: `{person}: Käyttäjätunnus (Nova) is missing; it must be the same Citrix ID as Käyttäjätunnus (${SCREEN.persons} → Käyttäjätunnus (Nova)).`,
    fi: `{person}: Käyttäjätunnus (Nova) puuttuu; siihen kuuluu sama Citrix-tunnus kuin Käyttäjätunnukseen (${SCREEN.persons} → Käyttäjätunnus (Nova)).`,
  },
  'username-wrong': {
    en: `{person}: Käyttäjätunnus holds {holds}, but Käyttäjätunnus (Nova) holds the Citrix ID {citrixId}: Käyttäjätunnus must be that Citrix ID too (${SCREEN.persons} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnus sisältää {holds}, mutta Käyttäjätunnus (Nova) sisältää Citrix-tunnuksen {citrixId}: myös Käyttäjätunnukseksi kuuluu se (${SCREEN.persons} → Käyttäjätunnus).`,
  },
});

export const novaUsername: Rule = {
  id: 'nova-username',
  messages,
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
          message: message('username-wrong', { person: label, holds, citrixId: value }),
          fix: {
            title: message('fix.username', { citrixId: value }),
            action: { kind: 'set', path: [...emailPath, 'username'], value },
          },
        });
        continue;
      }

      report({
        target: missing ? { at: 'missing', path } : { at: 'value', path },
        message: message(missing ? 'missing' : 'differs', { person: label }),
        // Copying a username that is not a Citrix ID would only spread the mistake (see citrix-id).
        fix: CITRIX_ID.test(citrixId)
          ? {
              title: message('fix', { citrixId }),
              action: missing
                ? { kind: 'insert-property', objectPath: emailPath, key: 'novaUsername', value: citrixId }
                : { kind: 'set', path, value: citrixId },
            }
          : undefined,
      });
    }
  },
};
