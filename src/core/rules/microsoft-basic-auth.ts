import { msg } from '../messages';
import { authenticationOf } from '../own-server/profile';
import { MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT, providerOf } from '../own-server/providers';
import { objectAt, stringAt } from './model';
import type { Rule } from './rule';

export const microsoftBasicAuth: Rule = {
  id: 'microsoft-basic-auth',
  defaultSeverity: 'warning',
  fixable: false,
  profiles: ['ownServer'],
  description: {
    en: 'Microsoft 365 SMTP AUTH with a username and password: disabled by default from the end of December 2026.',
    fi: 'Microsoft 365:n SMTP AUTH käyttäjätunnuksella ja salasanalla: oletuksena pois käytöstä joulukuun 2026 lopusta.',
  },
  check({ config, report, now }) {
    const server = stringAt(objectAt(config, 'smtp'), 'server');
    if (server === undefined || providerOf(server).id !== 'microsoft365') return;
    if (authenticationOf(config) === 'none') return;
    report({
      target: { at: 'value', path: ['smtp', 'server'] },
      message: msg(
        now < MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT
          ? 'microsoft-basic-auth.until'
          : 'microsoft-basic-auth.off-by-default',
      ),
    });
  },
};
