/**
 * What the core says besides its rules (each rule holds its own messages: rules/rule.ts), by id
 * (see catalog.ts): the engine's structural problems (parse, duplicate-key, schema), the words
 * several rules share, the test send, the DNS check and Explain received mail. The lint's
 * catalog, with the rules', is composed above both in core-catalog.ts; the whole one in
 * all-messages.ts. Nova's own words (screens, field
 * labels) stay Finnish in both languages: that is what the user sees in Nova.
 */
import type { Catalog, Data, Message } from './catalog';
import { OWN_SERVER_MESSAGES } from './own-server/messages';
import type { REPLY_MESSAGES } from './send/reply-messages';
import type { SEND_MESSAGES } from './send/send-messages';
import type { RECIPIENT_MESSAGES } from './send/recipient';
import type { CHECK_MESSAGES } from './deliverability/check-messages';
import type { EXPLAIN_MESSAGES } from './deliverability/explain-messages';
import type { SCANNING_MESSAGES } from './deliverability/scanning/messages';
import type { KEPT_WHEN_MESSAGES } from './deliverability/kept-when';

export const MESSAGES = {
  // parse: the first syntax error (JSON.parse decides, jsonc-parser says where)
  'parse.unexpected-end': { en: 'Unexpected end of file.', fi: 'Tiedosto loppui kesken.' },
  'parse.unexpected-character': { en: 'Unexpected character.', fi: 'Odottamaton merkki.' },
  'parse.value-expected': { en: 'Value expected.', fi: 'Tähän kuuluu arvo.' },
  'parse.comment': { en: 'Comments are not allowed in JSON.', fi: 'JSON ei salli kommentteja.' },
  'parse.trailing-comma': { en: 'Trailing comma: remove it.', fi: 'Ylimääräinen pilkku lopussa: poista se.' },
  'parse.single-quote': {
    en: 'Strings must use double quotes (").',
    fi: 'Merkkijonot kirjoitetaan lainausmerkkeihin (").',
  },
  'parse.property-expected': {
    en: 'Property name in double quotes expected.',
    fi: 'Tähän kuuluu ominaisuuden nimi lainausmerkeissä.',
  },
  'parse.colon-expected': { en: 'Colon (:) expected.', fi: 'Tähän kuuluu kaksoispiste (:).' },
  'parse.comma-expected': { en: 'Comma expected.', fi: 'Tähän kuuluu pilkku.' },
  'parse.comma-or-brace': { en: 'Comma or } expected.', fi: 'Tähän kuuluu pilkku tai }.' },
  'parse.comma-or-bracket': { en: 'Comma or ] expected.', fi: 'Tähän kuuluu pilkku tai ].' },
  'parse.unterminated-string': { en: 'Unterminated string.', fi: 'Merkkijono ei pääty.' },
  'parse.control-character': {
    en: 'Control characters must be escaped in strings.',
    fi: 'Ohjausmerkit on koodattava merkkijonoissa.',
  },
  'parse.bad-escape': { en: 'Invalid escape sequence.', fi: 'Virheellinen koodimerkintä (\\).' },
  'parse.bad-number': { en: 'Invalid number.', fi: 'Virheellinen numero.' },
  'parse.end-expected': {
    en: 'End of file expected: only one JSON value is allowed.',
    fi: 'Tiedoston pitäisi päättyä: vain yksi JSON-arvo on sallittu.',
  },
  'parse.not-json': { en: 'Not valid JSON.', fi: 'Virheellistä JSONia.' },
  'parse.whitespace': {
    en: 'Only spaces, tabs and line breaks may separate JSON values.',
    fi: 'JSON-arvojen välissä saa olla vain välilyöntejä, sarkaimia ja rivinvaihtoja.',
  },
  'lint.more': {
    en: {
      one: '…and {count} more {rule} problem in this file (only the first {cap} of each rule are listed).',
      other: '…and {count} more {rule} problems in this file (only the first {cap} of each rule are listed).',
    },
    fi: {
      one: '…ja {count} muu {rule}-ongelma tässä tiedostossa (kustakin säännöstä näytetään {cap} ensimmäistä).',
      other:
        '…ja {count} muuta {rule}-ongelmaa tässä tiedostossa (kustakin säännöstä näytetään {cap} ensimmäistä).',
    },
  },
  'parse.too-large': {
    en: 'Not checked: the file is too large ({size} M characters; the limit is {limit} M). A nova-mail.json of a whole company is a few kilobytes.',
    fi: 'Ei tarkistettu: tiedosto on liian suuri ({size} M merkkiä; raja on {limit} M). Koko yrityksen nova-mail.json on muutaman kilotavun.',
  },
  'parse.too-large-file': {
    en: 'Not checked: the file is too large ({size} MB; files over {limit} MB are not read). A nova-mail.json of a whole company is a few kilobytes.',
    fi: 'Ei tarkistettu: tiedosto on liian suuri ({size} Mt; yli {limit} Mt:n tiedostoja ei lueta). Koko yrityksen nova-mail.json on muutaman kilotavun.',
  },
  'parse.unreadable': {
    en: 'Not checked: the file cannot be read ({reason}).',
    fi: 'Ei tarkistettu: tiedostoa ei voi lukea ({reason}).',
  },

  // duplicate-key, schema
  'duplicate-key.twice': {
    en: 'Duplicate key {key}: JSON keeps only the last one.',
    fi: 'Avain {key} on tässä objektissa kahdesti: vain viimeinen jää voimaan.',
  },
  'schema.too-deep': {
    en: 'Nested deeper than {depth} levels: not checked below this point (a nova-mail.json needs four).',
    fi: 'Yli {depth} tasoa sisäkkäin: tätä syvemmälle ei tarkisteta (nova-mail.json tarvitsee neljä).',
  },
  'schema.missing': { en: 'Missing property "{key}".', fi: 'Ominaisuus "{key}" puuttuu.' },
  'schema.not-allowed': {
    en: 'Property "{key}" is not allowed here.',
    fi: 'Ominaisuus "{key}" ei kuulu tähän.',
  },
  'schema.person-register-only': {
    en: '"{key}" is not used with sender mode "personRegister": remove it.',
    fi: '"{key}" ei kuulu lähettäjätilaan "personRegister": poista se.',
  },
  'schema.type': { en: 'Expected {type}.', fi: 'Tähän kuuluu {type}.' },
  'schema.enum': { en: 'Allowed values: {allowed}.', fi: 'Sallitut arvot: {allowed}.' },
  'schema.email': {
    en: 'Not a valid e-mail address: name@domain (the domain may have ä, ö, å).',
    fi: 'Virheellinen sähköpostiosoite: nimi@verkkotunnus (verkkotunnuksessa voi olla ä, ö, å).',
  },
  'schema.empty': { en: 'Must not be empty.', fi: 'Ei saa olla tyhjä.' },
  'schema.minimum': { en: 'Must be at least {limit}.', fi: 'Pitää olla vähintään {limit}.' },
  'schema.maximum': { en: 'Must be at most {limit}.', fi: 'Saa olla enintään {limit}.' },
  'schema.unique': { en: 'Listed twice (also item {other}).', fi: 'Mainittu kahdesti (myös kohta {other}).' },
  'schema.other': { en: '{text}', fi: '{text}' },
  'type.string': { en: 'a string', fi: 'merkkijono' },
  'type.integer': { en: 'a whole number', fi: 'kokonaisluku' },
  'type.number': { en: 'a number', fi: 'luku' },
  'type.boolean': { en: 'true or false', fi: 'true tai false' },
  'type.object': { en: 'an object { }', fi: 'objekti { }' },
  'type.array': { en: 'a list [ ]', fi: 'lista [ ]' },
  'type.null': { en: 'null', fi: 'null' },

  // smtp-server, smtp-port, smtp-ssl

  // real-password, real-username, credential-placeholder ({label} and {screen}: Nova's words)
  'holds.value': { en: 'a value', fi: 'arvon' },
  'holds.address': { en: 'an e-mail address', fi: 'sähköpostiosoitteen' },
  'holds.own-citrix-id': { en: "the person's Citrix ID", fi: 'henkilön Citrix-tunnuksen' },
  'holds.citrix-id': { en: 'a Citrix ID', fi: 'Citrix-tunnuksen' },
  'holds.username': { en: 'a username', fi: 'käyttäjätunnuksen' },
  'holds.no-citrix-id': { en: 'no Citrix ID', fi: 'muun kuin Citrix-tunnuksen' },

  // nova-username, citrix-id ({person}: the person's name, or "Person 2")
  'person.unnamed': { en: 'Person {number}', fi: 'Henkilö {number}' },

  // missing-sender-role, missing-email-tab, no-sender-person, duplicate-citrix-id

  // sent-items, company-name

  // deliverability (docs/contract.md §7); {then}, {advice}, {why}: messages of their own, nested
  'spf.advice.replace': {
    en: 'Publish this TXT record at {domain} in place of the current one: "{record}"{how}.{include}',
    fi: 'Julkaise verkkotunnukselle {domain} nykyisen tilalle tämä TXT-tietue: "{record}"{how}.{include}',
  },
  'spf.advice.new': {
    en: `Put the domain's other senders in it too (its own mail service, such as include:spf.protection.outlook.com for Microsoft 365), or their mail starts failing. Publish a TXT record at {domain}: "{record}"{how}.{include}`,
    fi: 'Lisää siihen myös verkkotunnuksen muut lähettäjät (sen oma sähköpostipalvelu, esim. include:spf.protection.outlook.com Microsoft 365:lle), muuten niiden posti alkaa hylkääntyä. Julkaise verkkotunnukselle {domain} TXT-tietue "{record}"{how}.{include}',
  },
  'spf.advice.publish': {
    en: 'Publish this TXT record at {domain}: "{record}"{how}.{include}',
    fi: 'Julkaise verkkotunnukselle {domain} TXT-tietue "{record}"{how}.{include}',
  },
  'spf.by-address': {
    en: " (the relay by its address: {mechanism} would take the record past 10 DNS lookups, and SPF would then fail for all of the domain's mail; if the relay's address changes, this must change too)",
    fi: ' (välityspalvelin osoitteena: {mechanism} veisi tietueen yli 10 DNS-kyselyn, jolloin SPF epäonnistuisi kaikelle verkkotunnuksen postille; jos välityspalvelimen osoite muuttuu, tämäkin on muutettava)',
  },
  'spf.visma-include': {
    en: ' Ask Visma first whether they publish an SPF include for the hosted service: if they do, use include:<theirs> instead of {mechanism}.',
    fi: ' Kysy ensin Vismalta, julkaisevatko he sovelluspalvelulle SPF-includen: jos julkaisevat, käytä {mechanism}:n sijaan include:<heidän>.',
  },
  'spf.no-record.over-limit': {
    en: "No corrected record is given: adding the relay in any form would take the record past the 10 DNS lookups SPF allows (RFC 7208), and SPF would then fail for all of the domain's mail. {next}",
    fi: 'Korjattua tietuetta ei anneta: välityspalvelimen lisääminen missä tahansa muodossa veisi tietueen yli SPF:n sallimien 10 DNS-kyselyn (RFC 7208), jolloin SPF epäonnistuisi kaikelle verkkotunnuksen postille. {next}',
  },
  'spf.no-record.still-not-authorized': {
    en: 'No corrected record is given: the relay would still not pass with it added (an earlier term of the record excludes its address). {next}',
    fi: 'Korjattua tietuetta ei anneta: välityspalvelin ei menisi läpi lisättynäkään (tietueen aiempi termi sulkee sen osoitteen pois). {next}',
  },
  'spf.no-record.would-break': {
    en: 'No corrected record is given: the changed record would stop authorizing servers that pass today. {next}',
    fi: 'Korjattua tietuetta ei anneta: muutettu tietue lakkaisi sallimasta palvelimia, jotka nyt menevät läpi. {next}',
  },
  'spf.no-record.internal': {
    en: "No record is given: {relay} has an internal address ({addresses}), which no public SPF record should name. SPF needs the address the mail leaves the company's network from: ask whoever runs the server which public address (or which provider's include) it sends out from, and authorize that.",
    fi: 'Tietuetta ei anneta: palvelimella {relay} on sisäverkon osoite ({addresses}), jota julkinen SPF-tietue ei saa nimetä. SPF tarvitsee osoitteen, josta posti lähtee yrityksen verkosta: kysy palvelimen ylläpitäjältä, mistä julkisesta osoitteesta (tai minkä palveluntarjoajan includella) se lähettää, ja salli se.',
  },
  'spf.no-record.lookup-failed': {
    en: 'No corrected record is given: a DNS lookup failed while the changed record was being tested. Run the check again.',
    fi: 'Korjattua tietuetta ei anneta: DNS-kysely epäonnistui muutettua tietuetta testattaessa. Aja tarkistus uudelleen.',
  },
  'spf.no-record.next': {
    en: "Remove an include the domain no longer uses and check again, or send Nova's mail from a subdomain (such as laskutus.{domain}) with an SPF record of its own.",
    fi: 'Poista include, jota verkkotunnus ei enää käytä, ja tarkista uudelleen, tai lähetä Noven posti aliverkkotunnuksesta (kuten laskutus.{domain}), jolla on oma SPF-tietue.',
  },
  'dmarc.then.reject.own': {
    en: 'Under its DMARC policy (p=reject) recipients reject such mail.',
    fi: 'Sen DMARC-käytännön (p=reject) mukaan vastaanottajat hylkäävät tällaisen postin.',
  },
  'dmarc.then.reject.org': {
    en: 'Under the DMARC policy of {at} (p=reject) recipients reject such mail.',
    fi: 'Verkkotunnuksen {at} DMARC-käytännön (p=reject) mukaan vastaanottajat hylkäävät tällaisen postin.',
  },
  'dmarc.then.quarantine.own': {
    en: 'Under its DMARC policy (p=quarantine) recipients put such mail in spam.',
    fi: 'Sen DMARC-käytännön (p=quarantine) mukaan vastaanottajat siirtävät tällaisen postin roskapostiin.',
  },
  'dmarc.then.quarantine.org': {
    en: 'Under the DMARC policy of {at} (p=quarantine) recipients put such mail in spam.',
    fi: 'Verkkotunnuksen {at} DMARC-käytännön (p=quarantine) mukaan vastaanottajat siirtävät tällaisen postin roskapostiin.',
  },
  'dmarc.then.testing.own': {
    en: 'Its DMARC policy (p={policy}) is only being tested ({testing}): recipients are asked not to enforce it yet; once it is enforced, they {action}.{tags}',
    fi: 'Sen DMARC-käytäntö (p={policy}) on vasta testissä ({testing}): vastaanottajia pyydetään olemaan vielä noudattamatta sitä; kun se otetaan käyttöön, vastaanottajat {action}.{tags}',
  },
  'dmarc.then.testing.org': {
    en: 'The DMARC policy of {at} (p={policy}) is only being tested ({testing}): recipients are asked not to enforce it yet; once it is enforced, they {action}.{tags}',
    fi: 'Verkkotunnuksen {at} DMARC-käytäntö (p={policy}) on vasta testissä ({testing}): vastaanottajia pyydetään olemaan vielä noudattamatta sitä; kun se otetaan käyttöön, vastaanottajat {action}.{tags}',
  },
  'dmarc.then.testing-reject.own': {
    en: 'Its DMARC policy (p=reject) is being tested ({testing}), so recipients apply the next milder one, quarantine: they put such mail in spam; once it is enforced, they reject such mail.{tags}',
    fi: 'Sen DMARC-käytäntö (p=reject) on testissä ({testing}), joten vastaanottajat soveltavat yhtä lievempää, quarantine: ne siirtävät tällaisen postin roskapostiin; kun käytäntö otetaan käyttöön, ne hylkäävät tällaisen postin.{tags}',
  },
  'dmarc.then.testing-reject.org': {
    en: 'The DMARC policy of {at} (p=reject) is being tested ({testing}), so recipients apply the next milder one, quarantine: they put such mail in spam; once it is enforced, they reject such mail.{tags}',
    fi: 'Verkkotunnuksen {at} DMARC-käytäntö (p=reject) on testissä ({testing}), joten vastaanottajat soveltavat yhtä lievempää, quarantine: ne siirtävät tällaisen postin roskapostiin; kun käytäntö otetaan käyttöön, ne hylkäävät tällaisen postin.{tags}',
  },
  'dmarc.testing.one-tag': {
    en: ' The record says so with {has} only: receivers that follow only RFC {other} ignore it and enforce the policy in full; publish {missing} beside it while testing.',
    fi: ' Tietue kertoo sen vain tagilla {has}: pelkän RFC {other}:n mukaiset vastaanottajat ohittavat sen ja noudattavat käytäntöä täysin; julkaise testin ajaksi myös {missing}.',
  },
  'dmarc.readings': {
    en: '{then} Receivers differ here: by RFC 7489 (the public suffix list) {rfc7489}; by RFC 9989 (the DNS tree walk) {rfc9989}. The stricter reading decides this severity.',
    fi: '{then} Vastaanottajat toimivat tässä eri tavoin: RFC 7489:n (julkisten päätteiden luettelo) mukaan {rfc7489}; RFC 9989:n (DNS-puun läpikäynti) mukaan {rfc9989}. Tiukempi tulkinta ratkaisee tämän vakavuuden.',
  },
  'dmarc.reading.none': { en: 'no DMARC policy applies', fi: 'mitään DMARC-käytäntöä ei sovelleta' },
  'dmarc.reading.multiple': {
    en: 'the {count} records at _dmarc.{at} cancel each other and no policy applies',
    fi: '{count} tietuetta nimellä _dmarc.{at} kumoavat toisensa eikä mitään käytäntöä sovelleta',
  },
  'dmarc.reading.found': {
    en: 'the policy of {at} applies (p={policy}{testing})',
    fi: 'sovelletaan verkkotunnuksen {at} käytäntöä (p={policy}{testing})',
  },
  'dmarc.action.reject': { en: 'reject such mail', fi: 'hylkäävät tällaisen postin' },
  'dmarc.action.quarantine': { en: 'put such mail in spam', fi: 'siirtävät tällaisen postin roskapostiin' },
  'dmarc.then.none': {
    en: 'Large mailbox providers junk or reject such mail.',
    fi: 'Suuret sähköpostipalvelut siirtävät tällaisen postin roskapostiin tai hylkäävät sen.',
  },
  'dns.why.timeout': { en: 'no answer within {ms} ms', fi: 'vastausta ei tullut {ms} ms:ssa' },
  'dns.why.servfail': { en: 'the DNS server answered SERVFAIL', fi: 'DNS-palvelin vastasi SERVFAIL' },
  'dns.why.refused': { en: 'the DNS server refused to answer', fi: 'DNS-palvelin kieltäytyi vastaamasta' },
  'dns.why.unreachable': {
    en: 'the DNS server could not be reached',
    fi: 'DNS-palvelimeen ei saatu yhteyttä',
  },
  'dns.why.cancelled': { en: 'the check was cancelled', fi: 'tarkistus peruttiin' },
  'dns.why.gone': {
    en: 'not asked: the DNS server had stopped answering',
    fi: 'ei kysytty: DNS-palvelin oli lakannut vastaamasta',
  },
  'fs.not-found': { en: 'no such file or directory', fi: 'tiedostoa tai kansiota ei ole' },
  'fs.permission': { en: 'permission denied', fi: 'ei käyttöoikeutta' },
  'fs.is-directory': { en: 'is a directory', fi: 'on kansio' },
  // No parentheses of its own: it is said inside others' ("cannot be read ({reason})").
  'fs.not-regular': {
    en: 'a pipe, socket or device, not a regular file',
    fi: 'putki, soketti tai laite, ei tavallinen tiedosto',
  },
  'fs.link-loop': { en: 'too many symbolic links', fi: 'liian monta symbolista linkkiä' },
  'fs.name-too-long': { en: 'the path is too long', fi: 'polku on liian pitkä' },
  'fs.dangling-link': {
    en: 'a symbolic link to a file that does not exist',
    fi: 'symbolinen linkki tiedostoon, jota ei ole',
  },
  'fs.too-large': {
    en: 'too large ({size} MB; the limit is {limit} MB)',
    fi: 'liian suuri ({size} Mt; raja on {limit} Mt)',
  },
  'fs.no-certificate': {
    en: 'it holds no certificate (a CA file is PEM text with -----BEGIN CERTIFICATE-----)',
    fi: 'siinä ei ole varmennetta (varmentajatiedosto on PEM-tekstiä, jossa on -----BEGIN CERTIFICATE-----)',
  },
  'fs.bad-certificate': {
    en: 'a certificate in it cannot be read (a block between BEGIN and END CERTIFICATE is broken or cut)',
    fi: 'sen varmennetta ei voi lukea (BEGIN- ja END CERTIFICATE -rivien välinen lohko on rikki tai katkennut)',
  },
  'fs.not-utf8': {
    en: 'not valid UTF-8 (nova-mail.json files are UTF-8 text, or UTF-16 with a BOM)',
    fi: 'ei kelvollista UTF-8:aa (nova-mail.json-tiedostot ovat UTF-8- tai BOM-merkillä alkavaa UTF-16-tekstiä)',
  },
  'fs.other': { en: '{detail}', fi: '{detail}' },
  'fix-all.not-json': {
    en: 'not fixed: the file is not valid JSON; correct the syntax error first',
    fi: 'ei korjattu: tiedosto ei ole kelvollista JSONia; korjaa ensin syntaksivirhe',
  },
  'fix-all.unsafe': {
    en: 'not fixed: the fixes would not have kept the file valid JSON with its other values intact, so nothing was written',
    fi: 'ei korjattu: korjaukset eivät olisi pitäneet tiedostoa kelvollisena JSONina muiden arvojen säilyessä, joten mitään ei kirjoitettu',
  },
  'dns.why.other': { en: 'the lookup failed ({code})', fi: 'kysely epäonnistui ({code})' },
  'sheet.errors': {
    en: {
      one: 'No entry sheet: the file has {count} error. Fix it first (nova-mail lint, or the Problems view): a sheet must not carry a wrong value into Nova.',
      other:
        'No entry sheet: the file has {count} errors. Fix them first (nova-mail lint, or the Problems view): a sheet must not carry a wrong value into Nova.',
    },
    fi: {
      one: 'Syöttölomaketta ei tehdä: tiedostossa on {count} virhe. Korjaa se ensin (nova-mail lint tai Ongelmat-näkymä): lomake ei saa viedä Novaan väärää arvoa.',
      other:
        'Syöttölomaketta ei tehdä: tiedostossa on {count} virhettä. Korjaa ne ensin (nova-mail lint tai Ongelmat-näkymä): lomake ei saa viedä Novaan väärää arvoa.',
    },
  },
  ...OWN_SERVER_MESSAGES,
} as const satisfies Catalog;

/**
 * Every id msg() takes: these, and those of the parts that touch the world (the test send, the DNS
 * check, Explain received mail), whose catalogs only all-messages.ts loads: what lints a file (the
 * browser's bundle included) carries none of their words.
 */
export type MessageId =
  | keyof typeof MESSAGES
  | keyof typeof REPLY_MESSAGES
  | keyof typeof SEND_MESSAGES
  | keyof typeof RECIPIENT_MESSAGES
  | keyof typeof CHECK_MESSAGES
  | keyof typeof EXPLAIN_MESSAGES
  | keyof typeof SCANNING_MESSAGES
  | keyof typeof KEPT_WHEN_MESSAGES;

/** A message of the core's catalog, its id checked when compiled. */
export function msg(id: MessageId, data?: Data): Message {
  return data ? { id, data } : { id };
}
