import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('citrix-id', {
  invalid: [
    {
      name: 'an e-mail address as Citrix ID',
      build: () => {
        const c = personConfig();
        c.persons[0].email.username = 'teppo@esimerkki.fi';
        c.persons[0].email.novaUsername = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'warning',
      fixable: false,
      messageIncludes: /not an e-mail address/,
    },
  ],
});
