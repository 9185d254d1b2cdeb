import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('schema', {
  invalid: [
    {
      name: 'an unknown property',
      messageId: 'schema.not-allowed',
      data: { key: 'colour' },
      build: () => ({ ...personConfig(), colour: 'blue' }),
      covers: '"colour"',
      severity: 'error',
      output: null,
    },
    {
      name: 'a port that is a string',
      messageId: 'schema.type',
      data: { type: 'a whole number' },
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: '25', ssl: false } }),
      covers: '"25"',
      severity: 'error',
      output: null,
    },
  ],
});
