import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('citrix-id', {
  invalid: [
    {
      name: 'an e-mail address as Citrix ID',
      messageId: 'citrix-id.address',
      data: { person: 'Teppo Testaaja' },
      build: () => {
        const c = personConfig();
        c.persons[0].email.username = 'teppo@esimerkki.fi';
        c.persons[0].email.novaUsername = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'warning',
      output: null,
    },
  ],
});
