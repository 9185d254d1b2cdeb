import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('nova-username', {
  invalid: [
    {
      name: 'a Nova username that differs',
      messageId: 'nova-username.differs',
      data: { person: 'Teppo Testaaja' },
      build: () => {
        const c = personConfig();
        c.persons[0].email.novaUsername = '999999other';
        return c;
      },
      covers: '"999999other"',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/email/novaUsername', '999999teptes'),
    },
    {
      name: 'an e-mail address as Käyttäjätunnus while Käyttäjätunnus (Nova) holds the Citrix ID',
      messageId: 'nova-username.username-wrong',
      data: { person: 'Teppo Testaaja', holds: 'an e-mail address', citrixId: '999999teptes' },
      build: () => {
        const c = personConfig();
        c.persons[0].email.username = 'teppo@esimerkki.fi';
        return c;
      },
      covers: '"teppo@esimerkki.fi"',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/email/username', '999999teptes'),
    },
    {
      name: 'a missing Nova username',
      messageId: 'nova-username.missing',
      data: { person: 'Teppo Testaaja' },
      build: () => {
        const c = personConfig();
        delete c.persons[0].email.novaUsername;
        return c;
      },
      covers: '"email"',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/email/novaUsername', '999999teptes'),
    },
  ],
});
