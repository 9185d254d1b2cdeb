import { ownServerConfig, ownServerPersonConfig } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

const withUsername =
  (username: unknown, smtp: Record<string, unknown> = {}) =>
  () => {
    const config = ownServerConfig(smtp);
    if (username === undefined) delete config.sender.username;
    else config.sender.username = username;
    return config;
  };

ruleTester('own-server-username', {
  valid: [
    { name: 'the sender logging in as its own address', build: ownServerConfig },
    { name: 'persons logging in as their own addresses', build: ownServerPersonConfig },
    {
      name: 'a relay connector, which takes no login',
      build: withUsername('xxx', { authentication: 'none' }),
    },
    {
      name: 'a name for a server that is neither Microsoft nor Google',
      build: withUsername('laskutus', { server: 'mail.esimerkki.fi' }),
    },
    {
      name: 'the same domain written in ASCII (IDNA) and in Finnish letters',
      build: () => {
        const config = ownServerConfig({ server: 'smtp.office365.com', authentication: 'password' });
        config.sender.address = 'laskutus@ääkkö.fi';
        config.sender.username = 'laskutus@xn--kk-uiaa6g.fi';
        return config;
      },
    },
  ],
  invalid: [
    {
      name: 'the hosted placeholder xxx as an own server login',
      messageId: 'own-server-username.missing',
      build: withUsername('xxx'),
      covers: '"xxx"',
      severity: 'warning',
      output: (input) => changed(input, '/sender/username', 'laskutus@esimerkki.fi'),
    },
    {
      name: 'no username at all',
      messageId: 'own-server-username.missing',
      build: withUsername(undefined),
      covers: '"sender"',
      severity: 'warning',
      output: (input) => changed(input, '/sender/username', 'laskutus@esimerkki.fi'),
    },
    {
      name: 'a person whose SMTP username is the placeholder',
      messageId: 'own-server-username.missing',
      build: () => {
        const config = ownServerPersonConfig();
        config.persons[1].email.smtpUsername = 'xxx';
        return config;
      },
      covers: '"xxx"',
      occurrence: 1, // the first is the first person's password
      severity: 'warning',
      output: (input) => changed(input, '/persons/1/email/smtpUsername', '999999sansaa@esimerkki.fi'),
    },
    {
      name: 'a login that is not an address, at Google',
      messageId: 'own-server-username.not-address',
      data: {
        label: 'Käyttäjätunnus',
        screen: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä → Käyttäjätunnus',
        provider: 'Gmail / Google Workspace',
      },
      build: withUsername('laskutus'),
      covers: '"laskutus"',
      severity: 'warning',
      output: null,
    },
    {
      name: "a mailbox at another domain than the sender's",
      messageId: 'own-server-username.other-domain',
      build: withUsername('laskutus@toinen.fi', { server: 'smtp.office365.com', authentication: 'password' }),
      covers: '"laskutus@toinen.fi"',
      severity: 'warning',
      output: null,
    },
  ],
});
