import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('duplicate-citrix-id', {
  invalid: [
    {
      name: 'two persons with one Citrix ID',
      messageId: 'duplicate-citrix-id.taken',
      data: { citrixId: '999999TEPTES', first: 'Teppo Testaaja' },
      build: () => {
        const c = personConfig();
        c.persons[1].email.username = '999999TEPTES';
        c.persons[1].email.novaUsername = '999999TEPTES';
        return c;
      },
      covers: '"999999TEPTES"',
      severity: 'error',
      output: null,
    },
  ],
});
