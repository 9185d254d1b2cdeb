import { personConfig } from '../../helpers';
import { ruleTester } from '../rule-tester';

ruleTester('smtp-server', {
  invalid: [
    {
      name: 'another server',
      messageId: 'smtp-server.wrong',
      data: { relay: 'smtp.visma.local' },
      build: () => ({ ...personConfig(), smtp: { server: 'mail.example.fi', port: 25, ssl: false } }),
      covers: '"mail.example.fi"',
      severity: 'warning',
      fixable: true,
    },
    {
      name: 'the trusted sender address as server',
      messageId: 'smtp-server.trusted-sender',
      data: { server: 'smtp.od.visma.fi', relay: 'smtp.visma.local' },
      build: () => ({ ...personConfig(), smtp: { server: 'SMTP.OD.VISMA.FI', port: 25, ssl: false } }),
      covers: '"SMTP.OD.VISMA.FI"',
      severity: 'warning',
      fixable: true,
    },
  ],
});
