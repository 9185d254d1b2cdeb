import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  checkConnection,
  planPrepared,
  planTestSend,
  prepareTestSend,
  senderOf,
  recipientError,
  sendTestMail,
  type SendFailure,
  type SendPlan,
  type SendRequest,
} from '../../src/core/send';
import { classifyFailure } from '../../src/core/send/failures';
import { normalizeAddress } from '../../src/core/address';
import { definedConfig, personConfig, text, WORDS, type Json } from '../helpers';
import {
  refusedPort,
  selfSignedCertificate,
  startCatcher,
  startDripping,
  startMute,
  startScripted,
  startSilentAfterData,
  withServer,
  type Catcher,
  type TestServer,
} from '../../scripts/servers/smtp';

function plan(config: Json, request: Partial<SendRequest> & { port: number }): SendPlan {
  const { port, ...rest } = request;
  const result = planTestSend(text(config), {
    to: 'vastaanottaja@example.test',
    server: `127.0.0.1:${port}`,
    words: WORDS,
    ...rest,
  });
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.plan;
}

/** The transport of a hosted file with SSL off, for the tests that build one by hand. */
const HOSTED_PLAIN = { ssl: false, secure: false, requireTls: false, profile: 'hosted' as const };
const sslOn = (): Json => ({ ...definedConfig(), smtp: { server: 'smtp.visma.local', port: 25, ssl: true } });

/** Sends to a port (or a server started for the purpose) and returns why it failed. */
async function failureOf(
  server: number | Promise<TestServer>,
  config: Json = definedConfig(),
  request: Partial<SendRequest> = {},
  signal?: AbortSignal,
): Promise<SendFailure> {
  const send = (port: number) => sendTestMail(plan(config, { port, ...request }), signal ? { signal } : {});
  const outcome = typeof server === 'number' ? await send(server) : await withServer(server, send);
  assert.ok(!outcome.ok, 'sending must fail');
  return outcome.failure;
}

