/**
 * docs/own-server.md: check-dns for an own mail server takes the relay from the profile — the
 * service's SPF record to include for Microsoft 365 and Google, the server itself otherwise — with
 * the same proven-suggestion rules, against a DNS server on 127.0.0.1. The providers' names are
 * served by that loopback server only (their real records are never asked).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { checkDeliverability } from '../../src/core';
import { startDnsServer, type DnsServer } from '../../scripts/servers/dns';
import { ownServerConfig, text } from '../helpers';
import { configSendingFrom, RELAY, RELAY_IP } from '../dns/zones';

const dmarc = (policy: string) => ({ TXT: [`v=DMARC1; p=${policy}`] });

const ZONE = {
  'relay.test': { A: [RELAY_IP] },
  'spf.protection.outlook.com': {
    TXT: ['v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 include:spfd.protection.outlook.com -all'],
  },
  'spfd.protection.outlook.com': { TXT: ['v=spf1 ip4:51.4.72.0/24 -all'] },
  '_spf.google.com': { TXT: ['v=spf1 include:_netblocks.google.com ~all'] },
  '_netblocks.google.com': { TXT: ['v=spf1 ip4:35.190.247.0/24 ip6:2001:4860:4000::/36 ~all'] },
  'pilvi.test': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.pilvi.test': dmarc('reject'),
  // their mail services' DKIM published (dkim-missing is receiving.test.ts's)
  'selector1._domainkey.pilvi.test': { CNAME: ['selector1-pilvi-test._domainkey.pilvi.onmicrosoft.com'] },
  'selector2._domainkey.pilvi.test': { CNAME: ['selector2-pilvi-test._domainkey.pilvi.onmicrosoft.com'] },
  'google._domainkey.kuusi.test': { TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'] },
  'vanha.test': { TXT: ['v=spf1 a:relay.test -all'] },
  '_dmarc.vanha.test': dmarc('quarantine'),
  'kuusi.test': { TXT: ['google-site-verification=abc'] },
  '_dmarc.kuusi.test': dmarc('none'),
  'mail.kivi.test': { A: ['198.51.100.7'] },
  'kivi.test': { TXT: ['v=spf1 a:mail.kivi.test -all'] },
  '_dmarc.kivi.test': dmarc('reject'),
  'yhteinen.test': { TXT: ['v=spf1 ip4:203.0.113.5 -all'] },
  '_dmarc.yhteinen.test': dmarc('reject'),
  'posti.sisainen.test': { A: ['10.1.2.3'] },
  'p10.host.test': { A: ['10.1.2.3'] },
  'sisainen.test': { TXT: ['v=spf1 ip4:203.0.113.9 -all'] },
  '_dmarc.sisainen.test': dmarc('reject'),
};

function own(server: string, address: string): string {
  const config = ownServerConfig({ server });
  config.sender.address = address;
  config.sender.username = address;
  return text(config);
}

describe('check-dns for an own mail server: the relay from the profile', () => {
  let dns: DnsServer;
  before(async () => {
    dns = await startDnsServer(ZONE);
  });
  after(() => dns.close());
  const check = (texts: string[]) =>
    checkDeliverability(texts, { relay: RELAY, server: dns.address, timeoutMs: 2000 });

  it('Microsoft 365: a domain that includes spf.protection.outlook.com passes; the hosted relay is not asked', async () => {
    const result = await check([own('smtp.office365.com', 'laskutus@pilvi.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(result.files, [[]]);
    assert.equal(result.relay.mechanism, 'include:spf.protection.outlook.com');
    assert.deepEqual(result.relay.addresses, ['40.92.0.1', '2a01:111:f400::1']);
    assert.ok(!result.asked.some((question) => question.includes('relay.test')), result.asked.join(', '));
  });

  it('Microsoft 365: a domain whose SPF names another relay gets the proven record with include:, the old term kept', async () => {
    const result = await check([own('esimerkki-fi.mail.protection.outlook.com', 'laskutus@vanha.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [problem] = result.files[0];
    assert.equal(problem.rule, 'spf-not-authorized');
    assert.equal(problem.severity, 'error', 'under p=quarantine');
    assert.equal(problem.record, 'v=spf1 a:relay.test include:spf.protection.outlook.com -all');
    assert.doesNotMatch(problem.message, /Ask Visma/, "the service's include is the right term already");
    assert.ok(problem.message.endsWith('-all".'), 'no trailing space where the note was');
  });

  it('Google: no SPF record -> spf-missing with include:_spf.google.com, proven', async () => {
    const result = await check([own('smtp.gmail.com', 'kaisa@kuusi.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const found = result.files[0].map((problem) => [problem.rule, problem.record]);
    assert.deepEqual(found, [['spf-missing', 'v=spf1 include:_spf.google.com ~all']]);
  });

  it('another own server is the relay itself (a:), and a hosted file in the same run keeps the hosted relay', async () => {
    const result = await check([
      own('mail.kivi.test', 'laskutus@kivi.test'),
      configSendingFrom(['laskutus@kivi.test']),
    ]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(
      result.relays.map((relay) => relay.mechanism),
      ['a:mail.kivi.test', 'a:relay.test'],
    );
    assert.deepEqual(result.files[0], [], 'kivi.test authorizes its own server');
    assert.deepEqual(
      result.files[1].map((problem) => problem.rule),
      ['spf-not-authorized'],
      'but not the hosted relay',
    );
    assert.equal(result.domains.length, 2, 'one report per domain and relay');
  });

  it('one domain sent from through three relays gets one record covering all three, not three that exclude each other (regression)', async () => {
    const result = await check([
      configSendingFrom(['laskutus@yhteinen.test']),
      own('smtp.office365.com', 'myynti@yhteinen.test'),
      own('smtp.gmail.com', 'tuki@yhteinen.test'),
    ]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const records = result.files.map(
      (problems) => problems.find((p) => p.rule === 'spf-not-authorized')?.record,
    );
    const expected =
      'v=spf1 ip4:203.0.113.5 a:relay.test include:spf.protection.outlook.com include:_spf.google.com -all';
    assert.deepEqual(records, [expected, expected, expected]);
    assert.equal(new Set(result.domains.map((report) => report.domain)).size, 1);
  });

  it('an own server at a private address is never put in a public SPF record, and Visma is not asked (regression)', async () => {
    const result = await check([own('posti.sisainen.test', 'laskutus@sisainen.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [problem] = result.files[0];
    assert.equal(problem.rule, 'spf-not-authorized');
    assert.equal(problem.record, undefined);
    assert.match(problem.message, /internal address \(10\.1\.2\.3\)/);
    assert.doesNotMatch(problem.message, /10\.1\.2\.3 -all|ip4:10\./);
    assert.doesNotMatch(problem.message, /Ask Visma/);
  });

  it('one internal relay among several: it alone is called internal, the others share a record without it (regression)', async () => {
    const result = await check([
      configSendingFrom(['laskutus@yhteinen.test']),
      own('p10.host.test', 'myynti@yhteinen.test'),
      own('smtp.office365.com', 'tuki@yhteinen.test'),
    ]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [hosted, internal, microsoft] = result.files.map((problems) =>
      problems.find((p) => p.rule === 'spf-not-authorized'),
    );
    const expected = 'v=spf1 ip4:203.0.113.5 a:relay.test include:spf.protection.outlook.com -all';
    assert.equal(hosted?.record, expected);
    assert.equal(microsoft?.record, expected);
    assert.match(hosted?.message ?? '', /Ask Visma first/);
    assert.equal(internal?.record, undefined);
    assert.match(internal?.message ?? '', /p10\.host\.test has an internal address \(10\.1\.2\.3\)/);
    assert.doesNotMatch(microsoft?.message ?? '', /internal/);
  });

  it('an internal address however it is written (0:0:0:0:0:0:0:1, ::ffff:10.0.0.1) is never suggested (regression)', async () => {
    for (const server of ['0:0:0:0:0:0:0:1', '::ffff:10.0.0.1', '0000:0000::0001']) {
      const result = await check([own(server, 'laskutus@sisainen.test')]);
      assert.ok(result.ok, result.ok ? '' : result.message);
      const [problem] = result.files[0];
      assert.equal(problem.record, undefined, server);
      assert.match(problem.message, /internal address/, server);
    }
  });

  it("another own server's proven record does not tell to ask Visma about an include (regression)", async () => {
    const result = await check([own('mail.kivi.test', 'laskutus@yhteinen.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [problem] = result.files[0];
    assert.equal(problem.record, 'v=spf1 ip4:203.0.113.5 a:mail.kivi.test -all');
    assert.doesNotMatch(problem.message, /Ask Visma/);
  });

  it("a provider's record DNS cannot tell leaves that provider's files unchecked, said once; the rest are checked", async () => {
    const partial = await startDnsServer({
      '': { NS: ['a.root-servers.test'] },
      'relay.test': { A: [RELAY_IP] },
      'vanha.test': ZONE['vanha.test'],
    });
    try {
      const result = await checkDeliverability(
        [own('smtp.gmail.com', 'kaisa@kuusi.test'), configSendingFrom(['laskutus@vanha.test'])],
        { relay: RELAY, server: partial.address, timeoutMs: 2000 },
      );
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.deepEqual(result.files[0], []);
      assert.deepEqual(
        result.files[1].map((problem) => problem.rule),
        ['dmarc-missing'],
        'vanha.test authorizes the hosted relay (and has no DMARC record here)',
      );
      assert.equal(result.notes.length, 1);
      assert.match(
        result.notes[0],
        /^The relay _spf\.google\.com does not resolve: .*Not checked: the 1 own-server file/,
      );
    } finally {
      await partial.close();
    }
  });
});
