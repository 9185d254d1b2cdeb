/**
 * The table of SMTP replies (docs/own-server.md#smtp-replies): each reply, answered by a real server
 * on 127.0.0.1 at the point a real service gives it, comes back explained by its id.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { explainReply, planTestSend, sendTestMail, type SendFailure } from '../../src/core/send';
import { REPLY_MESSAGES } from '../../src/core/send/reply-messages';
import { definedConfig, ownServerConfig, text, WORDS, type Json } from '../helpers';
import { startScripted, withServer } from '../../scripts/servers/smtp';

interface Case {
  reply: string;
  /** Where the server says it: the greeting, a command, or the end of the message data. */
  at: 'greeting' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'data';
  id: string;
  kind: string;
  /** The file's server (the mail service it names); another own server by default. */
  server?: string;
  /** A hosted file (no login) instead of an own server's. */
  hosted?: true;
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
    server: 'smtp.gmail.com',
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
  { reply: '550 5.7.1 Unable to relay', at: 'RCPT', id: 'reply.5.7.1-own', kind: 'rejected' },
  { reply: '550 5.7.1 Unable to relay', at: 'RCPT', id: 'reply.5.7.1', kind: 'rejected', hosted: true },
  {
    reply: '550 5.7.1 Message rejected as spam by Content Filtering.',
    at: 'data',
    id: 'reply.5.7.1-content',
    kind: 'rejected',
  },
  {
    reply: '454 4.7.0 TLS not available due to local problem',
    at: 'STARTTLS',
    id: 'reply.tls-failed',
    kind: 'tls',
  },
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
      if (verb === 'EHLO')
        return `250-scripted\r\n${c.at === 'STARTTLS' ? '250-STARTTLS\r\n' : ''}250 AUTH PLAIN LOGIN`;
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
        // SSL off (a login in clear, allowed for the test), except where STARTTLS is the point.
        const planned = planTestSend(
          text(
            c.hosted
              ? definedConfig()
              : ownServerConfig({
                  server: c.server ?? 'mail.esimerkki.fi',
                  ssl: c.at === 'STARTTLS',
                  authentication: 'password',
                }),
          ),
          { to: 'vastaanottaja@example.test', server: `127.0.0.1:${port}`, timeoutMs: 5000, words: WORDS },
        );
        assert.ok(planned.ok);
        return sendTestMail(planned.plan, { password: 'salasana', allowCleartextLogin: true });
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

/** One send to a scripted server that answers `reply` at `at`, from the file given. */
async function sendWith(
  config: Json,
  script: { ehlo?: string; at: string; reply: string; data?: string },
): Promise<SendFailure> {
  const outcome = await withServer(
    startScripted({
      reply: (command) => {
        const verb = command.split(' ')[0].toUpperCase();
        if (verb === 'EHLO') return script.ehlo ?? '250-scripted\r\n250 AUTH PLAIN LOGIN';
        if (verb === script.at) return script.reply;
        if (verb === 'AUTH') return '235 2.7.0 Authentication successful';
        return undefined;
      },
      ...(script.data ? { onData: script.data } : {}),
    }),
    (port) => {
      const planned = planTestSend(text(config), {
        to: 'vastaanottaja@example.test',
        server: `127.0.0.1:${port}`,
        timeoutMs: 5000,
        words: WORDS,
      });
      assert.ok(planned.ok, planned.ok ? '' : planned.error.message);
      return sendTestMail(planned.plan, { password: 'salasana', allowCleartextLogin: true });
    },
  );
  assert.ok(!outcome.ok);
  return outcome.failure;
}

const OTHER_SERVER = ownServerConfig({ server: 'mail.esimerkki.fi', ssl: false, authentication: 'password' });
const GOOGLE = 'Google';

describe('an explanation fits the stage, the profile and the mail service (regressions)', () => {
  it("Postfix's 535 5.7.8 is a refused login, not Google's app-password advice", async () => {
    const failure = await sendWith(OTHER_SERVER, {
      at: 'AUTH',
      reply: '535 5.7.8 Error: authentication failed: (reason unavailable)',
    });
    assert.equal(failure.explained?.id, 'reply.535');
    assert.ok(!failure.hint.includes(GOOGLE), failure.hint);
    assert.equal(failure.passwordRefused, true);
  });

  it('a 535 to MAIL FROM after a successful login is no refused login (the password is kept)', async () => {
    const failure = await sendWith(OTHER_SERVER, {
      at: 'MAIL',
      reply: '535 5.7.3 Authentication unsuccessful',
    });
    assert.notEqual(failure.kind, 'auth');
    assert.equal(failure.passwordRefused, false);
    assert.equal(failure.explained, undefined);
  });

  it('5.7.139 at RCPT is not "refused the login"', async () => {
    const failure = await sendWith(OTHER_SERVER, {
      at: 'RCPT',
      reply: '550 5.7.139 Recipient rejected by policy',
    });
    assert.equal(failure.kind, 'rejected');
    assert.equal(failure.passwordRefused, false);
  });

  it('a server that offers only XOAUTH2: Nova cannot log in there, and no password is blamed', async () => {
    const failure = await sendWith(OTHER_SERVER, {
      ehlo: '250-scripted\r\n250 AUTH XOAUTH2 OAUTHBEARER',
      at: 'AUTH',
      reply: '504 5.7.4 Unrecognized authentication type',
    });
    assert.equal(failure.kind, 'auth');
    assert.match(failure.message, /XOAUTH2 OAUTHBEARER/);
    assert.match(failure.hint, /No password helps/);
    assert.equal(failure.passwordRefused, false);
  });

  it('a hosted file never gets own-server advice (turn SSL on and use 587, set a login)', async () => {
    for (const reply of [
      '530 5.7.0 Must issue a STARTTLS command first',
      '530 5.7.57 Client not authenticated',
    ]) {
      const failure = await sendWith(
        { ...definedConfig(), smtp: { server: 'smtp.visma.local', port: 25, ssl: false } },
        { at: 'MAIL', reply },
      );
      assert.equal(failure.explained, undefined, reply);
      assert.ok(!/587|SSL on|username/.test(failure.hint), failure.hint);
    }
  });

  it('4.7.0 TLS with SSL already on: the server TLS failed, not "turn SSL on"', () => {
    const context = { stage: 'RCPT' as const, profile: 'ownServer' as const, ssl: true };
    assert.equal(explainReply(451, '451 4.7.0 TLS handshake failed', context)?.id, 'reply.tls-failed');
    assert.equal(
      explainReply(451, '451 4.7.0 TLS required', { ...context, ssl: false })?.id,
      'reply.4.7.0-tls',
    );
  });

  it('a multi-line reply whose enhanced status is on its last line only is recognised', () => {
    const reply = '550-The IP address sending this message does not have a PTR record\r\n550 5.7.25 setup.';
    assert.equal(explainReply(550, reply, { stage: 'DATA' })?.id, 'reply.5.7.25');
  });
});
