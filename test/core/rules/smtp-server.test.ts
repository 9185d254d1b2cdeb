import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('smtp-server', {
  invalid: [
    {
      name: 'another server',
      build: () => ({ ...personConfig(), smtp: { server: 'mail.example.fi', port: 25, ssl: false } }),
      covers: '"mail.example.fi"',
      severity: 'warning',
      fixable: true,
      messageIncludes: /must be smtp\.visma\.local.*SMTP-palvelin/,
    },
    {
      name: 'the trusted sender address as server',
      build: () => ({ ...personConfig(), smtp: { server: 'SMTP.OD.VISMA.FI', port: 25, ssl: false } }),
      covers: '"SMTP.OD.VISMA.FI"',
      severity: 'warning',
      fixable: true,
      messageIncludes: /recipients must trust/,
    },
  ],
});
