import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from './model';

export const novaUsername: Rule = {
  id: 'nova-username',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: "Käyttäjätunnus (Nova) must be the person's Citrix ID.",
    fi: 'Käyttäjätunnus (Nova) on henkilön Citrix-tunnus.',
  },
  check({ config, report }) {
    for (const view of personsOf(config)) {
      const citrixId = stringAt(view.email, 'username');
      if (!view.email || citrixId === undefined || citrixId === '') continue;
      const value = view.email.novaUsername;
      if (value === citrixId) continue;
      const path = [...view.path, 'email', 'novaUsername'];
      const missing = value === undefined;
      if (!missing && typeof value !== 'string') continue;
      const screen = 'Henkilörekisteri → Sähköposti → Käyttäjätunnus (Nova)';
      report({
        target: missing ? { at: 'missing', path } : { at: 'value', path },
        message: missing
          ? {
              en: `${view.label.en}: Käyttäjätunnus (Nova) is missing; it must be the same Citrix ID as Käyttäjätunnus (${screen}).`,
              fi: `${view.label.fi}: Käyttäjätunnus (Nova) puuttuu; siihen kuuluu sama Citrix-tunnus kuin Käyttäjätunnukseen (${screen}).`,
            }
          : {
              en: `${view.label.en}: Käyttäjätunnus (Nova) must be the same Citrix ID as Käyttäjätunnus (${screen}).`,
              fi: `${view.label.fi}: Käyttäjätunnus (Nova) pitää olla sama Citrix-tunnus kuin Käyttäjätunnus (${screen}).`,
            },
        // Copying a username that is not a Citrix ID would only spread the mistake (see citrix-id).
        fix: CITRIX_ID.test(citrixId)
          ? {
              title: {
                en: `Set Käyttäjätunnus (Nova) to ${citrixId}`,
                fi: `Aseta Käyttäjätunnus (Nova): ${citrixId}`,
              },
              action: missing
                ? {
                    kind: 'insert-property',
                    objectPath: [...view.path, 'email'],
                    key: 'novaUsername',
                    value: citrixId,
                  }
                : { kind: 'set', path, value: citrixId },
            }
          : undefined,
      });
    }
  },
};
