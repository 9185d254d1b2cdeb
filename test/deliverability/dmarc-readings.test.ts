/**
 * Issue 26, items 1–2: a policy under test is one step milder, and where RFC 7489 (the public suffix
 * list) and RFC 9989 (the tree walk) disagree the stricter reading decides the severity. Each case
 * is a zone on the loopback DNS server in which an SPF failure meets one kind of DMARC record.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { checkDeliverability, type DnsProblem } from '../../src/core';
import { startDnsServer, type DnsServer, type Zone } from '../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP } from '../dns/zones';

const FAILS = { TXT: ['v=spf1 ip4:198.51.100.1 -all'] };
const dmarc = (record: string) => ({ TXT: [record] });

/** Under `.test`, a one-label public suffix by the list's default rule, as `fi` is. */
const ZONE: Zone = {
  '': { NS: ['a.root-servers.test'] },
  [RELAY]: { A: [RELAY_IP] },
  'reject-pct0.test': FAILS,
  '_dmarc.reject-pct0.test': dmarc('v=DMARC1; p=reject; pct=0'),
  'reject-t.test': FAILS,
  '_dmarc.reject-t.test': dmarc('v=DMARC1; p=reject; t=y'),
  'reject-both.test': FAILS,
  '_dmarc.reject-both.test': dmarc('v=DMARC1; p=reject; t=y; pct=0'),
  'quarantine-t.test': FAILS,
  '_dmarc.quarantine-t.test': dmarc('v=DMARC1; p=quarantine; t=y; pct=0'),
  'quarantine-pct50.test': FAILS,
  '_dmarc.quarantine-pct50.test': dmarc('v=DMARC1; p=quarantine; pct=50'),
  // two records at the subdomain: RFC 7489 applies none, RFC 9989 walks up to the parent's reject
  'mail.two.test': FAILS,
  '_dmarc.mail.two.test': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=quarantine'] },
  'two.test': FAILS,
  '_dmarc.two.test': dmarc('v=DMARC1; p=reject'),
  // a record between the address's domain and the organizational domain: both take the top one
  'a.b.between.test': FAILS,
  '_dmarc.b.between.test': dmarc('v=DMARC1; p=none'),
  'between.test': FAILS,
  '_dmarc.between.test': dmarc('v=DMARC1; p=reject'),
};

/**
 * The public suffix itself publishing a policy without psd=y: RFC 7489 never asks it; RFC 9989 takes
 * it as the organizational domain, stricter or milder than the company's own.
 */
const suffixZone = (policy: string): Zone => ({
  '': { NS: ['a.root-servers.test'] },
  [RELAY]: { A: [RELAY_IP] },
  'under-suffix.test': FAILS,
  'mail.firm.test': FAILS,
  '_dmarc.firm.test': dmarc('v=DMARC1; p=reject'),
  '_dmarc.test': dmarc(`v=DMARC1; p=${policy}`),
});

async function problemsAt(server: DnsServer, address: string) {
  const result = await checkDeliverability([configSendingFrom([address])], {
    relay: RELAY,
    server: server.address,
    timeoutMs: 2000,
  });
  assert.ok(result.ok, result.ok ? '' : result.message);
  const spf = result.files[0].find((problem) => problem.rule === 'spf-not-authorized') as DnsProblem;
  assert.ok(spf, JSON.stringify(result.files[0]));
  return { spf, all: result.files[0], summary: result.domains[0].summary };
}

