/**
 * The own-server send against a counterpart nobody here wrote: Debian's Postfix (submission) with
 * Dovecot SASL, a private instance on 127.0.0.1 (scripts/servers/postfix.ts). Its replies are its
 * own: `530 5.7.0 Must issue a STARTTLS command first`, `535 5.7.8 Error: authentication failed`.
 * The wire is read from Postfix's side (its log, its maildir): no AUTH before TLS unless allowed,
 * no secret in any output. Linux as root only (the Windows run and a non-root machine skip it).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  checkConnection,
  cleartextLoginText,
  offersStartTls,
  planTestSend,
  sendTestMail,
  type SendPlan,
} from '../../src/core/send';
import { postfixSkipReason, startPostfix, type Postfix } from '../../scripts/servers/postfix';
import { runCliAsync, tempTree } from '../cli/run-cli';
import { ownServerConfig, text, WORDS, type Json } from '../helpers';

const USER = 'laskutus@esimerkki.fi';
// Characters the passwd-file format and a shell would trip on.
const PASSWORD = 'Kesä:2026{pa ss}';
const AUTH_ARGUMENT = Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64');
/** Another own server (not a mail service the product knows): Postfix's advice is generic. */
const FILE = (smtp: Json): Json =>
  ownServerConfig({ server: 'posti.esimerkki.fi', authentication: 'password', ...smtp });

function plan(port: number, smtp: Json, timeoutMs = 10_000): SendPlan {
  const planned = planTestSend(text(FILE(smtp)), {
    to: 'vastaanottaja@example.test',
    server: `127.0.0.1:${port}`,
    timeoutMs,
    words: WORDS,
  });
  assert.ok(planned.ok, planned.ok ? '' : planned.error.message);
  return planned.plan;
}

function assertNoSecret(text: string): void {
  assert.ok(!text.includes(PASSWORD), 'the password is shown');
  assert.ok(!text.includes(AUTH_ARGUMENT), 'the AUTH argument is shown');
}

