import { definedConfig, personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('real-password', {
  invalid: [
    {
      name: "a person's real SMTP password",
      messageId: 'real-password.found',
      data: {
        label: 'Salasana (SMTP)',
        screen: 'Henkilörekisteri → Sähköposti → Salasana (SMTP)',
        placeholder: 'xxx',
      },
      build: () => {
        const c = personConfig();
        c.persons[1].email.smtpPassword = 'Salainen123';
        return c;
      },
      covers: '"Salainen123"',
      severity: 'error',
      fixable: true,
    },
    {
      name: "the defined sender's real password",
      messageId: 'real-password.found',
      data: {
        label: 'Salasana',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Salasana',
        placeholder: 'xxx',
      },
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, password: 'hunter2' } }),
      covers: '"hunter2"',
      severity: 'error',
      fixable: true,
    },
  ],
});
