/**
 * The zones of the DNS tests: one domain per row of docs/contract.md §7, under .test (RFC 2606: never on the
 * Internet), served by scripts/servers/dns.ts on 127.0.0.1.
 */
import type { Zone } from '../../scripts/servers/dns';

export const RELAY = 'relay.test';
export const RELAY_IP = '192.0.2.10';
/** A relay with two addresses, of which only RELAY_IP is authorized by half.test. */
export const TWO_ADDRESS_RELAY = 'relay2.test';
export const SECOND_IP = '192.0.2.11';

const dmarc = (policy: string) => ({ TXT: [`v=DMARC1; p=${policy}; rua=mailto:dmarc@example.test`] });

/**
 * A domain at exactly 10 DNS-querying terms, as one with Microsoft 365, Google, two newsletter
 * services and its own mx and a is (issue 19, case 1): a:<relay> would make 11.
 */
function atTheLimit(): Zone {
  return {
    'raskas.test': {
      TXT: [
        'v=spf1 include:spf.protection.outlook.test include:_spf.google.test include:mailgun.test include:sendgrid.test mx a include:servers.mcsv.test -all',
      ],
      MX: ['10 mx.raskas.test'],
      A: ['198.51.100.40'],
    },
    '_dmarc.raskas.test': dmarc('reject'),
    'mx.raskas.test': { A: ['198.51.100.41'] },
    '_spf.google.test': {
      TXT: ['v=spf1 include:_netblocks.google.test include:_netblocks2.google.test ~all'],
    },
    '_netblocks.google.test': { TXT: ['v=spf1 ip4:198.51.100.64/26 ~all'] },
    '_netblocks2.google.test': { TXT: ['v=spf1 ip6:2001:db8:4860::/48 ~all'] },
    'mailgun.test': { TXT: ['v=spf1 include:_spf.mailgun.test -all'] },
    '_spf.mailgun.test': { TXT: ['v=spf1 ip4:198.51.100.128/27 ~all'] },
    'sendgrid.test': { TXT: ['v=spf1 ip4:198.51.100.160/27 ~all'] },
    'servers.mcsv.test': { TXT: ['v=spf1 ip4:198.51.100.192/27 ~all'] },
  };
}

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
  'relay-aaaa-fails.test': { A: [RELAY_IP], servfail: ['AAAA'] },

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

  // the root: DNS works here (an offline resolver answers NXDOMAIN even for it)
  '': { NS: ['a.root-servers.test'] },

  // issue 19: advice that is never wrong
  ...atTheLimit(),
  'neutral-relay.test': { TXT: ['v=spf1 mx ?a:relay.test -all'], MX: ['10 mx.neutral-relay.test'] },
  'mx.neutral-relay.test': { A: ['198.51.100.50'] },
  'blocked.test': { TXT: ['v=spf1 -ip4:192.0.2.0/24 mx -all'], MX: ['10 mx.blocked.test'] },
  'mx.blocked.test': { A: ['198.51.100.51'] },
  'inc-servfail.test': { TXT: ['v=spf1 include:_spf.servfail-host.test -all'] },
  'red-servfail.test': { TXT: ['v=spf1 redirect=_spf.servfail-host.test'] },
  '_spf.servfail-host.test': 'servfail',
  'macro-d.test': { TXT: ['v=spf1 include:_spf.macro-host.test -all'] },
  '_spf.macro-host.test': { TXT: ['v=spf1 exists:%{i}._ok.%{d} -all'] },
  '192.0.2.10._ok._spf.macro-host.test': { A: ['127.0.0.2'] },
  'mail.two-dmarc.test': { TXT: ['v=spf1 ip4:198.51.100.1 -all'] },
  '_dmarc.mail.two-dmarc.test': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=quarantine'] },
  'two-dmarc.test': { TXT: ['v=spf1 -all'] },
  '_dmarc.two-dmarc.test': dmarc('reject'),
  'pct0.test': { TXT: ['v=spf1 ip4:198.51.100.1 -all'] },
  '_dmarc.pct0.test': { TXT: ['v=DMARC1; p=quarantine; pct=0'] },
  'test-mode.test': { TXT: ['v=spf1 ip4:198.51.100.1 -all'] },
  '_dmarc.test-mode.test': { TXT: ['v=DMARC1; p=reject; t=y'] },
  'allows-all.test': { TXT: ['v=spf1 a:relay.test +all'] },
  // issue 26: p=reject under test, for Explain received mail's consequence
  'rej-pct0.test': { TXT: ['v=spf1 ip4:198.51.100.1 -all'] },
  '_dmarc.rej-pct0.test': { TXT: ['v=DMARC1; p=reject; pct=0'] },
  // issue 26: the company's own mail is at Exchange Online (Direct Send)
  'exo.test': { TXT: ['v=spf1 a:relay.test -all'], MX: ['0 exo-test.mail.protection.outlook.com'] },
  '_dmarc.exo.test': dmarc('reject'),
  '_dmarc.allows-all.test': dmarc('none'),
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
  atTheLimit: 'laskut@raskas.test',
  neutralRelay: 'laskut@neutral-relay.test',
  blocked: 'laskut@blocked.test',
  includeServfail: 'laskut@inc-servfail.test',
  redirectServfail: 'laskut@red-servfail.test',
  macroD: 'laskut@macro-d.test',
  twoDmarc: 'laskut@mail.two-dmarc.test',
  pct0: 'laskut@pct0.test',
  testMode: 'laskut@test-mode.test',
  allowsAll: 'laskut@allows-all.test',
  directSend: 'laskut@exo.test',
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
