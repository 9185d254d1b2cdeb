import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  checkConnection,
  planTestSend,
  recipientError,
  sendTestMail,
  type SendFailure,
  type SendPlan,
  type SendRequest,
} from '../../src/core/send';
import { classifyFailure } from '../../src/core/send/failures';
import { definedConfig, personConfig, text, type Json } from '../helpers';
import {
  refusedPort,
  selfSignedCertificate,
  startCatcher,
  startMute,
  startScripted,
  withServer,
  type Catcher,
  type TestServer,
} from './servers';

function plan(config: Json, request: Partial<SendRequest> & { port: number }): SendPlan {
  const { port, ...rest } = request;
  const result = planTestSend(text(config), {
    to: 'vastaanottaja@example.test',
    server: `127.0.0.1:${port}`,
    ...rest,
  });
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.plan;
}

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

  it('sends as the chosen person in person-register mode, and asks when several can send', async () => {
    const several = planTestSend(text(personConfig()), {
      to: 'x@example.test',
      server: `127.0.0.1:${catcher.port}`,
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
    const { key, cert } = selfSignedCertificate();
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
    const { key, cert } = selfSignedCertificate();
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

  it('explains a refused connection', async () => {
    const failure = await failureOf(await refusedPort());
    assert.equal(failure.kind, 'refused');
    assert.match(failure.message, /^127\.0\.0\.1:\d+ refused the connection\.$/);
    assert.match(failure.hint, /port \(Nova uses 25\)/);
  });

  it('gives up on a mute server after the greeting timeout', async () => {
    const failure = await failureOf(startMute(), definedConfig(), { timeoutMs: 300 });
    assert.equal(failure.kind, 'timeout');
    assert.match(failure.message, /did not answer in time \(300 ms\)/);
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
    assert.match(failure.hint, /refuses to relay/);
  });

  it('calls a 4xx after DATA temporary', async () => {
    const failure = await failureOf(startScripted({ onData: '451 4.3.0 Try again later' }));
    assert.equal(failure.kind, 'temporary');
    assert.match(failure.message, /451 4\.3\.0 Try again later/);
  });

  it('checks a connection without sending: greeting and capabilities', async () => {
    const { key, cert } = selfSignedCertificate();
    const offering = await startCatcher({ key, cert, allowInsecureAuth: true, size: 1024 * 1024 });
    try {
      const outcome = await checkConnection(
        { host: '127.0.0.1', port: offering.port, secure: false, timeoutMs: 5000 },
        'en',
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
  const request = { to: 'x@example.test', server: '127.0.0.1:9' };

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
      { host: 'smtp.visma.local', port: 25, secure: false, timeoutMs: 1000 },
      'fi',
      false,
    );
    assert.equal(failure.kind, 'dns');
    assert.match(failure.hint, /smtp\.visma\.local löytyy vain Visman sovelluspalvelun/);
  });
});