describe('own server: Debian Postfix + Dovecot SASL on 127.0.0.1', { skip: postfixSkipReason() }, () => {
  let postfix: Postfix;
  before(async () => {
    postfix = await startPostfix({ user: USER, password: PASSWORD });
  });
  after(() => postfix?.close());

  it('587 with SSL on: STARTTLS, the login, the message delivered; the AUTH lines after TLS only', async () => {
    const outcome = await sendTestMail(plan(postfix.submissionPort, { port: 587, ssl: true }), {
      password: PASSWORD,
      ca: postfix.ca,
    });
    assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.failure.message} ${outcome.failure.hint}`);
    assert.match(outcome.result.serverReply, /^250 2\.0\.0 Ok: queued as/);
    const transcript = outcome.transcript.join('\n');
    assert.ok(transcript.indexOf('STARTTLS') < transcript.indexOf('AUTH PLAIN'));
    assertNoSecret(transcript);
    await postfix.waitFor((mail) => mail.length > 0);
    const delivered = postfix.delivered();
    assert.match(delivered[0], /\(Authenticated sender: laskutus@esimerkki\.fi\)/);
    assert.match(delivered[0], /with ESMTPSA/, 'Postfix saw the login over TLS');
  });

  it('a wrong password: Postfix says 535 5.7.8, explained as a refused login, not as Google', async () => {
    const outcome = await sendTestMail(plan(postfix.submissionPort, { port: 587, ssl: true }), {
      password: 'väärä salasana',
      ca: postfix.ca,
    });
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'auth');
    assert.equal(outcome.failure.passwordRefused, true);
    assert.match(outcome.failure.serverReply ?? '', /^535 5\.7\.8 Error: authentication failed/);
    assert.equal(outcome.failure.explained?.id, 'reply.535');
    assert.ok(!/Google|app password/i.test(outcome.failure.hint), outcome.failure.hint);
  });

  it('SSL off with a login: refused before anything is connected to, unless allowed this once', async () => {
    // Every earlier session ended and logged (its last lines came after the client had gone: a
    // snapshot taken before them failed a CI run), so any later line is this test's.
    const lines = (log: string, said: string) => log.split('\n').filter((line) => line.includes(said)).length;
    await postfix.waitFor((_mail, log) => lines(log, ': connect from') === lines(log, ': disconnect from'));
    const before = postfix.log();
    const refused = await sendTestMail(plan(postfix.plainPort, { port: 587, ssl: false }), {
      password: PASSWORD,
    });
    assert.ok(!refused.ok);
    assert.equal(refused.failure.kind, 'cleartext-login');
    assert.match(refused.failure.message, /the password of laskutus@esimerkki\.fi would cross the network/);
    assert.equal(refused.transcript.length, 0, 'nothing was said to the server');
    assert.equal(postfix.log(), before, 'Postfix saw no connection');

    const allowed = await sendTestMail(plan(postfix.plainPort, { port: 587, ssl: false }), {
      password: PASSWORD,
      allowCleartextLogin: true,
    });
    assert.ok(allowed.ok, allowed.ok ? '' : allowed.failure.message);
    assertNoSecret(allowed.transcript.join('\n'));
  });

  it("465 in the file, Postfix's submission port as the override: the hint names the file's port and the override", async () => {
    const outcome = await sendTestMail(plan(postfix.submissionPort, { port: 465, ssl: true }), {
      password: PASSWORD,
      ca: postfix.ca,
    });
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'tls');
    assert.match(
      outcome.failure.hint,
      new RegExp(
        `^The file's port 465 with SSL on means TLS from the first byte, which 127\\.0\\.0\\.1:${postfix.submissionPort} \\(`,
      ),
    );
    assertNoSecret(outcome.transcript.join('\n') + outcome.failure.message + outcome.failure.hint);
  });

  it('asks (EHLO only) whether the server offers STARTTLS, and says "turn SSL on" when it does', async () => {
    const onSubmission = plan(postfix.submissionPort, { port: 587, ssl: false });
    assert.equal(await offersStartTls(onSubmission), true);
    assert.match(cleartextLoginText(onSubmission, true).refused, /offers STARTTLS: turn SSL on/);
    const onPlain = plan(postfix.plainPort, { port: 587, ssl: false });
    assert.equal(await offersStartTls(onPlain), false);
    assert.match(cleartextLoginText(onPlain, false).refused, /does not offer STARTTLS/);
  });

  it('SSL off to the submission port, allowed: Postfix wants STARTTLS first, and the advice says so', async () => {
    const outcome = await sendTestMail(plan(postfix.submissionPort, { port: 587, ssl: false }), {
      password: PASSWORD,
      allowCleartextLogin: true,
    });
    assert.ok(!outcome.ok);
    assert.match(outcome.failure.serverReply ?? '', /5\.7\.0 Must issue a STARTTLS command first/);
    assert.equal(outcome.failure.explained?.id, 'reply.starttls-first');
    assert.equal(outcome.failure.passwordRefused, false);
  });

  it('a relay that offers no login: accepted, and said that the login was not tested (regression)', async () => {
    // A helper's finding: "Accepted" and a ✓ though the username and password were never sent.
    const before = postfix.delivered().length;
    const outcome = await sendTestMail(plan(postfix.relayPort, { port: 25, ssl: false }), {
      password: PASSWORD,
      allowCleartextLogin: true,
    });
    assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.failure.message} ${outcome.failure.hint}`);
    assert.equal(
      outcome.result.loginNotTried,
      `127.0.0.1:${postfix.relayPort} offered no login (no AUTH in its reply to EHLO) and took the message without one: the username and password were not tested.`,
    );
    assert.ok(!outcome.transcript.some((line) => / C: AUTH\b/.test(line)), 'no AUTH was sent');
    await postfix.waitFor((mail) => mail.length > before);
    assert.match(
      postfix.delivered().at(-1) ?? '',
      /with ESMTP id/,
      'Postfix saw no login (ESMTPA would say one)',
    );
    // A login the server took says nothing of the kind.
    const submitted = await sendTestMail(plan(postfix.submissionPort, { port: 587, ssl: true }), {
      password: PASSWORD,
      ca: postfix.ca,
    });
    assert.ok(submitted.ok && submitted.result.loginNotTried === undefined);
    const dir = tempTree({ 'rele.nova-mail.json': text(FILE({ port: 25, ssl: false })) });
    const cli = await runCliAsync(
      [
        'send-test',
        path.join(dir, 'rele.nova-mail.json'),
        '--to',
        'vastaanottaja@example.test',
        '--server',
        `127.0.0.1:${postfix.relayPort}`,
        '--allow-cleartext-login',
        '--lang',
        'fi',
      ],
      { env: { NOVA_MAIL_SMTP_PASSWORD: PASSWORD } },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /ei tarjonnut kirjautumista .* käyttäjätunnusta ja salasanaa ei testattu\.$/m);
  });

  it('a server slower than the timeout: the advice names the way to allow more time (regression)', async () => {
    // Postfix greets 5 s late (its `sleep` restriction): "raise the timeout" named no control.
    const outcome = await sendTestMail(plan(postfix.slowPort, { port: 25, ssl: false }, 1000), {
      password: PASSWORD,
      allowCleartextLogin: true,
    });
    assert.ok(!outcome.ok && outcome.failure.kind === 'timeout', JSON.stringify(outcome));
    assert.equal(outcome.failure.message, `127.0.0.1:${postfix.slowPort} did not answer in time (1000 ms).`);
    assert.match(
      outcome.failure.hint ?? '',
      /: check the override server .* and the network, or allow more time \(raise --timeout <ms>\)\./,
    );
  });

  it('465 with SSL on: implicit TLS to the smtps port', async () => {
    const outcome = await sendTestMail(plan(postfix.smtpsPort, { port: 465, ssl: true }), {
      password: PASSWORD,
      ca: postfix.ca,
    });
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
  });

  it('the connection check lists what the server offers after STARTTLS (AUTH included)', async () => {
    const { transport } = plan(postfix.submissionPort, { port: 587, ssl: true });
    const outcome = await checkConnection(transport, 'en', WORDS, { ca: postfix.ca });
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    assert.ok(outcome.report.capabilities.includes('AUTH PLAIN LOGIN'), outcome.report.capabilities.join());
    assert.ok(!outcome.report.capabilities.includes('STARTTLS'), 'the list from before STARTTLS');
  });

  it('the CLI refuses a login in clear (exit 2, the reason, the option), and Postfix saw no AUTH', async () => {
    const dir = tempTree({ 'posti.nova-mail.json': text(FILE({ port: 587, ssl: false })) });
    const args = [
      'send-test',
      path.join(dir, 'posti.nova-mail.json'),
      '--to',
      'vastaanottaja@example.test',
      '--server',
      `127.0.0.1:${postfix.submissionPort}`,
    ];
    const env = { NOVA_MAIL_SMTP_PASSWORD: PASSWORD };
    const disconnects = (log: string) => log.split('\n').filter((line) => line.includes(': disconnect from'));
    const connects = (log: string) => log.split('\n').filter((line) => line.includes(': connect from'));
    // Every earlier session ended and logged: the next "disconnect" line is the CLI's.
    await postfix.waitFor((_mail, log) => connects(log).length === disconnects(log).length);
    const seen = disconnects(postfix.log()).length;
    const refused = await runCliAsync(args, { env });
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /unencrypted/);
    assert.match(refused.stderr, /offers STARTTLS: turn SSL on/);
    assert.match(refused.stderr, /--allow-cleartext-login/);
    assert.equal(refused.stdout, '', 'nothing said of sending');
    // Postfix counts the commands of each session: the CLI's question was EHLO and QUIT, no AUTH.
    await postfix.waitFor((_mail, log) => disconnects(log).length > seen);
    const session = disconnects(postfix.log())[seen];
    assert.match(session, /ehlo=1 quit=1 commands=2/);
    assert.doesNotMatch(session, /auth=/);

    const plainArgs = [...args.slice(0, -1), `127.0.0.1:${postfix.plainPort}`, '--allow-cleartext-login'];
    const allowed = await runCliAsync([...plainArgs, '--verbose'], { env });
    assert.equal(allowed.status, 0, allowed.stderr);
    assertNoSecret(allowed.stdout + allowed.stderr);
    const messageId = /<([^>]+)>/.exec(allowed.stdout)?.[1];
    assert.ok(messageId, allowed.stdout);
    await postfix.waitFor((mail) => mail.some((message) => message.includes(messageId)));
  });
});
