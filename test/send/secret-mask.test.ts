/**
 * A server that echoes what it was sent must not make nova-mail print the password: every text
 * that came from the server (the reply, the error, the transcript) is masked before it is shown,
 * and cut to a length a person reads. Against scripted servers on 127.0.0.1 that echo the login.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { planTestSend, SecretMask, sendTestMail } from '../../src/core/send';
import { MASK, MASKS, MAX_SHOWN_CHARACTERS } from '../../src/core/send/secret-mask';
import { startScripted, withServer } from '../../scripts/servers/smtp';
import { runCliAsync, tempTree } from '../cli/run-cli';
import { ownServerConfig, text, WORDS } from '../helpers';

const USER = 'laskutus@esimerkki.fi';
const PASSWORD = 'Kesä2026!salainen';
const AUTH_ARGUMENT = Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64');
const FILE = ownServerConfig({ server: 'posti.esimerkki.fi', ssl: false, authentication: 'password' });

/** Every trace of the password a server could echo. */
function assertNoSecret(shown: string): void {
  assert.ok(!shown.includes(PASSWORD), 'the password');
  assert.ok(!shown.includes(AUTH_ARGUMENT), 'the AUTH PLAIN argument');
  assert.ok(!shown.includes(Buffer.from(PASSWORD).toString('base64')), 'the AUTH LOGIN password line');
}

/** Offers AUTH, and answers it with `refusal` (by default a 535 that repeats what the client sent). */
function echoingServer(
  refusal: (command: string) => string = (command) => `535 5.7.8 You sent ${command.slice(5)} (${PASSWORD})`,
) {
  return startScripted({
    reply: (command) => {
      const verb = command.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') return '250-echo\r\n250 AUTH PLAIN LOGIN';
      if (verb === 'AUTH') return refusal(command);
      return undefined;
    },
  });
}

/** FILE's test send, in process, through a server on 127.0.0.1, the login in clear allowed. */
function planAgainst(port: number, lang: 'en' | 'fi' = 'en') {
  const planned = planTestSend(text(FILE), {
    to: 'vastaanottaja@example.test',
    server: `127.0.0.1:${port}`,
    timeoutMs: 5000,
    words: WORDS,
    lang,
  });
  assert.ok(planned.ok, planned.ok ? '' : planned.error.message);
  return planned.plan;
}

/** `send-test` of FILE through a server on 127.0.0.1, the login in clear allowed, the password given. */
function sendTestAgainst(port: number, ...more: string[]) {
  const dir = tempTree({ 'posti.nova-mail.json': text(FILE) });
  const args = ['send-test', path.join(dir, 'posti.nova-mail.json'), '--to', 'vastaanottaja@example.test'];
  return runCliAsync([...args, '--server', `127.0.0.1:${port}`, '--allow-cleartext-login', ...more], {
    env: { NOVA_MAIL_SMTP_PASSWORD: PASSWORD },
  });
}

