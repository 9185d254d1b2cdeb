import { strict as assert } from 'node:assert';
import { domainToASCII } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { checkDeliverability, DNS_RULES, type DeliverabilityOptions, type DnsProblem } from '../../src/core';
import { startDnsServer, type DnsServer } from '../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP, ROWS, SECOND_IP, TWO_ADDRESS_RELAY, ZONE } from '../dns/zones';

const UNICODE_DOMAIN = 'pääsy.test';

/** Polls a condition the server's own bookkeeping will make true (no time is asserted). */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('checkDeliverability: docs/contract.md §7 against a real DNS server on 127.0.0.1', () => {
  let dns: DnsServer;
  before(async () => {
    dns = await startDnsServer({
      ...ZONE,
      [domainToASCII(UNICODE_DOMAIN)]: { TXT: ['v=spf1 a:relay.test -all'] },
      [`_dmarc.${domainToASCII(UNICODE_DOMAIN)}`]: { TXT: ['v=DMARC1; p=reject'] },
    });
  });
  after(() => dns.close());

  async function check(addresses: readonly string[], options: DeliverabilityOptions = {}) {
    const result = await checkDeliverability([configSendingFrom(addresses)], {
      relay: RELAY,
      server: dns.address,
      timeoutMs: 1000,
      ...options,
    });
    assert.ok(result.ok, result.ok ? '' : result.message);
    return { ...result, problems: result.files[0] };
  }
  /** Each address's problems as "rule:severity", in rule order. */
  async function rulesByAddress(addresses: readonly string[], options: DeliverabilityOptions = {}) {
    const { problems } = await check(addresses, options);
    return Object.fromEntries(
      addresses.map((address) => [
        address,
        problems
          .filter((problem) => problem.address === address)
          .map((problem) => `${problem.rule}:${problem.severity}`)
          .sort(),
      ]),
    );
  }
  const only = (problems: DnsProblem[], address: string, rule: string) => {
    const found = problems.filter((problem) => problem.address === address && problem.rule === rule);
    assert.equal(found.length, 1, `${address} ${rule}`);
    return found[0];
  };

  it('says nothing about domains that authorize the relay through a:, ip4: and include:', async () => {
    assert.deepEqual(await rulesByAddress([ROWS.passA, ROWS.passIp4, ROWS.passInclude]), {
      [ROWS.passA]: [],
      [ROWS.passIp4]: [],
      [ROWS.passInclude]: [],
    });
  });

  it('spf-not-authorized: an error under DMARC reject and quarantine, a warning under none and with no DMARC', async () => {
    const rows = [ROWS.failReject, ROWS.softfailQuarantine, ROWS.neutralNone, ROWS.failAbsent];
    assert.deepEqual(await rulesByAddress(rows), {
      [ROWS.failReject]: ['spf-not-authorized:error'],
      [ROWS.softfailQuarantine]: ['spf-not-authorized:error'],
      [ROWS.neutralNone]: ['spf-not-authorized:warning'],
      [ROWS.failAbsent]: ['dmarc-missing:info', 'spf-not-authorized:warning'],
    });
  });

  it('spf-not-authorized names the relay address and result, and gives the whole corrected record', async () => {
    const { problems } = await check([ROWS.failReject, ROWS.softfailQuarantine, ROWS.neutralNone]);
    const reject = only(problems, ROWS.failReject, 'spf-not-authorized');
    assert.equal(reject.record, 'v=spf1 include:spf.protection.outlook.test a:relay.test -all');
    assert.ok(reject.message.includes(`${RELAY_IP}: fail`), reject.message);
    assert.ok(reject.message.includes('"v=spf1 include:spf.protection.outlook.test a:relay.test -all"'));
    assert.equal(reject.messageId, 'spf-not-authorized.found');
    assert.match(String(reject.data?.then), /p=reject/);
    assert.match(String(reject.data?.advice), /Ask Visma first whether they publish an SPF include/);
    const softfail = only(problems, ROWS.softfailQuarantine, 'spf-not-authorized');
    assert.equal(softfail.record, 'v=spf1 ip4:198.51.100.7 a:relay.test ~all');
    assert.ok(softfail.message.includes(`${RELAY_IP}: softfail`));
    assert.ok(
      only(problems, ROWS.neutralNone, 'spf-not-authorized').message.includes(`${RELAY_IP}: neutral`),
    );
  });

  it('spf-missing: an error under DMARC reject, else a warning; offers a record and warns about the other senders', async () => {
    assert.deepEqual(await rulesByAddress([ROWS.nospfReject, ROWS.nospf]), {
      [ROWS.nospfReject]: ['spf-missing:error'],
      [ROWS.nospf]: ['dmarc-missing:info', 'spf-missing:warning'],
    });
    const { problems } = await check([ROWS.nospf]);
    const missing = only(problems, ROWS.nospf, 'spf-missing');
    assert.equal(missing.record, 'v=spf1 a:relay.test ~all');
    assert.match(missing.message, /other senders/);
    assert.match(only(problems, ROWS.nospf, 'dmarc-missing').message, /_dmarc\.nospf\.test/);
  });

  it('spf-invalid says which: two records, a syntax error, more than 10 lookups', async () => {
    const { problems } = await check([ROWS.twoSpf, ROWS.syntax, ROWS.tooMany]);
    assert.equal(only(problems, ROWS.twoSpf, 'spf-invalid').messageId, 'spf-invalid.multiple-records');
    assert.equal(only(problems, ROWS.syntax, 'spf-invalid').messageId, 'spf-invalid.syntax');
    assert.equal(only(problems, ROWS.tooMany, 'spf-invalid').messageId, 'spf-invalid.too-many-lookups');
    for (const problem of problems.filter((p) => p.rule === 'spf-invalid'))
      assert.equal(problem.severity, 'error');
  });

  it('a domain that does not exist gets domain-not-found alone', async () => {
    assert.deepEqual(await rulesByAddress([ROWS.notFound]), { [ROWS.notFound]: ['domain-not-found:error'] });
  });

  it('a relay with two addresses: authorized only when both pass, and the failing one is named', async () => {
    const { problems, relay } = await check([ROWS.half, ROWS.passInclude], { relay: TWO_ADDRESS_RELAY });
    assert.deepEqual(relay.addresses.sort(), [RELAY_IP, SECOND_IP]);
    const half = only(problems, ROWS.half, 'spf-not-authorized');
    assert.ok(half.message.includes(`${SECOND_IP}: fail`), half.message);
    assert.ok(!half.message.includes(`${RELAY_IP}: fail`), half.message);
    assert.equal(half.record, 'v=spf1 ip4:192.0.2.10 a:relay2.test -all');
    assert.equal(problems.filter((problem) => problem.address === ROWS.passInclude).length, 0);
  });

  it("uses the organizational domain's DMARC record when the domain has none (and says whose it is)", async () => {
    const { problems, domains } = await check([ROWS.orgDmarc]);
    const problem = only(problems, ROWS.orgDmarc, 'spf-not-authorized');
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /the DMARC policy of org-dmarc\.test \(p=quarantine\)/);
    assert.ok(!problems.some((p) => p.rule === 'dmarc-missing'));
    assert.match(domains[0].summary, /from org-dmarc\.test/);
  });

  it('a domain whose server never answers, or fails, gets dns-failed alone, after the lookup timeout', async () => {
    const { problems } = await check([ROWS.silent, ROWS.servfail], { timeoutMs: 2000 });
    assert.deepEqual(
      problems.map((problem) => `${problem.address} ${problem.rule}`),
      [`${ROWS.silent} dns-failed`, `${ROWS.servfail} dns-failed`],
    );
    assert.deepEqual(problems[0].data, {
      domain: 'silent.test',
      why: 'no answer within 2000 ms',
      question: ' (TXT silent.test)',
    });
    assert.equal(problems[1].data?.why, 'the DNS server answered SERVFAIL');
  });

  it('asks each name once per run, however many addresses and files share a domain', async () => {
    const before = dns.queries.length;
    const addresses = Array.from(
      { length: 30 },
      (_, i) => `henkilo${i}@${i % 2 ? 'fail-reject.test' : 'nospf.test'}`,
    );
    const result = await checkDeliverability([configSendingFrom(addresses), configSendingFrom(addresses)], {
      relay: RELAY,
      server: dns.address,
    });
    assert.ok(result.ok);
    assert.equal(result.files[0].length, 45);
    assert.equal(result.files[1].length, 45);
    const asked = dns.queries.slice(before);
    assert.deepEqual(
      asked.filter((query, index) => asked.indexOf(query) !== index),
      [],
    );
    assert.ok(asked.includes('TXT fail-reject.test') && asked.includes('TXT _dmarc.nospf.test'));
    assert.deepEqual(result.asked.slice().sort(), asked.slice().sort());
  });

  it('puts each problem on the address value, in the file it was found in', async () => {
    const text = configSendingFrom([ROWS.passA, ROWS.nospf]);
    const result = await checkDeliverability([text], { relay: RELAY, server: dns.address });
    assert.ok(result.ok);
    for (const problem of result.files[0]) {
      assert.equal(text.slice(problem.offset, problem.offset + problem.length), JSON.stringify(ROWS.nospf));
      const line = text.split('\n')[problem.range.start.line];
      assert.equal(line.indexOf(`"${ROWS.nospf}"`), problem.range.start.character);
    }
  });

  it('checks the defined sender, and only persons that can send', async () => {
    const defined = JSON.stringify({
      sender: { mode: 'defined', address: ROWS.nospfReject, name: 'x' },
      smtp: {},
    });
    const noRole = JSON.stringify({
      sender: { mode: 'personRegister' },
      persons: [{ name: 'a', roles: [], email: { address: ROWS.nospfReject, username: '1a' } }],
    });
    const result = await checkDeliverability([defined, noRole], { relay: RELAY, server: dns.address });
    assert.ok(result.ok);
    assert.deepEqual(
      result.files.map((problems) => problems.map((problem) => problem.rule)),
      [['spf-missing'], []],
    );
  });

  it('checks an address at a Unicode domain through its ASCII (IDNA) name', async () => {
    const address = `laskut@${UNICODE_DOMAIN}`;
    assert.deepEqual(await rulesByAddress([address]), { [address]: [] });
    assert.ok(dns.queries.includes(`TXT ${domainToASCII(UNICODE_DOMAIN)}`));
  });

  it('skips addresses that cannot be a domain on the Internet (the schema reports them), and broken files', async () => {
    const before = dns.queries.length;
    const result = await checkDeliverability(
      [
        configSendingFrom(['no-at-sign', 'x@localhost', 'x@-bad-.test', 'x@a..test']),
        '{"sender": {',
        '',
        'null',
      ],
      { relay: RELAY, server: dns.address },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.files, [[], [], [], []]);
    assert.deepEqual(dns.queries.slice(before), [`A ${RELAY}`, `AAAA ${RELAY}`]);
  });

  it('fails as a whole when the relay does not resolve, or its lookup fails', async () => {
    for (const relay of ['no-such-relay.test', 'silent.test']) {
      const result = await checkDeliverability([configSendingFrom([ROWS.passA])], {
        relay,
        server: dns.address,
        timeoutMs: 500,
      });
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, new RegExp(`The relay ${relay} does not resolve`));
    }
  });

  it('takes a relay given as an address, and an IPv6-only relay', async () => {
    const byAddress = await check([ROWS.passIp4, ROWS.nospf], { relay: '192.0.2.77' });
    assert.equal(only(byAddress.problems, ROWS.nospf, 'spf-missing').record, 'v=spf1 ip4:192.0.2.77 ~all');
    assert.equal(byAddress.problems.filter((p) => p.address === ROWS.passIp4).length, 0);
    const v6 = await check([ROWS.passA], { relay: 'relay-v6.test' });
    assert.deepEqual(v6.relay.addresses, ['2001:db8::25']);
    assert.match(only(v6.problems, ROWS.passA, 'spf-not-authorized').message, /2001:db8::25: fail/);
  });

  it('shows every deliverability rule on one row or another (dkim-missing needs a mail service: receiving.test.ts)', async () => {
    // Every row but the silent one answers: a generous timeout keeps a loaded machine (Wine on CI)
    // from turning a slow answer into dns-failed; servfail rows still show dns-failed.
    const answering = Object.values(ROWS).filter((address) => address !== ROWS.silent);
    const { problems } = await check(answering, { timeoutMs: 10_000 });
    assert.deepEqual(
      [...new Set(problems.map((problem) => problem.rule))].sort(),
      DNS_RULES.map((rule) => rule.id)
        .filter((id) => id !== 'dkim-missing')
        .sort(),
    );
  });

  it('stops asking when cancelled: what was not answered is not checked', async () => {
    const controller = new AbortController();
    const before = dns.queries.length;
    const checking = checkDeliverability([configSendingFrom([ROWS.silent])], {
      relay: RELAY,
      server: dns.address,
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    await waitUntil(() => dns.queries.slice(before).includes('TXT silent.test'));
    controller.abort();
    const result = await checking;
    assert.ok(result.ok);
    assert.equal(result.files[0][0].messageId, 'dns-failed.failed');
    assert.equal(result.files[0][0].data?.why, 'the check was cancelled');
  });

  it('applies severity settings, off included, and speaks Finnish', async () => {
    const overridden = await rulesByAddress([ROWS.nospf], {
      rules: { 'dmarc-missing': 'off', 'spf-missing': 'error' },
    });
    assert.deepEqual(overridden, { [ROWS.nospf]: ['spf-missing:error'] });
    const { problems } = await check([ROWS.failReject, ROWS.notFound], { lang: 'fi' });
    // The language itself is what is tested here: the words are Finnish.
    assert.match(only(problems, ROWS.failReject, 'spf-not-authorized').message, /ei salli välityspalvelinta/);
    assert.match(only(problems, ROWS.notFound, 'domain-not-found').message, /kirjoitusvirhe/);
  });
});
