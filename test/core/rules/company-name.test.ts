import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('company-name', {
  invalid: [
    {
      name: 'a configuration without company',
      messageId: 'company-name.missing',
      build: () => {
        const c = personConfig();
        delete c.company;
        return c;
      },
      covers: '{',
      severity: 'info',
      output: null,
    },
    {
      name: 'an empty company',
      messageId: 'company-name.missing',
      build: () => ({ ...personConfig(), company: ' ' }),
      covers: '" "',
      severity: 'info',
      output: null,
    },
  ],
});
