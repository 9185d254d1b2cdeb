import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from './model';
import { msg } from '../messages';

export const citrixId: Rule = {
  id: 'citrix-id',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Käyttäjätunnus must look like a Citrix ID: customer number, then letters (999999teptes).',
    fi: 'Käyttäjätunnuksen pitää olla Citrix-tunnus: asiakasnumero ja kirjaimet (999999teptes).',
  },
  check({ config, report }) {
    for (const view of personsOf(config)) {
      const username = stringAt(view.email, 'username');
      if (username === undefined || CITRIX_ID.test(username)) continue;
      // When Käyttäjätunnus (Nova) holds a Citrix ID, nova-username says this, with a fix.
      const nova = view.email?.novaUsername;
      if (typeof nova === 'string' && CITRIX_ID.test(nova)) continue;
      const looksLikeAddress = username.includes('@');
      report({
        target: { at: 'value', path: [...view.path, 'email', 'username'] },
        message: msg(looksLikeAddress ? 'citrix-id.address' : 'citrix-id.not-citrix-id', {
          person: view.label,
        }),
      });
    }
  },
};
