import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lint } from '../../../src/core';
import { ownServerConfig, ownServerPersonConfig, text } from '../../helpers';
import { changed, ruleTester } from '../rule-tester';

const smtp = (values: Record<string, unknown>) => () => ownServerConfig(values);

ruleTester('own-server-port', {
  valid: [
    { name: 'Gmail on 587 with SSL on', build: ownServerConfig },
    {
      name: 'persons logging in to Microsoft 365 on 587',
      build: () => ownServerPersonConfig({ server: 'smtp.office365.com' }),
    },
    {
      name: 'a Microsoft 365 relay connector on 25 without a login, SSL off',
      build: smtp({
        server: 'esimerkki-fi.mail.protection.outlook.com',
        port: 25,
        ssl: false,
        authentication: 'none',
      }),
    },
    {
      name: 'port 25 to a server of the local network',
      build: smtp({ server: 'posti.esimerkki.local', port: 25 }),
    },
    { name: 'port 25 to a private address', build: smtp({ server: '192.168.1.20', port: 25 }) },
    {
      name: 'the Google Workspace relay on 25',
      build: smtp({ server: 'smtp-relay.gmail.com', port: 25, authentication: 'none' }),
    },
  ],
  invalid: [
    {
      name: 'Gmail on 465 (implicit TLS)',
      messageId: 'own-server-port.implicit-tls',
      build: smtp({ port: 465 }),
      covers: '465',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/port', 587),
    },
    {
      name: 'another server on 465: no certain port to set',
      messageId: 'own-server-port.implicit-tls',
      build: smtp({ server: 'mail.esimerkki.fi', port: 465, authentication: 'password' }),
      covers: '465',
      severity: 'warning',
      output: null,
    },
    {
      name: 'Microsoft 365 on 25 (blocked on the way, not a submission port)',
      messageId: 'own-server-port.outside-25',
      data: { server: 'smtp.office365.com' },
      build: smtp({ server: 'smtp.office365.com', port: 25, authentication: 'password' }),
      covers: '25',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/port', 587),
    },
    {
      name: 'a relay connector on 587',
      messageId: 'own-server-port.relay-25',
      build: smtp({ server: 'esimerkki-fi.mail.protection.outlook.com', port: 587, authentication: 'none' }),
      covers: '587',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/port', 25),
    },
    {
      name: 'SSL off while logging in on 587',
      messageId: 'own-server-port.ssl-off',
      data: { server: 'smtp.gmail.com', port: 587 },
      build: smtp({ ssl: false }),
      covers: 'false',
      severity: 'warning',
      output: (input) => changed(input, '/smtp/ssl', true),
    },
  ],
});

describe('own-server-port: SSL off with a login on 465', () => {
  it('is a problem there too (the login would go unencrypted), beside the port 465 one', () => {
    const problems = lint(text(ownServerConfig({ port: 465, ssl: false })));
    const ids = problems.filter((p) => p.rule === 'own-server-port').map((p) => p.messageId);
    assert.deepEqual(ids.sort(), ['own-server-port.implicit-tls', 'own-server-port.ssl-off-465']);
  });
});
