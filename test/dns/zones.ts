/**
 * The zones of the DNS tests: one domain per row of SPEC §7, under .test (RFC 2606: never on the
 * Internet), served by test/dns/server.ts on 127.0.0.1.
 */
import type { Zone } from './server';

export const RELAY = 'relay.test';
export const RELAY_IP = '192.0.2.10';
/** A relay with two addresses, of which only RELAY_IP is authorized by half.test. */
export const TWO_ADDRESS_RELAY = 'relay2.test';
export const SECOND_IP = '192.0.2.11';

const dmarc = (policy: string) => ({ TXT: [`v=DMARC1; p=${policy}; rua=mailto:dmarc@example.test`] });

/** A chain of includes that needs 11 lookups: l1 includes l2 ... includes l11. */
function includeChain(): Zone {
  const zone: Zone = {};
  for (let i = 1; i <= 11; i++)
    zone[`l${i}.chain.test`] = { TXT: [`v=spf1 include:l${i + 1}.chain.test -all`] };
  zone['l12.chain.test'] = { TXT: ['v=spf1 -all'] };
  return zone;
}

export const ZONE: Zone = {
  [RELAY]: { A: [RELAY_IP] },
  [TWO_ADDRESS_RELAY]: { A: [RELAY_IP, SECOND_IP] },
  'relay-v6.test': { AAAA: ['2001:db8::25'] },

  // pass via a:, ip4: and include:
  'pass-a.test': { TXT: ['v=spf1 a:relay.test -all', 'google-site-verification=abc'] },
  '_dmarc.pass-a.test': dmarc('reject'),
  'pass-ip4.test': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.pass-ip4.test': dmarc('quarantine'),
  'pass-include.test': { TXT: ['v=spf1 include:_spf.provider.test ~all'] },
  '_spf.provider.test': { TXT: ['v=spf1 ip4:192.0.2.10 ip4:192.0.2.11 -all'] },
  '_dmarc.pass-include.test': dmarc('none'),

  // fail, softfail, neutral under reject, quarantine, none, and no DMARC at all
  'fail-reject.test': { TXT: ['v=spf1 include:spf.protection.outlook.test -all'] },
  'spf.protection.outlook.test': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  '_dmarc.fail-reject.test': dmarc('reject'),
  'softfail-quarantine.test': { TXT: ['v=spf1 ip4:198.51.100.7 ~all'] },
  '_dmarc.softfail-quarantine.test': dmarc('quarantine'),
  'neutral-none.test': { TXT: ['v=spf1 ?all'] },
  '_dmarc.neutral-none.test': dmarc('none'),
  'fail-absent.test': { TXT: ['v=spf1 mx -all'], MX: ['10 mx.fail-absent.test'] },
  'mx.fail-absent.test': { A: ['198.51.100.25'] },

  // no SPF record, under reject and with nothing
  'nospf-reject.test': { TXT: ['MS=ms12345'] },
  '_dmarc.nospf-reject.test': dmarc('reject'),
  'nospf.test': {},

  // broken SPF: two records, a syntax error, more than 10 lookups
  'two-spf.test': { TXT: ['v=spf1 a:relay.test -all', 'v=spf1 ip4:198.51.100.1 -all'] },
  'syntax.test': { TXT: ['v=spf1 ip4:192.0.2.300 -all'] },
  'too-many.test': { TXT: ['v=spf1 include:l1.chain.test -all'] },
  ...includeChain(),

  // a relay with two addresses, only one authorized
  'half.test': { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
  '_dmarc.half.test': dmarc('reject'),

  // DMARC only at the organizational domain (its policy makes the SPF failure an error)
  'mail.org-dmarc.test': { TXT: ['v=spf1 ip4:198.51.100.1 -all'] },
  'org-dmarc.test': { TXT: ['v=spf1 -all'] },
  '_dmarc.org-dmarc.test': dmarc('quarantine'),

  // lookups that fail: a server that never answers, one that answers SERVFAIL
  'silent.test': 'silent',
  'servfail.test': 'servfail',
};

/** The address that shows each row, by the rule (and severity) it must get. */
export const ROWS = {
  passA: 'laskut@pass-a.test',
  passIp4: 'laskut@pass-ip4.test',
  passInclude: 'laskut@pass-include.test',
  failReject: 'laskut@fail-reject.test',
  softfailQuarantine: 'laskut@softfail-quarantine.test',
  neutralNone: 'laskut@neutral-none.test',
  failAbsent: 'laskut@fail-absent.test',
  nospfReject: 'laskut@nospf-reject.test',
  nospf: 'laskut@nospf.test',
  twoSpf: 'laskut@two-spf.test',
  syntax: 'laskut@syntax.test',
  tooMany: 'laskut@too-many.test',
  notFound: 'laskut@no-such-domain.test',
  half: 'laskut@half.test',
  orgDmarc: 'laskut@mail.org-dmarc.test',
  silent: 'laskut@silent.test',
  servfail: 'laskut@servfail.test',
} as const;

/** A nova-mail.json whose persons send from the given addresses (person-register mode). */
export function configSendingFrom(addresses: readonly string[]): string {
  const persons = addresses.map((address, index) => ({
    name: `Henkilö ${index + 1}`,
    roles: ['Sähköpostilähettäjä'],
    email: {
      username: `12345tes${index}`,
      address,
      novaUsername: `12345tes${index}`,
      smtpUsername: 'xxx',
      smtpPassword: 'xxx',
    },
  }));
  return (
    JSON.stringify(
      {
        company: 'Testi Oy',
        smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
        sender: { mode: 'personRegister' },
        persons,
      },
      null,
      2,
    ) + '\n'
  );
}
