import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from './model';

const SCREEN = 'Henkilörekisteri → Sähköposti';

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
        const holds = citrixId.includes('@')
          ? { en: 'an e-mail address', fi: 'sähköpostiosoitteen' }
          : { en: 'no Citrix ID', fi: 'muun kuin Citrix-tunnuksen' };
        report({
          target: { at: 'value', path: [...emailPath, 'username'] },
          message: () => ({
            en: `${label.en}: Käyttäjätunnus holds ${holds.en}, but Käyttäjätunnus (Nova) holds the Citrix ID ${value}: Käyttäjätunnus must be that Citrix ID too (${SCREEN} → Käyttäjätunnus).`,
            fi: `${label.fi}: Käyttäjätunnus sisältää ${holds.fi}, mutta Käyttäjätunnus (Nova) sisältää Citrix-tunnuksen ${value}: myös Käyttäjätunnukseksi kuuluu se (${SCREEN} → Käyttäjätunnus).`,
          }),
          fix: {
            title: () => ({ en: `Set Käyttäjätunnus to ${value}`, fi: `Aseta Käyttäjätunnus: ${value}` }),
            action: { kind: 'set', path: [...emailPath, 'username'], value },
          },
        });
        continue;
      }

      const screen = `${SCREEN} → Käyttäjätunnus (Nova)`;
      report({
        target: missing ? { at: 'missing', path } : { at: 'value', path },
        message: () =>
          missing
            ? {
                en: `${label.en}: Käyttäjätunnus (Nova) is missing; it must be the same Citrix ID as Käyttäjätunnus (${screen}).`,
                fi: `${label.fi}: Käyttäjätunnus (Nova) puuttuu; siihen kuuluu sama Citrix-tunnus kuin Käyttäjätunnukseen (${screen}).`,
              }
            : {
                en: `${label.en}: Käyttäjätunnus (Nova) must be the same Citrix ID as Käyttäjätunnus (${screen}).`,
                fi: `${label.fi}: Käyttäjätunnus (Nova) pitää olla sama Citrix-tunnus kuin Käyttäjätunnus (${screen}).`,
              },
        // Copying a username that is not a Citrix ID would only spread the mistake (see citrix-id).
        fix: CITRIX_ID.test(citrixId)
          ? {
              title: () => ({
                en: `Set Käyttäjätunnus (Nova) to ${citrixId}`,
                fi: `Aseta Käyttäjätunnus (Nova): ${citrixId}`,
              }),
              action: missing
                ? { kind: 'insert-property', objectPath: emailPath, key: 'novaUsername', value: citrixId }
                : { kind: 'set', path, value: citrixId },
            }
          : undefined,
      });
    }
  },
};
