import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('company-name', {
  invalid: [
    {
      name: 'a configuration without company',
      build: () => {
        const c = personConfig();
        delete c.company;
        return c;
      },
      covers: '{',
      severity: 'info',
      fixable: false,
    },
    {
      name: 'an empty company',
      build: () => ({ ...personConfig(), company: ' ' }),
      covers: '" "',
      severity: 'info',
      fixable: false,
    },
  ],
});
