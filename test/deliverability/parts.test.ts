import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DNS_CONCURRENCY, Lookups, parseDnsServer } from '../../src/core/deliverability/lookups';
import {
  correctedSpfRecord,
  newSpfRecord,
  relayForms,
  relayMechanism,
} from '../../src/core/deliverability/spf-record';

describe('the corrected SPF record (a candidate: check.test.ts proves them against DNS)', () => {
  const relay = { host: 'smtp.od.visma.fi', addresses: ['192.0.2.25'] };
  const byName = ['a:smtp.od.visma.fi'];
  it('inserts the relay before the all that ends evaluation, keeping every other term', () => {
    const cases: [string, string][] = [
      ['v=spf1 -all', 'v=spf1 a:smtp.od.visma.fi -all'],
      [
        'v=spf1 include:spf.protection.outlook.com ~all',
        'v=spf1 include:spf.protection.outlook.com a:smtp.od.visma.fi ~all',
      ],
      ['v=spf1 mx ?all', 'v=spf1 mx a:smtp.od.visma.fi ?all'],
      ['v=spf1 ip4:192.0.2.1 all', 'v=spf1 ip4:192.0.2.1 a:smtp.od.visma.fi all'],
      ['v=spf1 mx -all include:late.test', 'v=spf1 mx a:smtp.od.visma.fi -all include:late.test'],
      ['v=spf1 mx redirect=_spf.example.test', 'v=spf1 mx a:smtp.od.visma.fi redirect=_spf.example.test'],
      ['v=spf1 mx', 'v=spf1 mx a:smtp.od.visma.fi'],
      ['  v=spf1   mx    -ALL  ', 'v=spf1 mx a:smtp.od.visma.fi -ALL'],
      ['v=spf1 -all a:smtp.od.visma.fi', 'v=spf1 a:smtp.od.visma.fi -all'],
      ['v=spf1 +A:SMTP.OD.VISMA.FI -all', 'v=spf1 a:smtp.od.visma.fi -all'],
      ['v=spf1', 'v=spf1 a:smtp.od.visma.fi'],
    ];
    for (const [record, corrected] of cases)
      assert.equal(correctedSpfRecord(record, byName, relay), corrected, record);
  });

  it('replaces a term that already names the relay with any qualifier, where it stands (regression)', () => {
    assert.equal(
      correctedSpfRecord('v=spf1 mx ?a:smtp.od.visma.fi -all', byName, relay),
      'v=spf1 mx a:smtp.od.visma.fi -all',
    );
    assert.equal(
      correctedSpfRecord('v=spf1 -ip4:192.0.2.25 mx ~a:smtp.od.visma.fi -all', byName, relay),
      'v=spf1 a:smtp.od.visma.fi mx -all',
    );
    assert.equal(
      correctedSpfRecord('v=spf1 mx ~ip4:192.0.2.25/32 -all', ['ip4:192.0.2.25'], relay),
      'v=spf1 mx ip4:192.0.2.25 -all',
    );
  });

  it('names the relay by name first, then by its addresses; by address only when it is one', () => {
    assert.equal(relayMechanism('SMTP.od.visma.fi'), 'a:smtp.od.visma.fi');
    assert.equal(relayMechanism('192.0.2.7'), 'ip4:192.0.2.7');
    assert.equal(relayMechanism('2001:db8::1'), 'ip6:2001:db8::1');
    assert.deepEqual(relayForms({ host: 'smtp.od.visma.fi', addresses: ['192.0.2.25', '2001:DB8::25'] }), [
      { form: 'name', terms: ['a:smtp.od.visma.fi'] },
      { form: 'address', terms: ['ip4:192.0.2.25', 'ip6:2001:db8::25'] },
    ]);
    assert.deepEqual(relayForms({ host: '192.0.2.7', addresses: ['192.0.2.7'] }), [
      { form: 'address', terms: ['ip4:192.0.2.7'] },
    ]);
    assert.equal(newSpfRecord(byName), 'v=spf1 a:smtp.od.visma.fi ~all');
  });
});

describe('--dns-server values', () => {
  it('takes an IP address with an optional port', () => {
    assert.equal(parseDnsServer('192.0.2.53'), '192.0.2.53');
    assert.equal(parseDnsServer(' 127.0.0.1:5353 '), '127.0.0.1:5353');
    assert.equal(parseDnsServer('::1'), '[::1]');
    assert.equal(parseDnsServer('[::1]:5353'), '[::1]:5353');
  });
  it('refuses names, bad ports and bracketed IPv4', () => {
    for (const value of [
      'dns.example.test',
      '127.0.0.1:0',
      '127.0.0.1:70000',
      '127.0.0.1:',
      '[127.0.0.1]:53',
      '',
      '::1:53x',
    ])
      assert.equal(parseDnsServer(value), undefined, value);
  });
});

describe('Lookups', () => {
  it(`asks each question once, and never more than ${DNS_CONCURRENCY} at a time`, async () => {
    let inFlight = 0;
    let most = 0;
    const calls: string[] = [];
    const lookups = new Lookups({
      resolve: async (name, type) => {
        calls.push(`${type} ${name}`);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return [] as never[];
      },
    });
    const names = Array.from({ length: 40 }, (_, i) => `d${i % 20}.test`);
    await Promise.all(
      names.flatMap((name) => [
        lookups.resolve(name, 'TXT'),
        lookups.resolve(name.toUpperCase() + '.', 'txt'),
      ]),
    );
    assert.equal(calls.length, 20);
    assert.equal(most, DNS_CONCURRENCY);
    assert.equal(lookups.asked.length, 20);
  });

  it('ends a lookup that never answers at its timeout, with ETIMEOUT, and shares that answer', async () => {
    const lookups = new Lookups({ timeoutMs: 50, resolve: () => new Promise<never[]>(() => undefined) });
    await assert.rejects(lookups.resolve('x.test', 'TXT'), { code: 'ETIMEOUT' });
    await assert.rejects(lookups.resolve('x.test', 'TXT'), { code: 'ETIMEOUT' });
    assert.equal(lookups.asked.length, 1);
  });

  it('asks nothing once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const lookups = new Lookups({ signal: controller.signal, resolve: () => Promise.resolve([] as never[]) });
    await assert.rejects(lookups.resolve('x.test', 'TXT'), { code: 'ECANCELLED' });
    assert.equal(lookups.asked.length, 0);
  });
});
