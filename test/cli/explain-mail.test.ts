import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Explanation } from '../../src/core';
import { dkimZone, receivedMessage, signingKey, tampered } from '../dns/messages';
import { startDnsServer, type DnsServer } from '../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP, ROWS, ZONE } from '../dns/zones';
import { runCliAsync, tempTree } from './run-cli';

describe('nova-mail explain-mail (the built CLI as a process; DKIM keys on a DNS server on 127.0.0.1)', () => {
  let dns: DnsServer;
  let dir: string;
  before(async () => {
    const key = signingKey();
    dns = await startDnsServer({ ...ZONE, ...dkimZone(key, ['pass-a.test', 'fail-reject.test']) });
    const good = await receivedMessage({
      from: ROWS.passA,
      key,
      authenticationResults:
        'mx.recipient.test;\r\n spf=pass smtp.mailfrom=laskut@pass-a.test;\r\n dkim=pass header.d=pass-a.test;\r\n dmarc=pass header.from=pass-a.test',
    });
    const failing = await receivedMessage({ from: ROWS.failReject, key });
    dir = tempTree({
      'good.eml': good,
      'tampered-good.eml': tampered(good),
      'failing.eml': failing,
      'tampered-failing.eml': tampered(failing),
      'elsewhere.eml': await receivedMessage({ from: ROWS.passA, key, via: 'other' }),
      'not-a-message.eml': Buffer.from([0, 1, 2, 3, 0xff, 0xfe]),
      'empty.eml': '',
      'configs/a.nova-mail.json': configSendingFrom(['someone@else.test', ROWS.passA]),
      'configs/b.nova-mail.json': configSendingFrom([ROWS.nospf]),
    });
  });
  after(() => dns.close());

  const explain = async (file: string, ...args: string[]) => {
    const result = await runCliAsync(
      ['explain-mail', file, '--relay', RELAY, '--dns-server', dns.address, '--timeout', '2000', ...args],
      { cwd: dir },
    );
    return result;
  };
  const json = async (file: string, ...args: string[]) => {
    const result = await explain(file, '--format', 'json', ...args);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return { status: result.status, explanation: JSON.parse(result.stdout) as Explanation };
  };

  it('explains a good message: through the relay, signed, SPF, DKIM and DMARC pass, sent by a config', async () => {
    const { status, explanation } = await json('good.eml', '--config', 'configs');
    assert.equal(status, 0);
    assert.equal(explanation.from, ROWS.passA);
    assert.equal(explanation.envelopeFrom, ROWS.passA);
    assert.deepEqual(explanation.relay, { host: RELAY, addresses: [RELAY_IP], passed: true });
    assert.equal(explanation.sourceIp, RELAY_IP);
    assert.equal(explanation.hops.length, 2);
    assert.equal(explanation.hops[0].by, 'mx.recipient.test');
    assert.deepEqual(explanation.recipient, [
      { server: 'mx.recipient.test', spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    ]);
    assert.deepEqual(explanation.ours, {
      spf: { result: 'pass', domain: 'pass-a.test', ip: RELAY_IP },
      dkim: [{ result: 'pass', domain: 'pass-a.test', selector: 'nova1' }],
      dmarc: { result: 'pass', domain: 'pass-a.test', policy: 'reject' },
    });
    assert.deepEqual(explanation.sentBy, [{ file: 'configs/a.nova-mail.json', as: 'Henkilö 2 (12345tes1)' }]);
    assert.equal(explanation.ok, true);
    assert.match(explanation.advice.join('\n'), /Nothing to fix/);
  });

  it('a tampered copy fails DKIM (and says why); DMARC still passes on SPF', async () => {
    const { status, explanation } = await json('tampered-good.eml');
    // mailauth says neutral for a body that no longer matches its hash (RFC 8601 leaves it open).
    assert.notEqual(explanation.ours?.dkim[0].result, 'pass');
    assert.match(explanation.ours?.dkim[0].comment ?? '', /body hash did not verify/);
    assert.equal(explanation.ours?.dmarc.result, 'pass');
    assert.equal(status, 0);
    assert.match(
      explanation.advice.join('\n'),
      /The DKIM signature of pass-a\.test does not verify \(\w+: body hash did not verify\)/,
    );
  });

  it('a domain that does not authorize the relay: signed, it passes DMARC; tampered, it fails with the record to publish', async () => {
    const signed = await json('failing.eml');
    assert.equal(signed.explanation.ours?.spf.result, 'fail');
    assert.equal(signed.explanation.ours?.dmarc.result, 'pass');
    assert.match(
      signed.explanation.advice.join('\n'),
      /"v=spf1 include:spf\.protection\.outlook\.test a:relay\.test -all"/,
    );

    const { status, explanation } = await json('tampered-failing.eml');
    assert.equal(status, 1);
    assert.equal(explanation.ours?.dmarc.result, 'fail');
    assert.equal(explanation.ok, false);
    const advice = explanation.advice.join('\n');
    assert.match(advice, /DMARC fails for fail-reject\.test/);
    assert.match(advice, /p=reject/);
  });

  it('a message that did not come through the relay says so', async () => {
    const { status, explanation } = await json('elsewhere.eml');
    assert.equal(status, 1);
    assert.equal(explanation.relay.passed, false);
    assert.equal(explanation.sourceIp, '198.51.100.9');
    assert.match(explanation.advice[0], /No Received: header names relay\.test/);
    assert.equal(explanation.recipient.length, 0);
    assert.equal(explanation.sentBy, undefined);
  });

  it('says when no nova-mail.json sends as the From', async () => {
    const { explanation } = await json('good.eml', '--config', 'configs/b.nova-mail.json');
    assert.deepEqual(explanation.sentBy, []);
    assert.match(explanation.advice.join('\n'), /No nova-mail\.json sends as laskut@pass-a\.test/);
  });

  it('prints a readable report, in Finnish too', async () => {
    const english = await explain('good.eml');
    assert.equal(english.status, 0);
    assert.match(english.stdout, /^# What happened to this message/);
    assert.match(english.stdout, /It passed through \*\*relay\.test\*\*/);
    // One paragraph, one line: its second sentence began a line of its own with a space (a helper's finding).
    assert.match(
      english.stdout,
      /^It passed through \*\*relay\.test\*\*\. The recipient’s server saw it come from/m,
    );
    assert.match(english.stdout, /- DKIM: `pass` \(d=pass-a\.test, s=nova1\)/);
    const finnish = await explain('elsewhere.eml', '--lang', 'fi');
    assert.equal(finnish.status, 1);
    assert.match(finnish.stdout, /^# Mitä tälle viestille tapahtui/);
    assert.match(finnish.stdout, /Yksikään Received:-otsake ei mainitse palvelinta relay\.test/);
  });

  it('exits 2 with one line on what is not a message, unreadable input and usage errors', async () => {
    for (const file of ['not-a-message.eml', 'empty.eml']) {
      const result = await explain(file);
      assert.equal(result.status, 2, file);
      assert.equal(
        result.stderr.trim(),
        `${file}: not an e-mail message (it has no From: or Received: header).`,
      );
    }
    const cases: [string[], RegExp][] = [
      [['explain-mail'], /explain-mail needs exactly one message file/],
      [['explain-mail', 'missing.eml'], /missing\.eml: cannot read: no such file or directory/],
      [['explain-mail', 'good.eml', '--config', 'nowhere'], /nowhere: cannot read/],
      [['explain-mail', 'good.eml', '--format', 'sarif'], /--format must be one of stylish, json/],
    ];
    for (const [args, stderr] of cases) {
      const result = await runCliAsync(args, { cwd: dir });
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, stderr);
    }
    assert.ok(fs.existsSync(path.join(dir, 'good.eml')));
  });
});
