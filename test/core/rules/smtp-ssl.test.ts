import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('smtp-ssl', {
  valid: [
    {
      name: "SSL on with a mail service's server in a file without a profile: smtp-server alone speaks (regression)",
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.office365.com', port: 25, ssl: true } }),
    },
  ],
  invalid: [
    {
      name: 'SSL on',
      messageId: 'smtp-ssl.on',
      data: { port: 25 },
      build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: 25, ssl: true } }),
      covers: 'true',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/ssl', false),
    },
  ],
});
