import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('schema', {
  invalid: [
    {
      name: 'an unknown property',
      build: () => ({ ...personConfig(), colour: 'blue' }),
      covers: '"colour"',
      severity: 'error',
      fixable: false,
    },
    {
      name: 'a port that is a string',
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: '25', ssl: false } }),
      covers: '"25"',
      severity: 'error',
      fixable: false,
    },
  ],
});
