import { definedConfig, personConfig, type Json } from '../../helpers';
import { ruleTester } from '../rule-tester';

const senderWith = (values: Json) => () => ({
  ...definedConfig(),
  sender: { ...definedConfig().sender, ...values },
});

ruleTester('control-characters', {
  valid: [
    { name: 'Finnish letters and an en dash', build: senderWith({ name: 'Ääkkösten Öljy – laskutus' }) },
    { name: 'a backslash before an n (no line break)', build: senderWith({ name: 'C:\\new\\tili' }) },
  ],
  invalid: [
    // The text is looked at before the values are walked: every way a string can hold one.
    ...(
      [
        ['\b', 'U+0008', '\\b'],
        ['\f', 'U+000C', '\\f'],
        ['\n', 'U+000A', '\\n'],
        ['\t', 'U+0009', '\\t'],
        ['\u0085', 'U+0085', '\u0085'],
        ['\u007f', 'U+007F', '\u007f'],
        ['\u2028', 'U+2028', '\u2028'],
        ['\u2067', 'U+2067', '\u2067'],
      ] as const
    ).map(([character, code, written]) => ({
      name: `${code} in a company name (written ${written})`,
      messageId: 'control-characters.found',
      data: { key: 'company', code },
      build: () => ({ ...definedConfig(), company: `Oy${character}Ab` }),
      covers: `"Oy${written}Ab"`,
      severity: 'error' as const,
      output: null,
    })),
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
