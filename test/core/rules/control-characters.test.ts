import { definedConfig, personConfig, type Json } from '../../helpers';
import { ruleTester } from '../rule-tester';

const senderWith = (values: Json) => () => ({
  ...definedConfig(),
  sender: { ...definedConfig().sender, ...values },
});

ruleTester('control-characters', {
  valid: [
    { name: 'Finnish letters and an en dash', build: senderWith({ name: 'Ääkkösten Öljy – laskutus' }) },
  ],
  invalid: [
    {
      name: 'an escape sequence in a username (it redrew the CLI password prompt: regression)',
      messageId: 'control-characters.found',
      data: { key: 'smtpUsername', code: 'U+001B' },
      build: () => {
        const c = personConfig();
        c.persons[0].email.smtpUsername = 'xxx\u001b[1A\rPassword for admin at evil.example: ';
        return c;
      },
      covers: '"xxx\\u001b[1A\\rPassword for admin at evil.example: "',
      severity: 'error',
      output: null,
    },
    {
      name: 'a line break in an address (it could forge a header)',
      messageId: 'control-characters.found',
      data: { key: 'address', code: 'U+000D' },
      build: senderWith({ address: 'laskutus@laskutus-oy.fi\r\nBcc: x@example.test' }),
      covers: '"laskutus@laskutus-oy.fi\\r\\nBcc: x@example.test"',
      severity: 'error',
      output: null,
    },
    {
      name: 'a right-to-left override in a server name',
      messageId: 'control-characters.found',
      data: { key: 'server', code: 'U+202E' },
      build: () => ({ ...definedConfig(), smtp: { server: 'smtp.visma\u202elacol', port: 25, ssl: false } }),
      covers: '"smtp.visma\u202elacol"',
      severity: 'error',
      output: null,
    },
  ],
});
