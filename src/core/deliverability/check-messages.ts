/**
 * What a deliverability check says about the run and each domain (check.ts): part of the core's one
 * catalog (messages.ts spreads it in). The rules' own messages are in messages.ts.
 */
import type { Catalog } from '../catalog';

export const CHECK_MESSAGES = {
  'dns.unreachable': {
    en: "DNS cannot be reached from this machine: not even the root's name servers could be looked up (offline, or the DNS server does not answer). Nothing was checked, and no DNS change is advised.",
    fi: 'DNS:ään ei saada yhteyttä tältä koneelta: edes juuren nimipalvelimia ei saatu haettua (ei verkkoyhteyttä, tai DNS-palvelin ei vastaa). Mitään ei tarkistettu eikä DNS-muutoksia neuvota.',
  },
  'dns.relay.unresolved': {
    en: 'The relay {relay} does not resolve: {why}.',
    fi: 'Välityspalvelimen {relay} nimi ei selviä: {why}.',
  },
  'dns.relay.no-address': { en: 'it has no address in DNS', fi: 'sillä ei ole osoitetta DNS:ssä' },
  'dns.relay.no-spf-addresses': {
    en: 'it has no SPF record with addresses',
    fi: 'sillä ei ole osoitteita sisältävää SPF-tietuetta',
  },
  'dns.relay.unchecked': {
    en: "The relay's {family} addresses could not be looked up ({question}: {why}); checked only: {addresses}.",
    fi: 'Välityspalvelimen {family}-osoitteita ei saatu haettua ({question}: {why}); tarkistettiin vain: {addresses}.',
  },
  'dns.nothing-checked.gone': {
    en: 'No sender domain could be checked: the DNS server stopped answering ({questions} questions, the last ones unanswered within {ms} ms each). Is DNS reachable from here?',
    fi: 'Yhtään lähettäjän verkkotunnusta ei voitu tarkistaa: DNS-palvelin lakkasi vastaamasta ({questions} kyselyä, viimeisiin ei vastausta {ms} ms:ssa). Saako tältä koneelta yhteyden DNS:ään?',
  },
  'dns.nothing-checked': {
    en: 'No sender domain could be checked: {why}. Is DNS reachable from here?',
    fi: 'Yhtään lähettäjän verkkotunnusta ei voitu tarkistaa: {why}. Saako tältä koneelta yhteyden DNS:ään?',
  },
  'dns.lookups-failed': { en: 'the lookups failed', fi: 'kyselyt epäonnistuivat' },

  // verdicts kept after a check (kept.ts): always with when they were checked
  'kept.title': {
    en: 'Deliverability of {file}, as last checked',
    fi: 'Tiedoston {file} toimitettavuus viimeksi tarkistettuna',
  },
  'kept.when': {
    en: "Checked {ago} ({at}) against the relay {relay}. This is what DNS said then, not now: run Check deliverability again for today's answer.",
    fi: 'Tarkistettu {ago} ({at}) välityspalvelinta {relay} vasten. Tämä on se, mitä DNS sanoi silloin, ei nyt: aja Tarkista toimitettavuus uudelleen saadaksesi tämän päivän vastauksen.',
  },
  'kept.domains': { en: 'What DNS said about each domain', fi: 'Mitä DNS sanoi kustakin verkkotunnuksesta' },
  'kept.no-domains': {
    en: 'The file names no sender domain.',
    fi: 'Tiedostossa ei ole lähettäjän verkkotunnusta.',
  },
  'kept.problems': { en: 'Problems found', fi: 'Löydetyt ongelmat' },
  'kept.no-problems': { en: 'None.', fi: 'Ei yhtään.' },

  // one line per domain: what DNS says about it
  'summary.line': { en: '{domain}: {spf}; {dmarc}', fi: '{domain}: {spf}; {dmarc}' },
  'summary.not-found': {
    en: '{domain}: does not exist (NXDOMAIN)',
    fi: '{domain}: ei ole olemassa (NXDOMAIN)',
  },
  'summary.not-checked': { en: '{domain}: not checked: {why}', fi: '{domain}: ei tarkistettu: {why}' },
  'summary.spf.pass': { en: 'SPF authorizes {relay}', fi: 'SPF sallii välittäjän {relay}' },
  'summary.spf.none': { en: 'no SPF record', fi: 'ei SPF-tietuetta' },
  'summary.spf.not-authorized': {
    en: 'SPF does not authorize {relay} ({results})',
    fi: 'SPF ei salli välittäjää {relay} ({results})',
  },
  'summary.spf.multiple-records': {
    en: 'two SPF records (permerror)',
    fi: 'kaksi SPF-tietuetta (permerror)',
  },
  'summary.spf.too-many-lookups': {
    en: 'SPF needs over 10 lookups (permerror)',
    fi: 'SPF vaatii yli 10 kyselyä (permerror)',
  },
  'summary.spf.too-many-void-lookups': {
    en: 'SPF names missing domains (permerror)',
    fi: 'SPF viittaa puuttuviin verkkotunnuksiin (permerror)',
  },
  'summary.spf.syntax': { en: 'SPF syntax error (permerror)', fi: 'SPF:n syntaksivirhe (permerror)' },
  'summary.dmarc.none': { en: 'no DMARC record', fi: 'ei DMARC-tietuetta' },
  'summary.dmarc.multiple': {
    en: '{count} DMARC records (none applies)',
    fi: '{count} DMARC-tietuetta (mikään ei ole voimassa)',
  },
  'summary.dmarc.own': { en: 'DMARC p={policy}{testing}', fi: 'DMARC p={policy}{testing}' },
  'summary.with-dkim': { en: '{line}; {dkim}', fi: '{line}; {dkim}' },
  'summary.dkim.failed': {
    en: 'DKIM of {service} not checked ({why})',
    fi: '{service}:n DKIM-tietuetta ei tarkistettu ({why})',
  },
  'summary.dkim.published': { en: 'DKIM of {service} published', fi: '{service}:n DKIM julkaistu' },
  'summary.dkim.missing': {
    en: 'DKIM of {service} not published',
    fi: '{service}:n DKIM-tietuetta ei julkaistu',
  },
  'summary.dmarc.readings': {
    en: '{rfc9989} by RFC 9989, {rfc7489} by RFC 7489',
    fi: '{rfc9989} RFC 9989:n mukaan, {rfc7489} RFC 7489:n mukaan',
  },
  'summary.dmarc.inherited': {
    en: 'DMARC p={policy}{testing} (from {at})',
    fi: 'DMARC p={policy}{testing} (verkkotunnukselta {at})',
  },
} as const satisfies Catalog;
