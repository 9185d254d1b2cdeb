import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { explainMail, explanationMarkdown, NotAMessage, type ExplainOptions } from '../../src/core';
import { dkimZone, receivedMessage, signingKey, tampered, type SigningKey } from '../dns/messages';
import { startDnsServer, type DnsServer } from '../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP, ROWS, ZONE } from '../dns/zones';

describe('explainMail: a received message, re-checked against a DNS server on 127.0.0.1', () => {
  let dns: DnsServer;
  let key: SigningKey;
  before(async () => {
    key = signingKey();
    dns = await startDnsServer({ ...ZONE, ...dkimZone(key, ['pass-a.test', 'nospf.test']) });
  });
  after(() => dns.close());
  const options = (more: ExplainOptions = {}): ExplainOptions => ({
    relay: RELAY,
    server: dns.address,
    timeoutMs: 2000,
    ...more,
  });

  it('finds the relay in the Received: chain and the sender among the configs', async () => {
    const message = await receivedMessage({ from: ROWS.passA, key });
    const configs = [
      { file: 'a.nova-mail.json', text: configSendingFrom([ROWS.passA]) },
      {
        file: 'b.nova-mail.json',
        text: JSON.stringify({ sender: { mode: 'defined', address: ROWS.passA.toUpperCase() } }),
      },
      { file: 'broken.nova-mail.json', text: '{"sender": ' },
    ];
    const explanation = await explainMail(message, options({ configs }));
    assert.equal(explanation.ok, true);
    assert.deepEqual(explanation.relay, { host: RELAY, addresses: [RELAY_IP], passed: true });
    assert.deepEqual(explanation.sentBy, [
      { file: 'a.nova-mail.json', as: 'Henkilö 1 (12345tes0)' },
      { file: 'b.nova-mail.json', as: 'the defined sender' },
    ]);
    assert.equal(explanation.subject, 'Lasku 1001');
    assert.equal(explanation.date, '2026-11-28T10:00:00.000Z');
    assert.deepEqual(explanation.to, ['vastaanottaja@recipient.test']);
  });

  it('with no SPF and no DMARC for the From: says what to publish, in Finnish too', async () => {
    const message = await receivedMessage({ from: ROWS.nospf, key });
    const english = await explainMail(message, options());
    assert.equal(english.ours?.spf.result, 'none');
    assert.equal(english.ours?.dmarc.result, 'none');
    assert.equal(english.ok, false);
    const advice = english.advice.join('\n');
    assert.match(advice, /Publish this TXT record at nospf\.test: "v=spf1 a:relay\.test ~all"/);
    assert.match(advice, /nospf\.test has no DMARC record/);
    const finnish = await explainMail(message, options({ lang: 'fi' }));
    assert.match(
      finnish.advice.join('\n'),
      /Julkaise verkkotunnukselle nospf\.test TXT-tietue "v=spf1 a:relay\.test ~all"/,
    );
    const report = explanationMarkdown(finnish, 'fi');
    assert.match(report, /^# Mitä tälle viestille tapahtui\n\n❌/);
    assert.match(report, /- DMARC: `none`/);
  });

  it('shows what the message says as text: Markdown in a name or subject is escaped', async () => {
    const message = await receivedMessage({ from: ROWS.passA, key });
    const forged = Buffer.from(
      message
        .toString('latin1')
        .replace(
          'Subject: Lasku 1001',
          'Subject: <img src=x onerror=alert(1)> [click](http://evil.test) *bold*',
        ),
      'latin1',
    );
    const report = explanationMarkdown(await explainMail(forged, options()), 'en');
    assert.ok(
      report.includes('\\<img src=x onerror=alert(1)\\> \\[click\\](http://evil.test) \\*bold\\*'),
      report,
    );
    assert.ok(!/(^|[^\\])<img/.test(report), 'no unescaped tag');
  });

  it('a Received: host that merely contains the relay name is not the relay (helper finding)', async () => {
    const message = await receivedMessage({ from: ROWS.passA, key });
    const forged = Buffer.from(
      message
        .toString('latin1')
        .replaceAll(RELAY, `not${RELAY}.evil.test`)
        .replace(`[${RELAY_IP}]`, '[198.51.100.9]'),
      'latin1',
    );
    const explanation = await explainMail(forged, options());
    assert.equal(explanation.relay.passed, false, JSON.stringify(explanation.hops));
  });

  it('says what recipients do under a policy under test: p=reject; pct=0 is quarantine (helper finding)', async () => {
    const message = await receivedMessage({ from: 'laskut@rej-pct0.test', key });
    const explanation = await explainMail(message, options());
    assert.equal(explanation.ours?.dmarc.result, 'fail');
    const advice = explanation.advice.join('\n');
    assert.match(
      advice,
      /\(p=reject\) is being tested \(pct=0\), so recipients apply the next milder one, quarantine/,
    );
  });

  it('refuses what is not a message', async () => {
    for (const input of [Buffer.alloc(0), Buffer.from('just some text\nand more'), Buffer.from([0, 255, 1])])
      await assert.rejects(explainMail(input, options()), NotAMessage);
  });

  it('a tampered copy keeps DKIM from passing, and says it changed after signing', async () => {
    const explanation = await explainMail(
      tampered(await receivedMessage({ from: ROWS.passA, key })),
      options(),
    );
    assert.notEqual(explanation.ours?.dkim[0].result, 'pass');
    assert.match(explanationMarkdown(explanation, 'en'), /- DKIM: `\w+` \(d=pass-a\.test, s=nova1\)/);
  });
});

describe('explainMail when DNS does not answer', () => {
  it('says the checks could not be made now, not that the message was changed or that verdicts differ', async () => {
    const dns = await startDnsServer({
      'relay.test': { A: [RELAY_IP] },
      'pass-a.test': 'silent',
      'nova1._domainkey.pass-a.test': 'silent',
      '_dmarc.pass-a.test': 'silent',
    });
    try {
      const message = await receivedMessage({
        from: ROWS.passA,
        key: signingKey(),
        authenticationResults:
          'mx.recipient.test; spf=pass smtp.mailfrom=laskut@pass-a.test; dmarc=pass header.from=pass-a.test',
      });
      const explanation = await explainMail(message, { relay: RELAY, server: dns.address, timeoutMs: 300 });
      assert.equal(explanation.ours?.dkim[0].result, 'temperror');
      const advice = explanation.advice.join('\n');
      assert.match(advice, /DKIM signature of pass-a\.test could not be checked now/);
      assert.match(advice, /SPF of pass-a\.test could not be checked now/);
      assert.doesNotMatch(advice, /changed after it was signed|concluded otherwise/);
      assert.equal(explanation.ok, false);
    } finally {
      await dns.close();
    }
  });
});

describe('explainMail judges a message by the profile of the file that sends as its From', () => {
  let dns: DnsServer;
  let key: SigningKey;
  const FROM = 'laskutus@oma.test';
  before(async () => {
    key = signingKey();
    dns = await startDnsServer({
      ...ZONE,
      ...dkimZone(key, ['oma.test']),
      // The company's mail service sends from 198.51.100.9 ("mail.elsewhere.test" in the copy).
      'oma.test': { TXT: ['v=spf1 ip4:198.51.100.9 -all'] },
      '_dmarc.oma.test': { TXT: ['v=DMARC1; p=reject'] },
    });
  });
  after(() => dns.close());
  const explain = async (config: object) =>
    explainMail(await receivedMessage({ from: FROM, key, via: 'other' }), {
      relay: RELAY,
      server: dns.address,
      timeoutMs: 2000,
      configs: [{ file: 'oma.nova-mail.json', text: JSON.stringify(config) }],
    });
  const sender = { mode: 'defined', address: FROM, username: FROM, password: 'xxx' };

  it('Microsoft 365 mail that passes SPF and DMARC is fine, not "send from the hosted service" (regression)', async () => {
    const explanation = await explain({
      profile: 'ownServer',
      smtp: { server: 'smtp.office365.com', port: 587, ssl: true, authentication: 'password' },
      sender,
    });
    assert.equal(explanation.ours?.dmarc.result, 'pass');
    assert.equal(explanation.ok, true, explanation.advice.join('\n'));
    assert.deepEqual(explanation.ownServer, { server: 'smtp.office365.com' });
    assert.doesNotMatch(explanation.advice.join('\n'), /hosted service|Visma/);
    assert.match(
      explanationMarkdown(explanation, 'en'),
      /✅ It authenticates \(sent through the company’s own mail server\)/,
    );
  });

  it('says it went through the own server, whatever letter case and trailing dot two files write it in (regression)', async () => {
    const message = await receivedMessage({ from: FROM, key, via: 'other' });
    const file = (server: string) =>
      JSON.stringify({
        profile: 'ownServer',
        smtp: { server, port: 587, ssl: true, authentication: 'password' },
        sender,
      });
    const explanation = await explainMail(message, {
      relay: RELAY,
      server: dns.address,
      timeoutMs: 2000,
      configs: [
        { file: 'a.nova-mail.json', text: file('smtp.office365.com') },
        { file: 'b.nova-mail.json', text: file('SMTP.Office365.com.') },
      ],
    });
    assert.equal(explanation.ok, true, explanation.advice.join('\n'));
    assert.deepEqual(explanation.advice, [
      "Nothing to fix: the message went through the company's own mail server (smtp.office365.com), as its nova-mail.json says, and authenticates (SPF pass, DMARC pass).",
    ]);
  });

  it('the same copy from a hosted file did not come through the hosted relay: something needs fixing', async () => {
    const explanation = await explain({ smtp: { server: 'smtp.visma.local', port: 25, ssl: false }, sender });
    assert.equal(explanation.ok, false);
    assert.equal(explanation.ownServer, undefined);
    assert.match(explanation.advice.join('\n'), /did not come through the hosted service's relay/);
  });
});
