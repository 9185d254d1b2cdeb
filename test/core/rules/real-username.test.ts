import { definedConfig, personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('real-username', {
  valid: [
    {
      name: "a mailbox login in a file whose server is a mail service's but that has no profile: smtp-server alone speaks (regression)",
      build: () => ({
        ...definedConfig(),
        smtp: { server: 'smtp.gmail.com', port: 587, ssl: true },
        sender: { ...definedConfig().sender, username: 'laskutus@esimerkki.fi' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a real SMTP username that is the Citrix ID',
      messageId: 'real-username.found',
      data: {
        label: 'Käyttäjätunnus (SMTP)',
        holds: "the person's Citrix ID",
        screen: 'Henkilörekisteri → Sähköposti → Käyttäjätunnus (SMTP)',
        placeholder: 'xxx',
      },
      build: () => {
        const c = personConfig();
        c.persons[0].email.smtpUsername = '999999teptes';
        return c;
      },
      covers: '"999999teptes"',
      occurrence: 2,
      severity: 'error',
      output: (input) => changed(input, '/persons/0/email/smtpUsername', 'xxx'),
    },
    {
      name: 'an e-mail address as SMTP username',
      messageId: 'real-username.found',
      data: {
        label: 'Käyttäjätunnus (SMTP)',
        holds: 'an e-mail address',
        screen: 'Henkilörekisteri → Sähköposti → Käyttäjätunnus (SMTP)',
        placeholder: 'xxx',
      },
      build: () => {
        const c = personConfig();
        c.persons[0].email.smtpUsername = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/email/smtpUsername', 'xxx'),
    },
    {
      name: "the defined sender's real username",
      messageId: 'real-username.found',
      data: {
        label: 'Käyttäjätunnus',
        holds: 'a username',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Käyttäjätunnus',
        placeholder: 'xxx',
      },
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: 'laskutus' } }),
      covers: '"laskutus"',
      severity: 'error',
      output: (input) => changed(input, '/sender/username', 'xxx'),
    },
  ],
});
