/**
 * Issue 26, items 3 and 5: what the sender domain's own mail service does with Nova's mail — Direct
 * Send at an Exchange Online MX when the relay is not Microsoft's, and the own server's mail service
 * DKIM records — against the loopback DNS server, in the same bounded run as SPF and DMARC.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { checkDeliverability, type DnsProblem } from '../../src/core';
import { startDnsServer, type DnsServer, type Zone } from '../../scripts/servers/dns';
import { ownServerConfig, text } from '../helpers';
import { configSendingFrom, RELAY, RELAY_IP } from '../dns/zones';

const PASSES = 'v=spf1 a:relay.test include:spf.protection.outlook.com include:_spf.google.com -all';
const dmarc = (policy: string) => ({ TXT: [`v=DMARC1; p=${policy}`] });

const ZONE: Zone = {
  '': { NS: ['a.root-servers.test'] },
  [RELAY]: { A: [RELAY_IP] },
  'smtp.kivi.test': { A: ['198.51.100.7'] },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:35.190.247.0/24 ~all'] },
  // Exchange Online MX (the lowest preference first, another MX beside it)
  'exo.test': { TXT: [PASSES], MX: ['10 backup.exo.test', '0 exo-test.mail.protection.outlook.com'] },
  '_dmarc.exo.test': dmarc('reject'),
  'kivi.test': {
    TXT: ['v=spf1 a:relay.test a:smtp.kivi.test include:spf.protection.outlook.com -all'],
    MX: ['0 kivi-test.mail.protection.outlook.com'],
  },
  '_dmarc.kivi.test': dmarc('none'),
  // another MX, no MX, an MX lookup that fails
  'other-mx.test': { TXT: [PASSES], MX: ['10 mx.other-mx.test'] },
  'no-mx.test': { TXT: [PASSES] },
  'mx-fails.test': { TXT: [PASSES], servfail: ['MX'] },
  // DKIM of the mail services: published, missing, half published
  'm365.test': { TXT: [PASSES], MX: ['0 m365-test.mail.protection.outlook.com'] },
  '_dmarc.m365.test': dmarc('reject'),
  'selector1._domainkey.m365.test': { CNAME: ['selector1-m365-test._domainkey.m365.onmicrosoft.com'] },
  'selector2._domainkey.m365.test': { CNAME: ['selector2-m365-test._domainkey.m365.onmicrosoft.com'] },
  'm365-bare.test': { TXT: [PASSES] },
  '_dmarc.m365-bare.test': dmarc('quarantine'),
  'm365-half.test': { TXT: [PASSES] },
  'selector1._domainkey.m365-half.test': {
    CNAME: ['selector1-m365-half-test._domainkey.m365.onmicrosoft.com'],
  },
  'gw.test': { TXT: [PASSES] },
  'google._domainkey.gw.test': { TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'] },
  'gw-bare.test': { TXT: [PASSES] },
  // a Google own server for a company at Exchange Online; a DKIM lookup that fails
  'gw-exo.test': { TXT: [PASSES], MX: ['0 gw-exo-test.mail.protection.outlook.com'] },
  'google._domainkey.gw-exo.test': { TXT: ['v=DKIM1; k=rsa; p=MIIB'] },
  'm365-servfail.test': { TXT: [PASSES] },
  'selector1._domainkey.m365-servfail.test': 'servfail',
  '_dmarc.gw-bare.test': dmarc('none'),
};

function own(server: string, address: string): string {
  const config = ownServerConfig({ server });
  config.sender.address = address;
  config.sender.username = address;
  return text(config);
}

const rules = (problems: DnsProblem[]) =>
  problems.map((problem) => `${problem.rule}:${problem.severity}`).sort();

describe('the receiving side: Direct Send and the mail service DKIM (issue 26)', () => {
  let dns: DnsServer;
  before(async () => {
    dns = await startDnsServer(ZONE);
  });
  after(() => dns.close());
  const check = (texts: string[], lang: 'en' | 'fi' = 'en') =>
    checkDeliverability(texts, { relay: RELAY, server: dns.address, timeoutMs: 2000, lang });

  it('an Exchange Online MX and the hosted relay: Direct Send, a warning naming the MX and the relay addresses', async () => {
    const result = await check([configSendingFrom(['laskut@exo.test'])]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(rules(result.files[0]), ['direct-send:warning']);
    const [problem] = result.files[0];
    assert.match(
      problem.message,
      /^exo\.test receives its mail at Exchange Online \(exo-test\.mail\.protection\.outlook\.com\)/,
    );
    assert.match(problem.message, /550 5\.7\.68 TenantInboundAttribution/);
    assert.match(problem.message, /partner inbound connector .* relay's addresses \(192\.0\.2\.10\)/);
    assert.equal(dns.countOf('MX', 'exo.test'), 1);
  });

  it("an own server that is not Microsoft's (Postfix at the office) gets the same warning", async () => {
    const result = await check([own('smtp.kivi.test', 'laskut@kivi.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(rules(result.files[0]), ['direct-send:warning']);
    assert.match(result.files[0][0].message, /the relay smtp\.kivi\.test is not Microsoft's/);
  });

  it("a relay that is Microsoft's is not Direct Send", async () => {
    const result = await check([own('smtp.office365.com', 'laskutus@m365.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(rules(result.files[0]), []);
    assert.match(result.domains[0].summary, /DKIM of Microsoft 365 published$/);
  });

  it('another MX, no MX, or an MX lookup that fails: nothing about Direct Send, and the domain is still checked', async () => {
    const addresses = ['laskut@other-mx.test', 'laskut@no-mx.test', 'laskut@mx-fails.test'];
    const result = await check([configSendingFrom(addresses)]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(
      result.files[0].map((problem) => problem.rule),
      ['dmarc-missing', 'dmarc-missing', 'dmarc-missing'],
    );
    assert.equal(result.nothingChecked, undefined);
  });

  it('Microsoft 365 without its DKIM CNAMEs: info, which names are missing, and what DMARC then does', async () => {
    const result = await check([
      own('smtp.office365.com', 'laskutus@m365-bare.test'),
      own('smtp.office365.com', 'laskutus@m365-half.test'),
    ]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [bare] = result.files[0];
    assert.equal(`${bare.rule}:${bare.severity}`, 'dkim-missing:info');
    assert.match(
      bare.message,
      /CNAME at selector1\._domainkey\.m365-bare\.test, selector2\._domainkey\.m365-bare\.test/,
    );
    assert.match(bare.message, /applied as quarantine/);
    assert.match(bare.message, /Email authentication settings → DKIM/);
    const half = result.files[1].find((problem) => problem.rule === 'dkim-missing') as DnsProblem;
    assert.match(half.message, /CNAME at selector2\._domainkey\.m365-half\.test\)/);
    assert.match(
      result.domains.find((d) => d.domain === 'm365-bare.test')!.summary,
      /DKIM of Microsoft 365 not published$/,
    );
  });

  it('Google: its DKIM record published or not; the hosted relay is never asked about DKIM', async () => {
    const result = await check(
      [own('smtp.gmail.com', 'kaisa@gw.test'), own('smtp.gmail.com', 'kaisa@gw-bare.test')],
      'fi',
    );
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(
      result.files[0].filter((problem) => problem.rule === 'dkim-missing'),
      [],
    );
    const bare = result.files[1].find((problem) => problem.rule === 'dkim-missing') as DnsProblem;
    assert.match(bare.message, /TXT nimellä google\._domainkey\.gw-bare\.test/);
    assert.match(bare.message, /ei nyt noudateta DMARC-käytäntöä/);
    const hosted = await check([configSendingFrom(['laskut@other-mx.test'])]);
    assert.ok(hosted.ok);
    assert.ok(
      !dns.queries.some((question) => question.includes('_domainkey.other-mx')),
      dns.queries.join(', '),
    );
  });

  it('says Direct Send in Finnish', async () => {
    const result = await check([configSendingFrom(['laskut@exo.test'])], 'fi');
    assert.ok(result.ok);
    assert.match(result.files[0][0].message, /suorana lähetyksenä \(Direct Send\)/);
  });

  it('a mail service as the relay: the connector matches what its SPF record lists, not one sampled address (helper finding)', async () => {
    const result = await check([own('smtp.gmail.com', 'kaisa@gw-exo.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const [problem] = result.files[0].filter((p) => p.rule === 'direct-send');
    assert.match(
      problem.message,
      /matches the addresses the service publishes in its SPF record \(include:_spf\.google\.com\)/,
    );
    assert.doesNotMatch(problem.message, /35\.190\.247\.1/);
  });

  it("a relay named by Microsoft's own host is Microsoft's (helper finding)", async () => {
    const dnsWithHost = await startDnsServer({ ...ZONE, 'smtp.office365.com': { A: ['40.92.0.5'] } });
    try {
      const result = await checkDeliverability([configSendingFrom(['laskut@exo.test'])], {
        relay: 'smtp.office365.com',
        server: dnsWithHost.address,
        timeoutMs: 2000,
      });
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.deepEqual(
        result.files[0].filter((p) => p.rule === 'direct-send'),
        [],
      );
    } finally {
      await dnsWithHost.close();
    }
  });

  it('a DKIM lookup that fails is said in the summary, not passed over (helper finding)', async () => {
    const result = await check([own('smtp.office365.com', 'laskutus@m365-servfail.test')]);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.match(result.domains[0].summary, /DKIM of Microsoft 365 not checked \(/);
  });
});
