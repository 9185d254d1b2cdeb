import { ownServerConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('gmail-app-password', {
  valid: [
    { name: 'Gmail with an app password', build: ownServerConfig },
    {
      name: 'Microsoft 365 with a password',
      build: () => ownServerConfig({ server: 'smtp.office365.com', authentication: 'password' }),
    },
    {
      name: 'the Google Workspace relay by IP address',
      build: () => ownServerConfig({ server: 'smtp-relay.gmail.com', authentication: 'none' }),
    },
  ],
  invalid: [
    {
      name: 'Gmail with the account password',
      messageId: 'gmail-app-password.needs',
      build: () => ownServerConfig({ authentication: 'password' }),
      covers: '"password"',
      severity: 'warning',
      output: null,
    },
    {
      name: 'Gmail without saying how it logs in (the account password)',
      messageId: 'gmail-app-password.needs',
      build: () => {
        const config = ownServerConfig({ server: 'smtp.googlemail.com' });
        delete config.smtp.authentication;
        return config;
      },
      covers: '"smtp.googlemail.com"',
      severity: 'warning',
      output: null,
    },
  ],
});
