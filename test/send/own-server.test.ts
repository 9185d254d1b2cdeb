/**
 * docs/contract.md §5 for an own mail server: STARTTLS required on 587, implicit TLS on 465, the
 * certificate verified, AUTH with the password the front end gives (never the file's) — against
 * real smtp-server instances on 127.0.0.1 with a certificate made at test time.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { planTestSend, sendTestMail, type SendPlan } from '../../src/core/send';
import { ownServerConfig, text, WORDS, type Json } from '../helpers';
import { startMailbox, startScripted, withServer } from '../../scripts/servers/smtp';

const USER = 'laskutus@esimerkki.fi';
const PASSWORD = 'abcd efgh ijkl mnop'; // the shape of a Google app password

function ownPlan(port: number, smtp: Json = {}): SendPlan {
  const result = planTestSend(text(ownServerConfig(smtp)), {
    to: 'vastaanottaja@example.test',
    server: `127.0.0.1:${port}`,
    timeoutMs: 5000,
    words: WORDS,
  });
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.plan;
}

describe('test send through an own mail server (TLS and AUTH) on 127.0.0.1', () => {
  it('587 with SSL on: STARTTLS, the certificate verified against the given CA, AUTH with the given password', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const plan = ownPlan(mailbox.port);
      assert.deepEqual([plan.transport.secure, plan.transport.requireTls], [false, true]);
      assert.deepEqual(plan.login, { user: USER });
      const outcome = await sendTestMail(plan, { password: PASSWORD, ca: mailbox.cert });
      assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.failure.message} ${outcome.failure.hint}`);
      assert.deepEqual(mailbox.logins, [USER]);
      assert.equal(mailbox.received.length, 1);
      assert.equal(mailbox.received[0].secure, true, 'the message went over TLS');
      const transcript = outcome.transcript.join('\n');
      assert.ok(transcript.includes('STARTTLS'));
      for (const secret of [PASSWORD, Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64')])
        assert.ok(!transcript.includes(secret), 'the password is never in the transcript');
    } finally {
      await mailbox.close();
    }
  });

  it('465 with SSL on: implicit TLS from the first byte', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD, secure: true });
    try {
      const plan = ownPlan(mailbox.port, { port: 465 });
      assert.deepEqual([plan.transport.secure, plan.transport.requireTls], [true, false]);
      const outcome = await sendTestMail(plan, { password: PASSWORD, ca: mailbox.cert });
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
      assert.equal(mailbox.received[0].secure, true);
    } finally {
      await mailbox.close();
    }
  });

  it("465 through an override that speaks STARTTLS: the hint names the file's port and the override (regression)", async () => {
    // A helper's run said "Port 465 with SSL on expects TLS…" of a connection to another port.
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const outcome = await sendTestMail(ownPlan(mailbox.port, { port: 465 }), {
        password: PASSWORD,
        ca: mailbox.cert,
      });
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.kind, 'tls');
      assert.match(
        outcome.failure.hint,
        new RegExp(
          `^The file's port 465 with SSL on means TLS from the first byte, which 127\\.0\\.0\\.1:${mailbox.port} \\(`,
        ),
      );
      assert.deepEqual(mailbox.logins, []);
    } finally {
      await mailbox.close();
    }
  });

  it('a self-signed certificate not given as a CA is a clear TLS failure, and no login is tried', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const outcome = await sendTestMail(ownPlan(mailbox.port), { password: PASSWORD });
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.kind, 'tls');
      assert.match(outcome.failure.message, /self.signed/i);
      assert.match(outcome.failure.hint, /--ca-file/);
      assert.deepEqual(mailbox.logins, []);
      assert.equal(mailbox.received.length, 0);
    } finally {
      await mailbox.close();
    }
  });

  it('a wrong password is refused with 535 5.7.8, explained as an app-password matter', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const outcome = await sendTestMail(ownPlan(mailbox.port), {
        password: 'the account password',
        ca: mailbox.cert,
      });
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.kind, 'auth');
      assert.deepEqual(outcome.failure.explained, { id: 'reply.5.7.8', status: '5.7.8' });
      assert.equal(mailbox.received.length, 0);
    } finally {
      await mailbox.close();
    }
  });

  it('no password given: nothing is connected to, and it says how to give one', async () => {
    let connections = 0;
    const outcome = await withServer(
      startScripted({ reply: () => ((connections += 1), undefined) }),
      (port) => sendTestMail(ownPlan(port), {}),
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'auth');
    assert.match(outcome.failure.hint, /NOVA_MAIL_SMTP_PASSWORD/);
    assert.equal(connections, 0);
  });

  it('SSL on and a server that offers no STARTTLS: nothing goes in the clear', async () => {
    const noStarttls = startScripted({
      reply: (command) => (/^STARTTLS/i.test(command) ? '502 5.5.1 Unrecognized command' : undefined),
    });
    const outcome = await withServer(noStarttls, (port) =>
      sendTestMail(ownPlan(port), { password: PASSWORD }),
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'tls');
    assert.ok(
      !outcome.transcript.some((line) => / C: (AUTH|MAIL)/.test(line)),
      outcome.transcript.join('\n'),
    );
  });

  it('a relay connector (authentication none) is not logged in to, and needs no password', () => {
    const plan = ownPlan(2525, {
      server: 'esimerkki-fi.mail.protection.outlook.com',
      port: 25,
      authentication: 'none',
    });
    assert.equal(plan.login, undefined);
    assert.deepEqual([plan.transport.secure, plan.transport.requireTls], [false, true]);
  });
});
