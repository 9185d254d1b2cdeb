import { personConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

ruleTester('sent-items', {
  invalid: [
    {
      name: 'no delivery receipt',
      messageId: 'sent-items.off',
      build: () => ({ ...personConfig(), deliveryReceipt: false }),
      covers: 'false',
      occurrence: 2,
      severity: 'hint',
      output: (input) => changed(input, '/deliveryReceipt', true),
    },
  ],
});
