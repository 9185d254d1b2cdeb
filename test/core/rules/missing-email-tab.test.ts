import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('missing-email-tab', {
  invalid: [
    {
      name: 'the role without an e-mail object',
      messageId: 'missing-email-tab.missing',
      data: { person: 'Sanna Säännöllinen', role: 'Sähköpostilähettäjä' },
      build: () => {
        const c = personConfig();
        delete c.persons[1].email;
        return c;
      },
      covers: '{',
      occurrence: 5, // root, smtp, sender, person 1, its email, person 2
      severity: 'warning',
      output: null,
    },
  ],
});
