import { ruleMessages } from './rule';
import { authenticationOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { objectAt, stringAt } from '../config/model';
import type { Rule } from './rule';

const { messages, message } = ruleMessages('gmail-app-password', {
  needs: {
    en: 'Google no longer lets an app such as Nova log in with the account\'s own password (personal accounts since 2022, Google Workspace since autumn 2024). Create an app password for the account (it needs 2-Step Verification on: do not turn that off), enter it in Nova as the password, and set "authentication" to "appPassword" here. A wrong password answers 535-5.7.8.',
    fi: 'Google ei enää päästä Noven kaltaista sovellusta kirjautumaan tilin omalla salasanalla (henkilökohtaiset tilit vuodesta 2022, Google Workspace syksystä 2024). Luo tilille sovellussalasana (se vaatii kaksivaiheisen vahvistuksen: älä poista sitä käytöstä), syötä se Novaan salasanaksi ja aseta tähän "authentication": "appPassword". Väärä salasana vastaa 535-5.7.8.',
  },
});

export const gmailAppPassword: Rule = {
  id: 'gmail-app-password',
  messages,
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
      message: message('needs'),
    });
  },
};
