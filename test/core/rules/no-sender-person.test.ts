import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('no-sender-person', {
  invalid: [
    {
      name: 'person-register mode without any sender person',
      messageId: 'no-sender-person.none',
      data: { role: 'Sähköpostilähettäjä' },
      build: () => ({ ...personConfig(), persons: [] }),
      covers: '"personRegister"',
      severity: 'error',
      output: null,
    },
  ],
});
