import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('smtp-port', {
  valid: [
    {
      name: "port 587 of a mail service's server in a file without a profile: smtp-server alone speaks (regression)",
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.gmail.com', port: 587, ssl: false } }),
    },
  ],
  invalid: [
    {
      name: 'port 587',
      messageId: 'smtp-port.wrong',
      data: { port: 25 },
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: 587, ssl: false } }),
      covers: '587',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/port', 25),
    },
  ],
});