describe('DMARC under test and the two RFC readings (issue 26)', () => {
  let dns: DnsServer;
  let suffixReject: DnsServer;
  let suffixNone: DnsServer;
  before(async () => {
    [dns, suffixReject, suffixNone] = await Promise.all([
      startDnsServer(ZONE),
      startDnsServer(suffixZone('reject')),
      startDnsServer(suffixZone('none')),
    ]);
  });
  after(() => Promise.all([dns, suffixReject, suffixNone].map((server) => server.close())));

  it('p=reject; pct=0 is quarantine (RFC 7489 §6.6.4): an SPF failure is an error', async () => {
    const { spf } = await problemsAt(dns, 'laskut@reject-pct0.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /\(p=reject\) is being tested \(pct=0\), so recipients apply the next milder one, quarantine/,
    );
    assert.match(
      spf.message,
      /with pct=0 only: receivers that follow only RFC 9989 ignore it .* publish t=y beside it/,
    );
  });

  it('p=reject; t=y is quarantine (RFC 9989): an error, and pct=0 asked for beside t=y', async () => {
    const { spf } = await problemsAt(dns, 'laskut@reject-t.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /with t=y only: receivers that follow only RFC 7489 .* publish pct=0 beside it/,
    );
  });

  it('a record with both testing tags gets no advice about them', async () => {
    const { spf } = await problemsAt(dns, 'laskut@reject-both.test');
    assert.equal(spf.severity, 'error');
    assert.doesNotMatch(spf.message, /beside it/);
  });

  it('p=quarantine under test is none: a warning that says the policy is not enforced yet', async () => {
    const { spf, summary } = await problemsAt(dns, 'laskut@quarantine-t.test');
    assert.equal(spf.severity, 'warning');
    assert.match(spf.message, /\(p=quarantine\) is only being tested \(t=y\)/);
    assert.match(summary, /DMARC p=quarantine, t=y/);
  });

  it('a partial pct (50) is enforced on the rest: an error', async () => {
    const { spf } = await problemsAt(dns, 'laskut@quarantine-pct50.test');
    assert.equal(spf.severity, 'error');
  });

  it('two records at a subdomain: RFC 9989 takes the parent reject, which decides, and both are said', async () => {
    const { spf, all, summary } = await problemsAt(dns, 'laskut@mail.two.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /by RFC 7489 \(the public suffix list\) the 2 records at _dmarc\.mail\.two\.test cancel each other and no policy applies; by RFC 9989 \(the DNS tree walk\) the policy of two\.test applies \(p=reject\)/,
    );
    assert.ok(
      all.some((problem) => problem.rule === 'dmarc-missing' && /has 2 DMARC records/.test(problem.message)),
    );
    assert.match(
      summary,
      /DMARC p=reject \(from two\.test\) by RFC 9989, 2 DMARC records \(none applies\) by RFC 7489/,
    );
  });

  it('a record between the domain and its organizational domain: both readings take the top one', async () => {
    const { spf } = await problemsAt(dns, 'laskut@a.b.between.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /Under the DMARC policy of between\.test \(p=reject\) recipients reject such mail\./,
    );
    assert.doesNotMatch(spf.message, /Receivers differ/);
  });

  it('a public suffix publishing DMARC without psd=y: RFC 9989 applies it, RFC 7489 does not', async () => {
    const { spf } = await problemsAt(suffixReject, 'laskut@under-suffix.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /by RFC 7489 \(the public suffix list\) no DMARC policy applies; by RFC 9989 \(the DNS tree walk\) the policy of test applies \(p=reject\)/,
    );
  });

  it("a public suffix's milder policy hides the company's reject from RFC 9989: RFC 7489's decides", async () => {
    const { spf } = await problemsAt(suffixNone, 'laskut@mail.firm.test');
    assert.equal(spf.severity, 'error');
    assert.match(
      spf.message,
      /by RFC 7489 \(the public suffix list\) the policy of firm\.test applies \(p=reject\); by RFC 9989 \(the DNS tree walk\) the policy of test applies \(p=none\)/,
    );
  });

  it('says the same in Finnish', async () => {
    const result = await checkDeliverability([configSendingFrom(['laskut@mail.two.test'])], {
      relay: RELAY,
      server: dns.address,
      timeoutMs: 2000,
      lang: 'fi',
    });
    assert.ok(result.ok);
    const spf = result.files[0].find((problem) => problem.rule === 'spf-not-authorized') as DnsProblem;
    assert.match(
      spf.message,
      /RFC 7489:n \(julkisten päätteiden luettelo\) mukaan 2 tietuetta nimellä _dmarc\.mail\.two\.test kumoavat/,
    );
  });
});
