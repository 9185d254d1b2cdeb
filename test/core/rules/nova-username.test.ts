import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('nova-username', {
  invalid: [
    {
      name: 'a Nova username that differs',
      build: () => {
        const c = personConfig();
        c.persons[0].email.novaUsername = '999999other';
        return c;
      },
      covers: '"999999other"',
      severity: 'error',
      fixable: true,
    },
    {
      name: 'an e-mail address as Käyttäjätunnus while Käyttäjätunnus (Nova) holds the Citrix ID',
      build: () => {
        const c = personConfig();
        c.persons[0].email.username = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'error',
      fixable: true,
      messageIncludes:
        /Käyttäjätunnus holds an e-mail address, but Käyttäjätunnus \(Nova\) holds the Citrix ID 999999teptes/,
    },
    {
      name: 'a missing Nova username',
      build: () => {
        const c = personConfig();
        delete c.persons[0].email.novaUsername;
        return c;
      },
      covers: '"email"',
      severity: 'error',
      fixable: true,
    },
  ],
});
