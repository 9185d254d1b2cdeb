import { definedConfig, personConfig, type Json } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

const withSmtp = (smtp: Json) => () => ({ ...definedConfig(), smtp: { ...definedConfig().smtp, ...smtp } });

ruleTester('real-password', {
  valid: [
    { name: 'the placeholder under a key Nova does not have', build: withSmtp({ password: 'xxx' }) },
    { name: 'a key that only starts like one (passthrough)', build: withSmtp({ passthrough: 'yes' }) },
  ],
  invalid: [
    ...[
      { name: 'smtp.password', build: withSmtp({ password: 'Kesä2026' }), at: '/smtp/password' },
      {
        name: 'sender.smtpPassword',
        build: () => ({
          ...definedConfig(),
          sender: { ...definedConfig().sender, smtpPassword: 'Kesä2026' },
        }),
        at: '/sender/smtpPassword',
      },
      {
        name: 'a top-level PASSWORD',
        build: () => ({ ...definedConfig(), PASSWORD: 'Kesä2026' }),
        at: '/PASSWORD',
      },
      {
        name: 'a secret beside the sender (sender.secret)',
        build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, secret: 'Kesä2026' } }),
        at: '/sender/secret',
      },
      {
        name: 'a Finnish salasana in a nested object',
        build: withSmtp({ extra: { salasana: 'Kesä2026' } }),
        at: '/smtp/extra/salasana',
      },
    ].map(({ name, build, at }) => ({
      name: `a real password under a key Nova does not have: ${name} (regression)`,
      messageId: 'real-password.other-key',
      data: { key: at.split('/').pop() ?? '', placeholder: 'xxx' },
      build,
      covers: '"Kesä2026"',
      severity: 'error',
      output: (input: Json) => changed(input, at, 'xxx'),
    })),
    // A Nova field's name in another letter case is still that field (the lookup skips the
    // lower-casing of names spelled as Nova spells them: these cases keep it honest).
    ...(['smtpPassword', 'SmtpPassword', 'smtppassword', 'SMTPPASSWORD'] as const).map((key) => ({
      name:
        key === 'smtpPassword'
          ? "a person's real SMTP password"
          : `a person's real SMTP password under ${key}`,
      messageId: 'real-password.found',
      data: {
        label: 'Salasana (SMTP)',
        screen: 'Henkilörekisteri → Sähköposti → Salasana (SMTP)',
        placeholder: 'xxx',
      },
      build: () => {
        const c = personConfig();
        c.persons[1].email[key] = 'Salainen123';
        return c;
      },
      covers: '"Salainen123"',
      severity: 'error' as const,
      output: (input: Json) => changed(input, `/persons/1/email/${key}`, 'xxx'),
    })),
    {
      name: "the defined sender's real password under Password",
      messageId: 'real-password.found',
      data: {
        label: 'Salasana',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Salasana',
        placeholder: 'xxx',
      },
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, Password: 'hunter2' } }),
      covers: '"hunter2"',
      severity: 'error',
      output: (input) => changed(input, '/sender/Password', 'xxx'),
    },
    {
      name: "the defined sender's real password",
      messageId: 'real-password.found',
      data: {
        label: 'Salasana',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Salasana',
        placeholder: 'xxx',
      },
      build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, password: 'hunter2' } }),
      covers: '"hunter2"',
      severity: 'error',
      output: (input) => changed(input, '/sender/password', 'xxx'),
    },
  ],
});
