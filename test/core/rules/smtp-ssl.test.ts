import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('smtp-ssl', {
  invalid: [
    {
      name: 'SSL on',
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: 25, ssl: true } }),
      covers: 'true',
      severity: 'warning',
      fixable: true,
    },
  ],
});
