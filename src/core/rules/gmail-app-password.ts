import { msg } from '../messages';
import { authenticationOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { objectAt, stringAt } from './model';
import type { Rule } from './rule';

export const gmailAppPassword: Rule = {
  id: 'gmail-app-password',
  defaultSeverity: 'warning',
  fixable: false,
  profiles: ['ownServer'],
  description: {
    en: 'Gmail / Google Workspace: Nova must log in with an app password, not the account password.',
    fi: 'Gmail / Google Workspace: Noven pitää kirjautua sovellussalasanalla, ei tilin salasanalla.',
  },
  check({ config, report }) {
    const smtp = objectAt(config, 'smtp');
    const server = stringAt(smtp, 'server');
    if (server === undefined) return;
    const provider = providerOf(server).id;
    if (provider !== 'google' && provider !== 'googleRelay') return;
    if (authenticationOf(config) !== 'password') return;
    const said = smtp?.authentication !== undefined;
    report({
      target: { at: 'value', path: ['smtp', said ? 'authentication' : 'server'] },
      message: msg('gmail-app-password.needs'),
    });
  },
};
