import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('missing-sender-role', {
  invalid: [
    {
      name: 'no roles at all',
      messageId: 'missing-sender-role.missing',
      data: { person: 'Sanna Säännöllinen', role: 'Sähköpostilähettäjä' },
      build: () => {
        const c = personConfig();
        delete c.persons[1].roles;
        return c;
      },
      covers: '{',
      occurrence: 5, // root, smtp, sender, person 1, its email, person 2
      severity: 'error',
      output: (input) => changed(input, '/persons/1/roles', ['Sähköpostilähettäjä']),
    },
    {
      name: 'roles without the sender role',
      messageId: 'missing-sender-role.missing',
      data: { person: 'Teppo Testaaja', role: 'Sähköpostilähettäjä' },
      build: () => {
        const c = personConfig();
        c.persons[0].roles = ['Pääkäyttäjä'];
        return c;
      },
      covers: '[\n        "Pääkäyttäjä"\n      ]',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/roles/1', 'Sähköpostilähettäjä'),
    },
    {
      name: 'a misspelt sender role',
      messageId: 'missing-sender-role.misspelt',
      data: { person: 'Teppo Testaaja', written: 'sahkoposti-lahettaja', role: 'Sähköpostilähettäjä' },
      build: () => {
        const c = personConfig();
        c.persons[0].roles = ['Pääkäyttäjä', 'sahkoposti-lahettaja'];
        return c;
      },
      covers: '"sahkoposti-lahettaja"',
      severity: 'error',
      output: (input) => changed(input, '/persons/0/roles/1', 'Sähköpostilähettäjä'),
    },
  ],
});