describe('what a server sends back is masked before it is shown', () => {
  it('masks the password, the AUTH argument and any base64 that decodes to hold the password', () => {
    const mask = new SecretMask(PASSWORD);
    const urlSafe = Buffer.from(`user=${USER}\u0001auth=${PASSWORD}`).toString('base64url');
    const shifted = `x${Buffer.from(`..${PASSWORD}`).toString('base64')}`;
    for (const echoed of [PASSWORD, AUTH_ARGUMENT, urlSafe, shifted]) {
      const shown = mask.shown(`535 5.7.8 got ${echoed} here`);
      assert.ok(shown.includes(MASK), shown);
      assertNoSecret(shown);
    }
    assert.equal(mask.shown('250 2.0.0 Ok: queued as 4F1A2B3C'), '250 2.0.0 Ok: queued as 4F1A2B3C');
  });

  it('withholds a reply that holds the password split, interleaved, in hex or percent-encoded (regression)', () => {
    const mask = new SecretMask(PASSWORD);
    const half = Math.floor(PASSWORD.length / 2);
    const [a, b] = [PASSWORD.slice(0, half), PASSWORD.slice(half)];
    const hex = Buffer.from(PASSWORD).toString('hex');
    const base64 = Buffer.from(PASSWORD).toString('base64');
    for (const echoed of [
      `535-5.7.8 wrong password ${a}\r\n535 5.7.8 ${b}`,
      `535 5.7.8 ${a}\u001b[0m${b}`,
      `535 5.7.8 ${a}\u200b${b}`,
      `535 5.7.8 ${a}\u00ad${b}`,
      `535 5.7.8 ${hex}`,
      // nodemailer's log line: with its white space gone, "5.7.8" glues a digit to the hex run.
      `Send Error: Invalid login: 535 5.7.8 ${hex}`,
      `535 5.7.8 ${hex.toUpperCase()}`,
      `535 5.7.8 ${encodeURIComponent(PASSWORD).replace(/[A-Za-z0-9!]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
      `535 5.7.8 ${base64.slice(0, 4)} ${base64.slice(4)}`,
    ]) {
      const shown = mask.shown(echoed);
      assertNoSecret(shown);
      assert.equal(shown, MASK, JSON.stringify(echoed));
    }
  });

  it('withholds a reply that holds half of the password or more, in any letter case or quoted-printable (regression)', () => {
    const mask = new SecretMask(PASSWORD);
    const half = Math.ceil(PASSWORD.length / 2);
    const qp = [...Buffer.from(PASSWORD)].map(
      (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    );
    for (const echoed of [
      `250 queued ${PASSWORD.slice(0, -1)}`, // a helper's server showed 11 of 12 characters
      `220 evil ${PASSWORD.slice(0, half)}`, // the halves in two replies: each withheld
      `250-evil ${PASSWORD.slice(-half)}`,
      `535 5.7.8 ${PASSWORD.toUpperCase()}`,
      `535 5.7.8 ${qp.join('')}`,
    ]) {
      const shown = mask.shown(echoed);
      assert.equal(shown, MASK, echoed);
    }
    // A helper's server: each half base64-encoded on its own, the password with a dot between its
    // characters, and reversed.
    for (const echoed of [
      `235 ok id=${Buffer.from(PASSWORD.slice(0, half)).toString('base64')}`,
      `250 ok id=${Buffer.from(PASSWORD.slice(-half)).toString('base64')}`,
      `250 queued as 1 ${[...PASSWORD].join('.')}`,
      `250 queued as 1 ${[...PASSWORD].reverse().join('')}`,
    ]) {
      assert.equal(mask.shown(echoed), MASK, echoed);
    }
    // helper-18's encodings: base64 pieces each padded over a multi-line reply, percent-encoding
    // with a stray escape, hex of the halves or with colons, quoted-printable, base64 of Latin-1 or
    // UTF-16, NFD, fullwidth letters, \u escapes and HTML entities.
    const bytes = [...Buffer.from(PASSWORD)];
    const hex = (text: string) => Buffer.from(text).toString('hex');
    const [first, second, third] = [PASSWORD.slice(0, 6), PASSWORD.slice(6, 12), PASSWORD.slice(12)];
    for (const echoed of [
      [first, second, third]
        .map((piece) => `535-5.7.8 ${Buffer.from(piece).toString('base64')}`)
        .join('\r\n'),
      `535 5.7.8 ${encodeURIComponent(PASSWORD)} %FF`,
      `535 5.7.8 ${hex(PASSWORD.slice(0, half))}-${hex(PASSWORD.slice(half))}`,
      `535 5.7.8 ${bytes.map((byte) => byte.toString(16).padStart(2, '0')).join(':')}`,
      `535 5.7.8 ${[...Buffer.from(PASSWORD.slice(0, half))].map((byte) => `=${byte.toString(16)}`).join('')}`,
      `535 5.7.8 ${Buffer.from(PASSWORD, 'latin1').toString('base64')}`,
      `535 5.7.8 ${Buffer.from(PASSWORD, 'utf16le').toString('base64')}`,
      `535 5.7.8 ${PASSWORD.normalize('NFD')}`,
      `535 5.7.8 ${PASSWORD.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}`,
      `535 5.7.8 ${[...PASSWORD].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}`,
      `535 5.7.8 ${[...PASSWORD].map((c) => `&#${c.charCodeAt(0)};`).join('')}`,
    ]) {
      assert.equal(mask.shown(echoed), MASK, echoed);
    }
    // Ordinary replies stay whole for an ordinary password (no piece of it, in any decoding).
    const autumn = new SecretMask('Syksy2026!');
    for (const reply of [
      '220 EX01.contoso.com Microsoft ESMTP MAIL Service ready at Sun, 6 Dec 2026 19:30:00 +0200',
      '250 2.0.0 Ok: queued as 4F2A1231B2',
      '535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b0040e3bb9ca8csm1234567wmq.1 - gsmtp',
      '250-posti.esimerkki.fi Hello [127.0.0.1]\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN',
    ])
      assert.equal(autumn.shown(reply), reply);
    // Less than half of it (never under 4 characters) is an ordinary reply: "2026" is a year.
    assert.equal(mask.shown('250 2.0.0 Ok 2026'), '250 2.0.0 Ok 2026');
    assert.equal(
      mask.shown(`250 ok ${PASSWORD.slice(0, half - 1)}`),
      `250 ok ${PASSWORD.slice(0, half - 1)}`,
    );
  });

  it('says the mask and the cut in the language of the run', () => {
    const finnish = new SecretMask(PASSWORD, 'fi');
    assert.equal(finnish.shown(`535 ${PASSWORD}`), '<poistettu: palvelin toisti salasanan tai osan siitä>');
    assert.match(finnish.shown(`550 ${'x'.repeat(200_000)}`), /… \(\+199\d{3} merkkiä\)$/);
  });

  it("masks only the server's text: a password that is an ordinary word leaves nova-mail's advice whole (regression)", async () => {
    for (const password of ['password', 'salasana', 'the']) {
      const outcome = await withServer(
        echoingServer(() => '535 5.7.8 Error: authentication failed: (reason unavailable)'),
        (port) => {
          const plan = planAgainst(port, 'fi');
          return sendTestMail(plan, { password, allowCleartextLogin: true });
        },
      );
      assert.ok(!outcome.ok);
      assert.ok(!outcome.failure.hint.includes('<redacted'), outcome.failure.hint);
      // The server's reply is shown whole, or withheld whole ("authentication" holds "the"):
      // never with a hole where the password would be.
      const reply = outcome.failure.serverReply ?? '';
      assert.ok(reply === MASKS.fi || reply.startsWith('535 5.7.8 Error: authentication failed'), reply);
      assert.ok(!/\w<redacted|redacted>\w/.test(outcome.failure.message), outcome.failure.message);
    }
  });

  it('cuts a long reply to what a person reads', () => {
    const shown = new SecretMask().shown(`550 ${'x'.repeat(200_000)}`);
    assert.ok(shown.length < MAX_SHOWN_CHARACTERS + 40, String(shown.length));
    assert.match(shown, /\(\+199\d{3} characters\)$/);
  });

  it("shows a server's control characters, bare CRs and bidi overrides escaped, never raw (regression)", async () => {
    // A helper's server: "LIAM" read as "MAIL" in a notification, a bare CR forged an output line,
    // and the output channel's log file kept ESC and NUL for a terminal to obey.
    const hostile = '\u001b[31mRED \u202eLIAM\u202c \r fake \u0007\u0000';
    const escaped = '\\x1b[31mRED \\u202eLIAM\\u202c \\r fake \\x07\\x00';
    const outcome = await withServer(
      startScripted({
        greeting: `220 evil ${hostile} ESMTP`,
        reply: (command) => (command.startsWith('RCPT') ? `550 5.1.1 no ${hostile}` : undefined),
      }),
      (port) => sendTestMail(planAgainst(port), { password: PASSWORD, allowCleartextLogin: true }),
    );
    assert.ok(!outcome.ok);
    const shown = [outcome.failure.message, outcome.failure.serverReply ?? '', ...outcome.transcript];
    // eslint-disable-next-line no-control-regex
    for (const text of shown) assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/, text);
    assert.ok(
      outcome.transcript.some((line) => line.endsWith(`S: 220 evil ${escaped} ESMTP`)),
      outcome.transcript.join('\n'),
    );
    assert.ok(outcome.failure.serverReply?.includes(`550 5.1.1 no ${escaped}`), outcome.failure.serverReply);
  });

  it('a 535 that echoes the login reaches neither the failure, its reply, nor the transcript', async () => {
    const outcome = await withServer(echoingServer(), (port) => {
      const plan = planAgainst(port);
      const lines: string[] = [];
      return sendTestMail(plan, {
        password: PASSWORD,
        allowCleartextLogin: true,
        onTranscriptLine: (line) => lines.push(line),
      }).then((result) => ({ result, lines }));
    });
    assert.ok(!outcome.result.ok);
    const { failure, transcript } = outcome.result;
    assert.equal(failure.kind, 'auth');
    assertNoSecret(
      [failure.message, failure.hint, failure.serverReply, ...transcript, ...outcome.lines].join('\n'),
    );
    assert.ok(failure.serverReply?.includes(MASK));
  });

  it('the CLI prints no secret from such a server, with or without --verbose, and cuts a 200 KB reply', async () => {
    const long = ` ${'y'.repeat(200_000)}`;
    const echoLong = (command: string) => `535 5.7.8 You sent ${command.slice(5)} (${PASSWORD})${long}`;
    const result = await withServer(echoingServer(echoLong), async (port) => [
      await sendTestAgainst(port),
      await sendTestAgainst(port, '--verbose'),
    ]);
    for (const run of result) {
      assert.equal(run.status, 1, run.stderr.slice(0, 500));
      assertNoSecret(run.stdout + run.stderr);
      assert.ok(run.stderr.length < 20_000, `${run.stderr.length} characters printed`);
    }
  });

  it('the CLI prints no half of the password from an accepting reply, in Finnish (regression)', async () => {
    const server = startScripted({
      reply: (command) =>
        /^EHLO/i.test(command)
          ? '250-echo\r\n250 AUTH PLAIN LOGIN'
          : /^AUTH/i.test(command)
            ? '235 ok'
            : undefined,
      onData: `250 queued ${PASSWORD.slice(0, -1)}`,
    });
    const run = await withServer(server, (port) => sendTestAgainst(port, '--lang', 'fi'));
    const printed = run.stdout + run.stderr;
    assert.equal(run.status, 0, printed.slice(0, 500));
    assert.ok(!printed.includes(PASSWORD.slice(0, Math.ceil(PASSWORD.length / 2))), printed);
    assert.ok(printed.includes(MASKS.fi), printed);
  });

  it('the CLI prints no half of a password split over a multi-line reply, or its hex, even with --verbose (regression)', async () => {
    const [a, b] = [PASSWORD.slice(0, 8), PASSWORD.slice(8)];
    const hex = Buffer.from(PASSWORD).toString('hex');
    for (const echo of [
      `535-5.7.8 got ${a}\r\n535 5.7.8 ${b}`,
      `535 5.7.8 got ${a}\u200b${b}`,
      `535 5.7.8 ${hex}`,
    ]) {
      const run = await withServer(
        echoingServer(() => echo),
        (port) => sendTestAgainst(port, '--verbose'),
      );
      const printed = run.stdout + run.stderr;
      assert.equal(run.status, 1, printed.slice(0, 500));
      for (const piece of [a, b, hex])
        assert.ok(!printed.includes(piece), `${JSON.stringify(echo)}: ${piece}`);
      assert.ok(printed.includes(MASK), printed.slice(-800));
    }
  });
});

describe('a reply past 1 MB', () => {
  it('is said to be that, wherever it came, not "greeted with something that is not SMTP" (regression)', async () => {
    const outcome = await withServer(
      startScripted({
        reply: (command) => {
          const verb = command.split(' ')[0].toUpperCase();
          if (verb === 'EHLO') return `250-${'x'.repeat(1_200_000)}\r\n250 AUTH PLAIN`;
          return undefined;
        },
      }),
      (port) => {
        const plan = planAgainst(port);
        return sendTestMail(plan, { password: PASSWORD, allowCleartextLogin: true });
      },
    );
    assert.ok(!outcome.ok);
    assert.match(outcome.failure.message, /sent a reply longer than 1 MB/);
    assert.doesNotMatch(outcome.failure.message, /greeted/);
  });
});
