import { definedConfig, personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('credential-placeholder', {
  invalid: [
    {
      name: 'a missing SMTP password',
      build: () => {
        const c = personConfig();
        delete c.persons[1].email.smtpPassword;
        return c;
      },
      covers: '"email"',
      occurrence: 1,
      severity: 'warning',
      fixable: true,
    },
    {
      name: "an empty defined sender's username",
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: '' } }),
      covers: '""',
      severity: 'warning',
      fixable: true,
    },
  ],
});
