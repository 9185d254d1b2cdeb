import { definedConfig, personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('credential-placeholder', {
  invalid: [
    {
      name: 'a missing SMTP password',
      messageId: 'credential-placeholder.missing',
      data: {
        label: 'Salasana (SMTP)',
        screen: 'Henkilörekisteri → Sähköposti → Salasana (SMTP)',
        placeholder: 'xxx',
      },
      build: () => {
        const c = personConfig();
        delete c.persons[1].email.smtpPassword;
        return c;
      },
      covers: '"email"',
      occurrence: 1,
      severity: 'warning',
      output: (input) => changed(input, '/persons/1/email/smtpPassword', 'xxx'),
    },
    {
      name: "an empty defined sender's username",
      messageId: 'credential-placeholder.empty',
      data: {
        label: 'Käyttäjätunnus',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Käyttäjätunnus',
        placeholder: 'xxx',
      },
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: '' } }),
      covers: '""',
      severity: 'warning',
      output: (input) => changed(input, '/sender/username', 'xxx'),
    },
  ],
});
