/**
 * The table of SMTP replies (docs/own-server.md#smtp-replies): each reply, answered by a real server
 * on 127.0.0.1 at the point a real service gives it, comes back explained by its id.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { explainReply, planTestSend, sendTestMail } from '../../src/core/send';
import { REPLY_MESSAGES } from '../../src/core/send/reply-messages';
import { ownServerConfig, text, WORDS } from '../helpers';
import { startScripted, withServer } from '../../scripts/servers/smtp';

interface Case {
  reply: string;
  /** Where the server says it: the greeting, a command, or the end of the message data. */
  at: 'greeting' | 'AUTH' | 'MAIL' | 'RCPT' | 'data';
  id: string;
  kind: string;
}

const CASES: Case[] = [
  {
    reply: '550 5.7.30 Basic authentication is not supported for Client Submission.',
    at: 'AUTH',
    id: 'reply.5.7.30',
    kind: 'auth',
  },
  {
    reply: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    at: 'AUTH',
    id: 'reply.5.7.139',
    kind: 'auth',
  },
  {
    reply:
      '535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
    at: 'AUTH',
    id: 'reply.5.7.8',
    kind: 'auth',
  },
  { reply: '535 Authentication failed', at: 'AUTH', id: 'reply.535', kind: 'auth' },
  {
    reply: '530 5.7.57 Client not authenticated to send mail.',
    at: 'MAIL',
    id: 'reply.5.7.57',
    kind: 'rejected',
  },
  {
    reply: '530 5.7.0 Must issue a STARTTLS command first.',
    at: 'MAIL',
    id: 'reply.starttls-first',
    kind: 'rejected',
  },
  { reply: '530 Authentication required', at: 'MAIL', id: 'reply.530', kind: 'rejected' },
  { reply: '451 4.7.0 TLS required', at: 'MAIL', id: 'reply.4.7.0-tls', kind: 'temporary' },
  { reply: '550 5.7.1 Unable to relay', at: 'RCPT', id: 'reply.5.7.1', kind: 'rejected' },
  { reply: '550 5.1.1 User unknown', at: 'RCPT', id: 'reply.5.1.1', kind: 'rejected' },
  {
    reply: '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization',
    at: 'RCPT',
    id: 'reply.5.7.68',
    kind: 'rejected',
  },
  {
    reply:
      "550 5.7.515 Access denied, sending domain esimerkki.fi doesn't meet the required authentication level.",
    at: 'data',
    id: 'reply.5.7.515',
    kind: 'rejected',
  },
  {
    reply:
      '550-5.7.25 The IP address sending this message does not have a PTR record setup\r\n550 5.7.25 or the corresponding forward DNS entry does not match.',
    at: 'data',
    id: 'reply.5.7.25',
    kind: 'rejected',
  },
  {
    reply: '421 4.3.2 Service not available, closing transmission channel',
    at: 'MAIL',
    id: 'reply.421',
    kind: 'temporary',
  },
  {
    reply: '421 4.3.2 Service not available, closing transmission channel',
    at: 'greeting',
    id: 'reply.421',
    kind: 'unavailable',
  },
];

/** A server that logs in anyone and answers `reply` where the case says. */
function serverFor(c: Case) {
  return startScripted({
    ...(c.at === 'greeting' ? { greeting: c.reply } : {}),
    reply: (command) => {
      const verb = command.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') return '250-scripted\r\n250 AUTH PLAIN LOGIN';
      if (verb === c.at) return c.reply;
      if (verb === 'AUTH') return '235 2.7.0 Authentication successful';
      return undefined;
    },
    ...(c.at === 'data' ? { onData: c.reply } : {}),
  });
}

describe('every SMTP reply of the table, explained (both profiles)', () => {
  for (const c of CASES) {
    it(`${c.reply.split('\r\n')[0]} (at ${c.at}) -> ${c.id}`, async () => {
      const outcome = await withServer(serverFor(c), (port) => {
        const planned = planTestSend(
          text(ownServerConfig({ server: 'mail.esimerkki.fi', ssl: false, authentication: 'password' })),
          { to: 'vastaanottaja@example.test', server: `127.0.0.1:${port}`, timeoutMs: 5000, words: WORDS },
        );
        assert.ok(planned.ok);
        return sendTestMail(planned.plan, { password: 'salasana' });
      });
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.explained?.id, c.id, `${outcome.failure.message} ${outcome.failure.hint}`);
      assert.equal(outcome.failure.kind, c.kind);
      assert.ok(outcome.failure.serverReply?.includes(c.reply.split('\r\n')[0].slice(4, 20)));
    });
  }

  it('covers every explanation of the catalog, and explains nothing it does not know', () => {
    assert.deepEqual([...new Set(CASES.map((c) => c.id))].sort(), Object.keys(REPLY_MESSAGES).sort());
    assert.equal(explainReply(550, '550 5.2.2 Mailbox full'), undefined);
    assert.equal(explainReply(451, '451 4.7.0 Temporary server error'), undefined);
  });
});
