import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('smtp-server', {
  invalid: [
    {
      name: 'another server',
      messageId: 'smtp-server.wrong',
      data: { relay: 'smtp.visma.local' },
      build: () => ({ ...personConfig(), smtp: { server: 'mail.example.fi', port: 25, ssl: false } }),
      covers: '"mail.example.fi"',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/server', 'smtp.visma.local'),
    },
    {
      name: 'the trusted sender address as server',
      messageId: 'smtp-server.trusted-sender',
      data: { server: 'smtp.od.visma.fi', relay: 'smtp.visma.local' },
      build: () => ({ ...personConfig(), smtp: { server: 'SMTP.OD.VISMA.FI', port: 25, ssl: false } }),
      covers: '"SMTP.OD.VISMA.FI"',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/server', 'smtp.visma.local'),
    },
    {
      name: "a mail service's server in a file without the own-server profile",
      messageId: 'smtp-server.provider',
      data: {
        relay: 'smtp.visma.local',
        server: 'smtp.office365.com',
        provider: 'Microsoft 365 / Outlook.com',
      },
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.office365.com', port: 25, ssl: false } }),
      covers: '"smtp.office365.com"',
      severity: 'warning',
      output: null, // which Nova is meant is the user's to say: Fix all must not overwrite it
    },
  ],
});