describe('send test e-mail against real SMTP servers on 127.0.0.1', () => {
  let catcher: Catcher;
  before(async () => {
    catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
  });
  after(() => catcher.close());

  it('delivers one message with the defined sender, the receipt copy in the envelope', async () => {
    const p = plan(definedConfig(), { port: catcher.port, now: new Date('2026-11-27T10:00:00Z') });
    const outcome = await sendTestMail(p);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    const mail = catcher.received.at(-1);
    assert.ok(mail);
    assert.equal(mail.mailFrom, 'laskutus@esimerkki.fi');
    assert.deepEqual(mail.rcptTo, ['vastaanottaja@example.test', 'laskutus@esimerkki.fi']);
    assert.deepEqual(mail.parsed.from?.value, [{ name: 'Laskutus', address: 'laskutus@esimerkki.fi' }]);
    assert.equal(mail.parsed.headers.get('bcc'), undefined, 'the copy is not a header');
    assert.match(
      mail.parsed.subject ?? '',
      new RegExp(
        `^Nova Mail test message \\(127\\.0\\.0\\.1:${catcher.port}, SSL off\\) / Nova Mail -testiviesti`,
      ),
    );
    const body = mail.parsed.text ?? '';
    for (const expected of [
      'SMTP-palvelin / SMTP server: 127.0.0.1',
      'Portti / Port:',
      'SSL: ei käytössä / off',
      'defined sender',
      'Aika / Time: 2026-11-27T10:00:00.000Z',
      'smtp.od.visma.fi',
      'luotetuksi lähettäjäksi',
      'server overridden',
    ]) {
      assert.ok(body.includes(expected), `body has "${expected}"`);
    }
    assert.match(outcome.result.serverReply, /^250 /);
    assert.deepEqual(outcome.result.accepted, ['vastaanottaja@example.test', 'laskutus@esimerkki.fi']);
    assert.equal(outcome.result.messageId, mail.parsed.messageId);
    assert.ok(outcome.transcript.some((line) => / C: MAIL FROM:<laskutus@esimerkki\.fi>/.test(line)));
    assert.ok(outcome.transcript.every((line) => /^\d{4}-\d\d-\d\dT[\d:.]+Z (C:|S:|\*) /.test(line)));
  });

  it('prepares once (senders, whether to ask who sends), then plans each answer without the file', () => {
    const request = { server: '127.0.0.1:2525', words: WORDS };
    const persons = prepareTestSend(text(personConfig()), request);
    assert.ok(persons.ok);
    assert.equal(persons.prepared.choosePerson, true);
    assert.deepEqual(
      persons.prepared.senders.map((sender) => sender.citrixId),
      ['999999teptes', '999999sansaa'],
    );
    const chosen = planPrepared(persons.prepared, { to: 'x@example.test', person: '999999sansaa' });
    assert.ok(chosen.ok);
    assert.equal(chosen.plan.from.citrixId, '999999sansaa');
    const unknown = senderOf(persons.prepared, '999999nobody');
    assert.ok(!unknown.ok && unknown.error.kind === 'unknown-person');
    const defined = prepareTestSend(text(definedConfig()), request);
    assert.ok(defined.ok && !defined.prepared.choosePerson && defined.prepared.senders.length === 1);
  });

  it('sends as the chosen person in person-register mode, and asks when several can send', async () => {
    const several = planTestSend(text(personConfig()), {
      to: 'x@example.test',
      server: `127.0.0.1:${catcher.port}`,
      words: WORDS,
    });
    assert.ok(!several.ok && several.error.kind === 'choose-person');
    assert.deepEqual(
      several.error.candidates?.map((c) => c.citrixId),
      ['999999teptes', '999999sansaa'],
    );
    const p = plan(personConfig(), { port: catcher.port, person: '999999SANSAA', lang: 'fi' });
    const outcome = await sendTestMail(p);
    assert.ok(outcome.ok);
    const mail = catcher.received.at(-1);
    assert.deepEqual(mail?.parsed.from?.value, [
      { name: 'Sanna Säännöllinen', address: '999999sansaa@esimerkki.fi' },
    ]);
    assert.match(mail?.parsed.subject ?? '', /^Nova Mail -testiviesti/);
    assert.ok(mail?.parsed.text?.startsWith('Tämä on Nova Mail -testiviesti'));
    assert.ok(mail?.parsed.text?.includes('Henkilö / Person: Sanna Säännöllinen (999999sansaa)'));
  });

  it('sends no copy without deliveryReceipt', async () => {
    const outcome = await sendTestMail(
      plan({ ...definedConfig(), deliveryReceipt: false }, { port: catcher.port }),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(catcher.received.at(-1)?.rcptTo, ['vastaanottaja@example.test']);
  });

  it('never tries AUTH or STARTTLS with SSL off, even when the server offers both', async () => {
    const { key, cert } = await selfSignedCertificate();
    const offering = await startCatcher({ key, cert, allowInsecureAuth: true });
    try {
      const outcome = await sendTestMail(plan(definedConfig(), { port: offering.port }));
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
      assert.equal(offering.received.length, 1);
      assert.equal(offering.received[0].secure, false);
      assert.equal(offering.authAttempts, 0);
      const server = outcome.transcript.filter((line) => / S: /.test(line)).join('\n');
      assert.match(server, /STARTTLS/);
      assert.match(server, /250-AUTH LOGIN PLAIN/);
      assert.ok(!outcome.transcript.some((line) => / C: (STARTTLS|AUTH)/.test(line)));
    } finally {
      await offering.close();
    }
  });

  it('uses implicit TLS when SSL is on', async () => {
    const { key, cert } = await selfSignedCertificate();
    const tls = await startCatcher({ secure: true, key, cert });
    try {
      const outcome = await sendTestMail(plan(sslOn(), { port: tls.port }), { ca: cert });
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
      assert.equal(tls.received[0].secure, true);
    } finally {
      await tls.close();
    }
  });

  it('explains a TLS failure when SSL is on against a plain server', async () => {
    const failure = await failureOf(catcher.port, sslOn(), { timeoutMs: 5000 });
    assert.equal(failure.kind, 'tls');
    assert.match(
      failure.message,
      /^The TLS connection to 127\.0\.0\.1:\d+ failed \(wrong version number\)\.$/,
    );
    assert.match(failure.hint, /SSL is on, but the server speaks plain SMTP/);
  });

  it('explains a refused connection, naming the override as what was tried (regression)', async () => {
    const failure = await failureOf(await refusedPort());
    assert.equal(failure.kind, 'refused');
    assert.match(failure.message, /^127\.0\.0\.1:\d+ refused the connection\.$/);
    assert.match(failure.hint, /check the override server 127\.0\.0\.1:\d+ \(--server host:port\)/);
    assert.ok(!failure.hint.includes('Nova uses 25'), "the file's port was not what was tried");
  });

  it('gives up on a mute server after the greeting timeout', async () => {
    const failure = await failureOf(startMute(), definedConfig(), { timeoutMs: 300 });
    assert.equal(failure.kind, 'timeout');
    assert.match(failure.message, /did not answer in time \(300 ms\)/);
    // The front end’s own way to allow more time (regression: "raise the timeout", named nowhere).
    assert.match(failure.hint, /or allow more time \(raise --timeout <ms>\)\./);
  });

  it('can be cancelled while it waits', async () => {
    const abort = new AbortController();
    const failure = await failureOf(
      startMute(() => abort.abort()),
      definedConfig(),
      { timeoutMs: 10_000 },
      abort.signal,
    );
    assert.equal(failure.kind, 'cancelled');
  });

  it('reports a connection closed during DATA', async () => {
    const failure = await failureOf(startScripted({ onData: 'close' }));
    assert.equal(failure.kind, 'closed');
  });

  it('quotes a 5xx rejection at RCPT and explains relaying', async () => {
    const server = startScripted({
      reply: (c) => (/^RCPT/i.test(c) ? '550 5.7.1 Relaying denied' : undefined),
    });
    const failure = await failureOf(server, { ...definedConfig(), deliveryReceipt: false });
    assert.equal(failure.kind, 'rejected');
    assert.equal(failure.serverReply, '550 5.7.1 Relaying denied');
    assert.match(failure.message, /550 5\.7\.1 Relaying denied/);
    assert.deepEqual(failure.explained, { id: 'reply.5.7.1', status: '5.7.1' });
  });

  it('calls a 4xx after DATA temporary', async () => {
    const failure = await failureOf(startScripted({ onData: '451 4.3.0 Try again later' }));
    assert.equal(failure.kind, 'temporary');
    assert.match(failure.message, /451 4\.3\.0 Try again later/);
  });

  it('checks a connection without sending: greeting and capabilities', async () => {
    const { key, cert } = await selfSignedCertificate();
    const offering = await startCatcher({ key, cert, allowInsecureAuth: true, size: 1024 * 1024 });
    try {
      const outcome = await checkConnection(
        { ...HOSTED_PLAIN, host: '127.0.0.1', port: offering.port, timeoutMs: 5000, overridden: true },
        'en',
        WORDS,
      );
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
      assert.match(outcome.report.greeting, /^220 /);
      assert.ok(outcome.report.capabilities.includes('STARTTLS'), outcome.report.capabilities.join('|'));
      assert.ok(outcome.report.capabilities.includes('AUTH LOGIN PLAIN'));
      assert.ok(outcome.report.capabilities.includes('SIZE 1048576'));
      assert.equal(offering.received.length, 0);
    } finally {
      await offering.close();
    }
  });
});

describe('what is refused before connecting', () => {
  const request = { to: 'x@example.test', server: '127.0.0.1:9', words: WORDS };

  it('refuses real credentials, without repeating them, whatever the rule settings', () => {
    const c = personConfig();
    c.persons[0].email.smtpPassword = 'Hemmetin-Salainen';
    const result = planTestSend(text(c), { ...request, person: '999999teptes' });
    assert.ok(!result.ok);
    assert.equal(result.error.kind, 'real-credentials');
    assert.match(result.error.message, /real password \(line 24:/);
    assert.ok(!result.error.message.includes('Hemmetin'));
  });

  it('refuses control characters in names and addresses (header injection)', () => {
    for (const [config, to] of [
      [definedConfig(), 'x@example.test\r\nBcc: someone@example.test'],
      [
        { ...definedConfig(), sender: { ...definedConfig().sender, name: 'Laskutus\nBcc: a@b.fi' } },
        'x@example.test',
      ],
    ] as const) {
      const result = planTestSend(text(config), { ...request, to });
      assert.ok(!result.ok);
      assert.equal(result.error.kind, 'header-injection');
    }
  });

  it('refuses a recipient that is not an address, and a bad server override', () => {
    const bad = planTestSend(text(definedConfig()), { ...request, to: 'Teppo <teppo@example.test>' });
    assert.ok(!bad.ok && bad.error.kind === 'invalid-address');
    const server = planTestSend(text(definedConfig()), { ...request, server: 'localhost:99999' });
    assert.ok(!server.ok && server.error.kind === 'invalid-server');
    // No DNS name is longer than 253 characters: a helper's 100,000 went to the resolver (regression).
    const long = planTestSend(text(definedConfig()), { ...request, server: `${'a'.repeat(100_000)}:25` });
    assert.ok(!long.ok && long.error.kind === 'invalid-server');
    assert.ok(long.error.message.includes(`"${'a'.repeat(200)}…"`), long.error.message.slice(0, 300));
    assert.ok(long.error.message.length < 300, String(long.error.message.length));
    // Cut as the CLI's usage errors are (one helper, core/visible-text.ts): never half an emoji.
    const emoji = planTestSend(text(definedConfig()), {
      ...request,
      server: `${'a'.repeat(199)}${'😀'.repeat(200)}`,
    });
    assert.ok(
      !emoji.ok && emoji.error.message.includes(`"${'a'.repeat(199)}…"`),
      emoji.ok ? '' : emoji.error.message.slice(0, 260),
    );
    assert.ok(planTestSend(text(definedConfig()), { ...request, server: `${'a.'.repeat(125)}fi` }).ok);
  });

  it('checks a typed recipient alone, as the input box does', () => {
    assert.equal(recipientError('  vastaanottaja@example.test\t', 'en'), undefined);
    assert.match(recipientError('a@example.test\r\nBcc: b@example.test', 'en') ?? '', /control character/);
    assert.equal(recipientError('Teppo', 'fi'), 'Ei lähetetty: "Teppo" ei ole sähköpostiosoite.');
  });

  it('refuses a file without a usable sender or SMTP settings', () => {
    const noPersons = planTestSend(text({ ...personConfig(), persons: [] }), request);
    assert.ok(!noPersons.ok && noPersons.error.kind === 'no-sender');
    const noPort = planTestSend(
      text({ ...definedConfig(), smtp: { server: 'x', port: '25', ssl: false } }),
      request,
    );
    assert.ok(!noPort.ok && noPort.error.kind === 'invalid-config');
    const broken = planTestSend('{"smtp": ', request);
    assert.ok(!broken.ok && broken.error.kind === 'invalid-config');
  });

  it('keeps the file\'s other problems for a "send anyway" warning', () => {
    const result = planTestSend(
      text({ ...definedConfig(), smtp: { server: 'smtp.visma.local', port: 2525, ssl: false } }),
      request,
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.plan.problems.map((p) => p.rule),
      ['smtp-port'],
    );
    assert.equal(result.plan.transport.port, 9, 'the override port wins');
  });

  it('explains DNS failures of smtp.visma.local', () => {
    const failure = classifyFailure(
      Object.assign(new Error('getaddrinfo ENOTFOUND smtp.visma.local'), { code: 'EDNS' }),
      { ...HOSTED_PLAIN, host: 'smtp.visma.local', port: 25, timeoutMs: 1000, overridden: false },
      'fi',
      WORDS,
      undefined,
    );
    assert.equal(failure.kind, 'dns');
    assert.match(failure.hint, /smtp\.visma\.local löytyy vain Visman sovelluspalvelun/);
  });
});

describe('sends that always end (regressions)', () => {
  it('a server that drips one line at a time is cut off at the whole-exchange deadline', async () => {
    const failure = await failureOf(startDripping(50), definedConfig(), { timeoutMs: 600 });
    assert.equal(failure.kind, 'timeout');
    assert.match(failure.message, /did not finish the exchange within 600 ms/);
    assert.match(failure.hint, /transcript .*\(run again with --verbose\)/);
  });

  it('the connection check is bounded the same way, and can be cancelled', async () => {
    const transport = (port: number) => ({
      ...HOSTED_PLAIN,
      host: '127.0.0.1',
      port,
      timeoutMs: 600,
      overridden: true,
    });
    const dripped = await withServer(startDripping(50), (port) =>
      checkConnection(transport(port), 'en', WORDS),
    );
    assert.ok(!dripped.ok && dripped.failure.kind === 'timeout', JSON.stringify(dripped));
    const abort = new AbortController();
    const cancelled = await withServer(
      startMute(() => abort.abort()),
      (port) =>
        checkConnection({ ...transport(port), timeoutMs: 10_000 }, 'en', WORDS, { signal: abort.signal }),
    );
    assert.ok(!cancelled.ok && cancelled.failure.kind === 'cancelled');
  });

  it('tears the connection down at once when done, however silent the server stays', async () => {
    const outcome = await withServer(startSilentAfterData(), (port) =>
      sendTestMail(plan(definedConfig(), { port })),
    );
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    assert.ok(
      outcome.transcript.some((line) => /Closing connection to the server using "destroy"/.test(line)),
      'closed with destroy, not end (which waits 5 s for the server)',
    );
  });

  it('a garbage reply to EHLO is a protocol failure, not a timeout', async () => {
    const failure = await failureOf(
      startScripted({ reply: (c) => (/^(EHLO|HELO)/.test(c) ? 'HUH?' : undefined) }),
    );
    assert.equal(failure.kind, 'protocol');
    assert.match(failure.message, /answered HELO with something that is not SMTP: HUH\?/);
  });

  it('a greeting with an unknown code is a protocol failure, not a relay refusal', async () => {
    const failure = await failureOf(startScripted({ greeting: '299 hello there' }));
    assert.equal(failure.kind, 'protocol');
    assert.match(failure.message, /greeted with something that is not SMTP: 299 hello there/);
    assert.ok(!/relay/.test(failure.hint));
  });

  it('a greeting that refuses service (554) says so, not "refuses to relay"', async () => {
    const failure = await failureOf(startScripted({ greeting: '554 no service for you' }));
    assert.equal(failure.kind, 'unavailable');
    assert.match(failure.message, /refused to serve this connection: 554 no service for you/);
    assert.ok(!/relay/.test(failure.hint));
  });

  it('a recipient the server rejects while it accepts the copy is a failure, with the reply', async () => {
    const server = startScripted({
      reply: (c) => (/^RCPT TO:<vastaanottaja/i.test(c) ? '550 5.1.1 No such user' : undefined),
    });
    const failure = await failureOf(server);
    assert.equal(failure.kind, 'rejected');
    assert.match(failure.message, /550 5\.1\.1 No such user/);
  });
});

describe('Finnish domains (regression: an accepted ä/ö/å recipient was reported rejected)', () => {
  let catcher: Catcher;
  before(async () => {
    catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
  });
  after(() => catcher.close());

  it('sends to r@ääkkö.fi through a server without SMTPUTF8: punycode goes out, the result is accepted', async () => {
    const outcome = await withServer(startScripted({}), (port) =>
      sendTestMail(plan(definedConfig(), { port, to: 'r@ääkkö.fi' })),
    );
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    assert.ok(outcome.transcript.some((line) => / C: RCPT TO:<r@xn--kk-uiaa6g\.fi>/.test(line)));
  });

  it('sends to r@ääkkö.fi through a server with SMTPUTF8', async () => {
    const outcome = await sendTestMail(plan(definedConfig(), { port: catcher.port, to: 'r@ääkkö.fi' }));
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    assert.equal(normalizeAddress(catcher.received.at(-1)?.rcptTo[0] ?? ''), 'r@xn--kk-uiaa6g.fi');
  });

  it('sends from laskutus@ääkkö.fi, and the receipt copy is not doubled when it is also the recipient', async () => {
    const config = {
      ...definedConfig(),
      sender: { ...definedConfig().sender, address: 'laskutus@ääkkö.fi' },
    };
    const p = plan(config, { port: catcher.port, to: 'LASKUTUS@xn--kk-uiaa6g.fi' });
    assert.deepEqual(p.envelope.to, ['LASKUTUS@xn--kk-uiaa6g.fi']);
    const outcome = await sendTestMail(p);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.failure.message);
    assert.equal(normalizeAddress(catcher.received.at(-1)?.mailFrom ?? ''), 'laskutus@xn--kk-uiaa6g.fi');
  });
});

describe('credentials hidden from the rules are still refused (regression)', () => {
  const request = { to: 'x@example.test', server: '127.0.0.1:9', words: WORDS };

  it('a password inside an object', () => {
    const config = {
      ...definedConfig(),
      sender: { ...definedConfig().sender, password: { value: 'Salainen1' } },
    };
    const result = planTestSend(text(config), request);
    assert.ok(!result.ok && result.error.kind === 'real-credentials');
  });

  it('a password in the first of two duplicate keys', () => {
    const source = text(definedConfig()).replace(
      '"password": "xxx"',
      '"password": "Salainen1", "password": "xxx"',
    );
    const result = planTestSend(source, request);
    assert.ok(!result.ok && result.error.kind === 'real-credentials');
    assert.ok(!result.error.message.includes('Salainen1'));
  });

  it('a real password in a file that does not parse', () => {
    const result = planTestSend('{"sender": {"mode": "defined", "password": "Salainen1"', request);
    assert.ok(!result.ok && result.error.kind === 'real-credentials');
  });
});
