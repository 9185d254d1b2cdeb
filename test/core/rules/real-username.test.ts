import { definedConfig, personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('real-username', {
  invalid: [
    {
      name: 'a real SMTP username that is the Citrix ID',
      build: () => {
        const c = personConfig();
        c.persons[0].email.smtpUsername = '999999teptes';
        return c;
      },
      covers: '"999999teptes"',
      occurrence: 2,
      severity: 'error',
      fixable: true,
      messageIncludes: /Käyttäjätunnus \(SMTP\) holds the person's Citrix ID/,
    },
    {
      name: 'an e-mail address as SMTP username',
      build: () => {
        const c = personConfig();
        c.persons[0].email.smtpUsername = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'error',
      fixable: true,
      messageIncludes: /Käyttäjätunnus \(SMTP\) holds an e-mail address/,
    },
    {
      name: "the defined sender's real username",
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: 'laskutus' } }),
      covers: '"laskutus"',
      severity: 'error',
      fixable: true,
      messageIncludes: /Käyttäjätunnus holds a username/,
    },
  ],
});
