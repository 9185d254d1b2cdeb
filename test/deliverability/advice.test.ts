/**
 * Issue 19: deliverability advice that is never wrong. Each case against the loopback DNS server,
 * the suggested records proven by publishing them on a second server and checking again.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  checkDeliverability,
  explainMail,
  explanationMarkdown,
  type DeliverabilityOptions,
  type DnsProblem,
} from '../../src/core';
import { DNS_CONCURRENCY, SILENT_LOOKUPS_BEFORE_GONE } from '../../src/core/deliverability/lookups';
import { receivedMessage, signingKey } from '../dns/messages';
import { startDnsServer, type DnsServer, type Zone } from '../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP, ROWS, ZONE } from '../dns/zones';

async function check(server: DnsServer, addresses: readonly string[], options: DeliverabilityOptions = {}) {
  const result = await checkDeliverability([configSendingFrom(addresses)], {
    relay: RELAY,
    server: server.address,
    timeoutMs: 2000,
    ...options,
  });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

const problemsOf = (problems: DnsProblem[], address: string) =>
  problems
    .filter((problem) => problem.address === address)
    .map((problem) => `${problem.rule}:${problem.severity}`)
    .sort();

describe('deliverability advice that is never wrong (issue 19)', () => {
  let dns: DnsServer;
  before(async () => {
    dns = await startDnsServer(ZONE);
  });
  after(() => dns.close());

  it('1. never suggests a record past 10 lookups: a domain at the limit gets the relay by address', async () => {
    const { files } = await check(dns, [ROWS.atTheLimit]);
    const [problem] = files[0];
    assert.deepEqual(problemsOf(files[0], ROWS.atTheLimit), ['spf-not-authorized:error']);
    assert.equal(
      problem.record,
      'v=spf1 include:spf.protection.outlook.test include:_spf.google.test include:mailgun.test include:sendgrid.test mx a include:servers.mcsv.test ip4:192.0.2.10 -all',
    );
    assert.match(problem.message, /a:relay\.test would take the record past 10 DNS lookups/);
  });

  it('2. replaces an earlier term that names the relay with ?, ~ or - (the first match wins)', async () => {
    const { files } = await check(dns, [ROWS.neutralRelay]);
    assert.equal(files[0][0].record, 'v=spf1 mx a:relay.test -all');
  });

  it('shows no record when none passes the proof, and says why and what to do instead', async () => {
    const { files } = await check(dns, [ROWS.blocked]);
    const [problem] = files[0];
    assert.equal(problem.rule, 'spf-not-authorized');
    assert.equal(problem.record, undefined, 'nothing to copy');
    assert.match(problem.message, /No corrected record is given: the relay would still not pass/);
    assert.match(problem.message, /send Nova's mail from a subdomain/);
    assert.ok(!problem.message.includes('Publish'), problem.message);
  });

  it('every suggested record, once published, authorizes the relay and keeps what passed', async () => {
    const rows = [
      ROWS.atTheLimit,
      ROWS.neutralRelay,
      ROWS.failReject,
      ROWS.softfailQuarantine,
      ROWS.neutralNone,
      ROWS.nospf,
    ];
    const { files } = await check(dns, rows);
    const published: Zone = { ...ZONE };
    for (const problem of files[0].filter((p) => p.record)) {
      const current = ZONE[problem.domain];
      const others =
        typeof current === 'object' ? (current.TXT ?? []).filter((t) => !t.startsWith('v=spf1')) : [];
      published[problem.domain] = {
        ...(typeof current === 'object' ? current : {}),
        TXT: [...others, problem.record as string],
      };
    }
    assert.equal(files[0].filter((p) => p.record).length, rows.length, 'a record for each');
    const after = await startDnsServer(published);
    try {
      const again = await check(after, rows);
      for (const address of rows)
        assert.deepEqual(
          problemsOf(again.files[0], address).filter((p) => !p.startsWith('dmarc-missing')),
          [],
          address,
        );
      // The domain's own servers still pass: its mx, and an address of each include.
      const { files: own } = await check(after, [ROWS.atTheLimit], { relay: '198.51.100.41' });
      assert.deepEqual(problemsOf(own[0], ROWS.atTheLimit), []);
      const { files: google } = await check(after, [ROWS.atTheLimit], { relay: '198.51.100.200' });
      assert.deepEqual(problemsOf(google[0], ROWS.atTheLimit), []);
    } finally {
      await after.close();
    }
  });

  it('3. SERVFAIL inside an include or a redirect is dns-failed, not "not authorized"', async () => {
    const { files } = await check(dns, [ROWS.includeServfail, ROWS.redirectServfail]);
    assert.deepEqual(problemsOf(files[0], ROWS.includeServfail), ['dns-failed:warning']);
    assert.deepEqual(problemsOf(files[0], ROWS.redirectServfail), ['dns-failed:warning']);
  });

  it('4. %{d} in an included record is the included domain (RFC 7208 §5.2, §7.3)', async () => {
    const { files } = await check(dns, [ROWS.macroD]);
    assert.deepEqual(problemsOf(files[0], ROWS.macroD), ['dmarc-missing:info']);
  });

  it('5. two DMARC records at a domain: the message says there are two (RFC 9989 then takes the parent reject: issue 26)', async () => {
    const { files, domains } = await check(dns, [ROWS.twoDmarc]);
    assert.deepEqual(problemsOf(files[0], ROWS.twoDmarc), ['dmarc-missing:info', 'spf-not-authorized:error']);
    const dmarc = files[0].find((p) => p.rule === 'dmarc-missing') as DnsProblem;
    assert.match(
      dmarc.message,
      /has 2 DMARC records \(TXT at _dmarc\.mail\.two-dmarc\.test\), so none of them applies/,
    );
    assert.match(domains[0].summary, /2 DMARC records \(none applies\) by RFC 7489/);
  });

  it('6. a policy under test (pct=0, t=y) is one step milder (issue 26), and the message says so', async () => {
    const { files } = await check(dns, [ROWS.pct0, ROWS.testMode]);
    assert.deepEqual(problemsOf(files[0], ROWS.pct0), ['spf-not-authorized:warning']);
    assert.deepEqual(problemsOf(files[0], ROWS.testMode), ['spf-not-authorized:error']);
    const [pct0, testMode] = [ROWS.pct0, ROWS.testMode].map(
      (address) => files[0].find((p) => p.address === address) as DnsProblem,
    );
    assert.match(pct0.message, /\(p=quarantine\) is only being tested \(pct=0\)/);
    assert.match(
      testMode.message,
      /\(p=reject\) is being tested \(t=y\), so recipients apply the next milder one, quarantine/,
    );
    assert.ok(!pct0.message.includes('recipients put such mail in spam.'), pct0.message);
  });

  it('warns where the record itself lets anyone send (+all)', async () => {
    const { files } = await check(dns, [ROWS.allowsAll]);
    assert.deepEqual(problemsOf(files[0], ROWS.allowsAll), ['spf-allows-all:warning']);
  });

  it('says which relay addresses were not checked when its AAAA lookup failed', async () => {
    const result = await check(dns, [ROWS.passA], { relay: 'relay-aaaa-fails.test' });
    assert.deepEqual(result.relay.addresses, [RELAY_IP]);
    assert.deepEqual(result.notes, [
      `The relay's IPv6 addresses could not be looked up (AAAA relay-aaaa-fails.test: the DNS server answered SERVFAIL); checked only: ${RELAY_IP}.`,
    ]);
  });
});

describe('timeouts the user set, and DNS that does not answer (issue 19)', () => {
  it('7. gives each lookup its whole timeout, also after many fast answers', async () => {
    const zone: Zone = { [RELAY]: { A: [RELAY_IP] } };
    const addresses: string[] = [];
    for (let i = 0; i < 20; i++) {
      zone[`fast${i}.test`] = { TXT: ['v=spf1 a:relay.test -all'] };
      zone[`_dmarc.fast${i}.test`] = { TXT: ['v=DMARC1; p=none'] };
      addresses.push(`laskut@fast${i}.test`);
    }
    zone['slow.test'] = { TXT: ['v=spf1 a:relay.test -all'] };
    zone['_dmarc.slow.test'] = { TXT: ['v=DMARC1; p=none'], delayMs: 1500 };
    const server = await startDnsServer(zone);
    try {
      const { files } = await check(server, [...addresses, 'laskut@slow.test'], { timeoutMs: 4000 });
      assert.deepEqual(files[0], [], 'the answer after 1.5 s was waited for');
    } finally {
      await server.close();
    }
  });

  it('8. stops asking a DNS server that stopped answering, and says nothing could be checked', async () => {
    const zone: Zone = {};
    const addresses = Array.from({ length: 120 }, (_, i) => `laskut@d${i}.test`);
    for (const address of addresses) zone[address.slice(7)] = 'silent';
    const server = await startDnsServer(zone);
    try {
      const { files, nothingChecked } = await check(server, addresses, { relay: RELAY_IP, timeoutMs: 300 });
      assert.equal(files[0].length, 120);
      assert.ok(files[0].every((p) => p.rule === 'dns-failed'));
      assert.match(
        nothingChecked ?? '',
        /^No sender domain could be checked: the DNS server stopped answering/,
      );
      assert.ok(
        server.queries.length <= DNS_CONCURRENCY + SILENT_LOOKUPS_BEFORE_GONE,
        `${server.queries.length} questions to a silent server`,
      );
    } finally {
      await server.close();
    }
  });

  it('9. offline (every name NXDOMAIN, the root too): says DNS cannot be reached, advises nothing', async () => {
    const offline = await startDnsServer({});
    try {
      const result = await checkDeliverability([configSendingFrom([ROWS.nospf])], {
        relay: 'smtp.od.visma.fi',
        server: offline.address,
        timeoutMs: 1000,
      });
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, /^DNS cannot be reached from this machine/);

      const message = await receivedMessage({
        from: ROWS.nospf,
        key: signingKey(),
        authenticationResults: 'mx.recipient.test; spf=pass smtp.mailfrom=laskut@nospf.test; dmarc=none',
      });
      const explanation = await explainMail(message, {
        relay: RELAY,
        server: offline.address,
        timeoutMs: 1000,
      });
      assert.equal(explanation.dnsReachable, false);
      assert.equal(explanation.ours, undefined);
      assert.deepEqual(explanation.recipient[0], { server: 'mx.recipient.test', spf: 'pass', dmarc: 'none' });
      const advice = explanation.advice.join('\n');
      assert.match(advice, /DNS cannot be reached from this machine/);
      assert.ok(!/Publish|DNS may have changed/.test(advice), advice);
      assert.match(explanationMarkdown(explanation, 'en'), /Not made: DNS cannot be reached/);
    } finally {
      await offline.close();
    }
  });
});

describe('Explain received mail without a Return-Path (issue 19, case 10)', () => {
  let dns: DnsServer;
  const key = signingKey();
  before(async () => {
    dns = await startDnsServer(ZONE);
  });
  after(() => dns.close());
  const explain = (message: Buffer) =>
    explainMail(message, { relay: RELAY, server: dns.address, timeoutMs: 2000 });

  it("takes the envelope sender from the recipient's Authentication-Results", async () => {
    const message = await receivedMessage({
      from: ROWS.nospf,
      key,
      returnPath: false,
      authenticationResults: `mx.recipient.test; spf=none smtp.mailfrom=${ROWS.nospf}`,
    });
    const explanation = await explain(message);
    assert.equal(explanation.envelopeFrom, ROWS.nospf);
    assert.equal(explanation.envelopeFromSource, 'authentication-results');
    assert.equal(explanation.ours?.spf.domain, 'nospf.test');
    assert.match(
      explanation.advice.join('\n'),
      /Publish this TXT record at nospf\.test: "v=spf1 a:relay\.test ~all"/,
    );
  });

  it('says the envelope sender is unknown, never treats [192.0.2.10] as a domain', async () => {
    const message = await receivedMessage({ from: ROWS.nospf, key, returnPath: false });
    const explanation = await explain(message);
    assert.equal(explanation.envelopeFrom, undefined);
    assert.equal(explanation.ours?.spf.unknownSender, true);
    const advice = explanation.advice.join('\n');
    assert.ok(!advice.includes('['), advice);
    assert.match(advice, /This copy does not say its envelope sender/);
    assert.match(explanationMarkdown(explanation, 'en'), /Envelope sender:\*\* not in this copy/);
  });
});
