import { SCREEN } from '../nova';
import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { CITRIX_ID, personsOf, stringAt } from '../config/model';

const { messages, message } = ruleMessages('citrix-id', {
  address: {
    en: `{person}: Käyttäjätunnus is the Citrix ID used to log in (e.g. 999999teptes), not an e-mail address (${SCREEN.persons} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnus on kirjautumisen Citrix-tunnus (esim. 999999teptes), ei sähköpostiosoite (${SCREEN.persons} → Käyttäjätunnus).`,
  },
  'not-citrix-id': {
    en: `{person}: Käyttäjätunnus should be the Citrix ID: customer number, then letters (e.g. 999999teptes) (${SCREEN.persons} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnukseksi kuuluu Citrix-tunnus: asiakasnumero ja kirjaimet (esim. 999999teptes) (${SCREEN.persons} → Käyttäjätunnus).`,
  },
});

export const citrixId: Rule = {
  id: 'citrix-id',
  messages,
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
        message: message(looksLikeAddress ? 'address' : 'not-citrix-id', {
          person: view.label,
        }),
      });
    }
  },
};
