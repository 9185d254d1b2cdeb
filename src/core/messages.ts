/**
 * What the core says about a nova-mail.json: every problem's message and fix title, by id (see
 * catalog.ts). Ids are `<rule>.<case>`; a fix title is `<rule>.fix[.<case>]`. Nova's own words
 * (screens, field labels) stay Finnish in both languages: that is what the user sees in Nova.
 */
import { dataIn, formatMessage, type Catalog, type Data, type Message, type PlainData } from './catalog';
import type { Lang } from './types';
import { OWN_SERVER_MESSAGES } from './own-server/messages';
import { REPLY_MESSAGES } from './send/reply-messages';
import { SEND_MESSAGES } from './send/send-messages';
import { CHECK_MESSAGES } from './deliverability/check-messages';
import { EXPLAIN_MESSAGES } from './deliverability/explain-messages';
import { SCANNING_MESSAGES } from './deliverability/scanning/messages';

const SMTP = 'Ohjaustiedot → SMTP-palvelin';
const PERSONS = 'Henkilörekisteri → Sähköposti';
const ROLES = 'Henkilörekisteri → Muokkaa → Henkilöroolit → Roolit';
const INVALID = {
  en: " Recipients then treat SPF as failed (permerror) for all of the domain's mail.",
  fi: ' Vastaanottajat pitävät silloin SPF:ää epäonnistuneena (permerror) kaikelle verkkotunnuksen postille.',
};
const SHADOWED = {
  en: ' This earlier duplicate key is ignored by JSON readers, but the file still holds the value.',
  fi: ' JSON-lukijat ohittavat tämän aiemman kaksoisavaimen, mutta arvo on silti tiedostossa.',
};

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
  'smtp-server.trusted-sender': {
    en: `{server} is the address recipients must trust as a sender, not the server: use {relay} (${SMTP}).`,
    fi: `{server} on osoite, jonka vastaanottajat lisäävät luotetuksi lähettäjäksi, ei palvelin: käytä {relay} (${SMTP}).`,
  },
  'smtp-server.wrong': {
    en: `The SMTP server must be {relay} (${SMTP}).`,
    fi: `SMTP-palvelimen pitää olla {relay} (${SMTP}).`,
  },
  'smtp-server.provider': {
    en: `In the hosted service the SMTP server must be {relay} (${SMTP}); {server} is {provider}'s. If this Nova sends through the company's own mail service, say so with "profile": "ownServer" instead (docs/own-server.md).`,
    fi: `Sovelluspalvelussa SMTP-palvelimen pitää olla {relay} (${SMTP}); {server} on palvelun {provider}. Jos tämä Nova lähettää yrityksen oman postipalvelun kautta, merkitse se sen sijaan: "profile": "ownServer" (docs/own-server.md).`,
  },
  'smtp-server.fix': { en: 'Set the server to {relay}', fi: 'Aseta palvelimeksi {relay}' },
  'smtp-port.wrong': {
    en: 'The port must be {port} (Ohjaustiedot → Portti).',
    fi: 'Portin pitää olla {port} (Ohjaustiedot → Portti).',
  },
  'smtp-port.fix': { en: 'Set the port to {port}', fi: 'Aseta portiksi {port}' },
  'smtp-ssl.on': {
    en: "SSL must be off: Nova's relay on port {port} does not use SSL (Ohjaustiedot → SSL).",
    fi: 'SSL ei saa olla käytössä: Noven välityspalvelin portissa {port} ei käytä SSL:ää (Ohjaustiedot → SSL).',
  },
  'smtp-ssl.fix': { en: 'Turn SSL off', fi: 'Poista SSL käytöstä' },

  // real-password, real-username, credential-placeholder ({label} and {screen}: Nova's words)
  'real-password.found': {
    en: '{label}: never store a real password here; Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label}: älä tallenna tähän oikeaa salasanaa; Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  'control-characters.found': {
    en: '"{key}" holds an invisible control character ({code}): a terminal would obey it (a username could redraw a password prompt), and in a mail header it could forge another line. No Nova field takes it: retype the value.',
    fi: '"{key}" sisältää näkymättömän ohjausmerkin ({code}): pääte tottelisi sitä (käyttäjätunnus voisi piirtää salasanakehotteen uudelleen), ja sähköpostin otsakkeessa se voisi väärentää toisen rivin. Mikään Noven kenttä ei hyväksy sitä: kirjoita arvo uudelleen.',
  },
  'real-password.other-key': {
    en: '"{key}" holds what may be a real password: Nova has no such field, and no password belongs in the file. Remove the key, or set it to {placeholder}.',
    fi: '"{key}" sisältää mahdollisesti oikean salasanan: Novassa ei ole tällaista kenttää, eikä salasana kuulu tiedostoon. Poista avain tai aseta arvoksi {placeholder}.',
  },
  'real-password.shadowed': {
    en: `{label}: never store a real password here; Nova expects the placeholder {placeholder} ({screen}).${SHADOWED.en}`,
    fi: `{label}: älä tallenna tähän oikeaa salasanaa; Nova odottaa paikkamerkkiä {placeholder} ({screen}).${SHADOWED.fi}`,
  },
  'real-password.fix': {
    en: 'Replace the password with {placeholder}',
    fi: 'Korvaa salasana merkeillä {placeholder}',
  },
  'real-username.found': {
    en: '{label} holds {holds}: never your own username; Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} sisältää {holds}: ei koskaan omaa tunnusta; Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  'real-username.shadowed': {
    en: `{label} holds {holds}: never your own username; Nova expects the placeholder {placeholder} ({screen}).${SHADOWED.en}`,
    fi: `{label} sisältää {holds}: ei koskaan omaa tunnusta; Nova odottaa paikkamerkkiä {placeholder} ({screen}).${SHADOWED.fi}`,
  },
  'real-username.fix': {
    en: 'Replace the username with {placeholder}',
    fi: 'Korvaa käyttäjätunnus merkeillä {placeholder}',
  },
  'holds.value': { en: 'a value', fi: 'arvon' },
  'holds.address': { en: 'an e-mail address', fi: 'sähköpostiosoitteen' },
  'holds.own-citrix-id': { en: "the person's Citrix ID", fi: 'henkilön Citrix-tunnuksen' },
  'holds.citrix-id': { en: 'a Citrix ID', fi: 'Citrix-tunnuksen' },
  'holds.username': { en: 'a username', fi: 'käyttäjätunnuksen' },
  'holds.no-citrix-id': { en: 'no Citrix ID', fi: 'muun kuin Citrix-tunnuksen' },
  'credential-placeholder.missing': {
    en: '{label} is missing: Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} puuttuu: Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  'credential-placeholder.empty': {
    en: '{label} is empty: Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} on tyhjä: Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  'credential-placeholder.fix': {
    en: 'Enter {placeholder} as {label}',
    fi: 'Kirjoita {placeholder} kenttään {label}',
  },

  // nova-username, citrix-id ({person}: the person's name, or "Person 2")
  'person.unnamed': { en: 'Person {number}', fi: 'Henkilö {number}' },
  'nova-username.username-wrong': {
    en: `{person}: Käyttäjätunnus holds {holds}, but Käyttäjätunnus (Nova) holds the Citrix ID {citrixId}: Käyttäjätunnus must be that Citrix ID too (${PERSONS} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnus sisältää {holds}, mutta Käyttäjätunnus (Nova) sisältää Citrix-tunnuksen {citrixId}: myös Käyttäjätunnukseksi kuuluu se (${PERSONS} → Käyttäjätunnus).`,
  },
  'nova-username.fix.username': {
    en: 'Set Käyttäjätunnus to {citrixId}',
    fi: 'Aseta Käyttäjätunnus: {citrixId}',
  },
  'nova-username.missing': {
    en: `{person}: Käyttäjätunnus (Nova) is missing; it must be the same Citrix ID as Käyttäjätunnus (${PERSONS} → Käyttäjätunnus (Nova)).`,
    fi: `{person}: Käyttäjätunnus (Nova) puuttuu; siihen kuuluu sama Citrix-tunnus kuin Käyttäjätunnukseen (${PERSONS} → Käyttäjätunnus (Nova)).`,
  },
  'nova-username.differs': {
    en: `{person}: Käyttäjätunnus (Nova) must be the same Citrix ID as Käyttäjätunnus (${PERSONS} → Käyttäjätunnus (Nova)).`,
    fi: `{person}: Käyttäjätunnus (Nova) pitää olla sama Citrix-tunnus kuin Käyttäjätunnus (${PERSONS} → Käyttäjätunnus (Nova)).`,
  },
  'nova-username.fix': {
    en: 'Set Käyttäjätunnus (Nova) to {citrixId}',
    fi: 'Aseta Käyttäjätunnus (Nova): {citrixId}',
  },
  'citrix-id.address': {
    en: `{person}: Käyttäjätunnus is the Citrix ID used to log in (e.g. 999999teptes), not an e-mail address (${PERSONS} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnus on kirjautumisen Citrix-tunnus (esim. 999999teptes), ei sähköpostiosoite (${PERSONS} → Käyttäjätunnus).`,
  },
  'citrix-id.not-citrix-id': {
    en: `{person}: Käyttäjätunnus should be the Citrix ID: customer number, then letters (e.g. 999999teptes) (${PERSONS} → Käyttäjätunnus).`,
    fi: `{person}: Käyttäjätunnukseksi kuuluu Citrix-tunnus: asiakasnumero ja kirjaimet (esim. 999999teptes) (${PERSONS} → Käyttäjätunnus).`,
  },

  // missing-sender-role, missing-email-tab, no-sender-person, duplicate-citrix-id
  'missing-sender-role.misspelt': {
    en: `{person}: "{written}" is not the role's exact name: {role} (${ROLES}).`,
    fi: `{person}: "{written}" ei ole roolin tarkka nimi: {role} (${ROLES}).`,
  },
  'missing-sender-role.fix.misspelt': { en: 'Change the role to {role}', fi: 'Korjaa rooliksi {role}' },
  'missing-sender-role.missing': {
    en: `{person} has e-mail settings but not the role {role} (${ROLES}).`,
    fi: `Henkilöllä {person} on sähköpostitiedot mutta ei roolia {role} (${ROLES}).`,
  },
  'missing-sender-role.fix': { en: 'Add the role {role}', fi: 'Lisää rooli {role}' },
  'missing-email-tab.missing': {
    en: `{person} has the role {role} but no e-mail settings: fill in the Sähköposti tab (${PERSONS}).`,
    fi: `Henkilöllä {person} on rooli {role} mutta ei sähköpostitietoja: täytä Sähköposti-välilehti (${PERSONS}).`,
  },
  'no-sender-person.none': {
    en: 'With the person-register sender, at least one person needs the role {role} and e-mail settings (Asetukset → Henkilörekisteri).',
    fi: 'Henkilörekisterin lähettäjä vaatii vähintään yhden henkilön, jolla on rooli {role} ja sähköpostitiedot (Asetukset → Henkilörekisteri).',
  },
  'no-sender-person.no-role': { en: '{person}: no role {role}', fi: '{person}: ei roolia {role}' },
  'no-sender-person.no-email': { en: '{person}: no e-mail settings', fi: '{person}: ei sähköpostitietoja' },
  'no-sender-person.more': {
    en: { one: '…and {count} more person without both', other: '…and {count} more persons without both' },
    fi: {
      one: '…ja {count} muu henkilö ilman kumpaakin',
      other: '…ja {count} muuta henkilöä ilman kumpaakin',
    },
  },
  'duplicate-citrix-id.taken': {
    en: "Citrix ID {citrixId} is already {first}'s: each person logs in with their own Citrix ID.",
    fi: 'Citrix-tunnus {citrixId} on jo henkilön {first}: jokaisella on oma Citrix-tunnus.',
  },
  'duplicate-citrix-id.first': { en: 'First used by {first}', fi: 'Ensin henkilöllä {first}' },

  // sent-items, company-name
  'sent-items.off': {
    en: "Nova keeps no copy in the sender's Sent items; Lähetyskuittaus puts a copy of each message in the sender's inbox (Ohjaustiedot → Lähetyskuittaus).",
    fi: 'Nova ei tallenna viestejä lähettäjän lähetettyihin; Lähetyskuittaus tuo kopion jokaisesta viestistä lähettäjän saapuneisiin (Ohjaustiedot → Lähetyskuittaus).',
  },
  'sent-items.fix': { en: 'Turn Lähetyskuittaus on', fi: 'Ota Lähetyskuittaus käyttöön' },
  'company-name.missing': {
    en: 'Name the company ("company": "Esimerkki Oy"): nova-mail report, the Nova entry sheet and the Nova Mail view show the file name instead.',
    fi: 'Anna yrityksen nimi ("company": "Esimerkki Oy"): nova-mail report, Noven syöttölomake ja Nova Mail -näkymä näyttävät muuten tiedoston nimen.',
  },

  // deliverability (docs/contract.md §7); {then}, {advice}, {why}: messages of their own, nested
  'domain-not-found.found': {
    en: 'The domain {domain} does not exist (DNS: NXDOMAIN): almost always a typo in the address {address}. No mail from it can arrive.',
    fi: 'Verkkotunnusta {domain} ei ole olemassa (DNS: NXDOMAIN): osoitteessa {address} on lähes aina kirjoitusvirhe. Siitä lähetetty posti ei mene perille.',
  },
  'spf-not-authorized.found': {
    en: '{domain} does not authorize the relay {relay} in SPF ({results}). {then} {advice}',
    fi: '{domain} ei salli välityspalvelinta {relay} SPF:ssä ({results}). {then} {advice}',
  },
  'spf-missing.none': {
    en: '{domain} has no SPF record, so recipients cannot tell that {relay} may send its mail. {then} {advice}',
    fi: 'Verkkotunnuksella {domain} ei ole SPF-tietuetta, joten vastaanottajat eivät tiedä, että {relay} saa lähettää sen postia. {then} {advice}',
  },
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
  'spf-invalid.multiple-records': {
    en: `{domain} has more than one SPF record (TXT "v=spf1 ..."): merge them into one.${INVALID.en}`,
    fi: `Verkkotunnuksella {domain} on useampi SPF-tietue (TXT "v=spf1 ..."): yhdistä ne yhdeksi.${INVALID.fi}`,
  },
  'spf-invalid.too-many-lookups': {
    en: `The SPF record of {domain} needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect): remove or replace includes.${INVALID.en}`,
    fi: `Verkkotunnuksen {domain} SPF-tietue tarvitsee yli 10 DNS-kyselyä (include, a, mx, ptr, exists, redirect): poista tai korvaa includeja.${INVALID.fi}`,
  },
  'spf-invalid.too-many-void-lookups': {
    en: `More than two names in the SPF record of {domain} do not exist (void lookups): remove them.${INVALID.en}`,
    fi: `Yli kaksi verkkotunnuksen {domain} SPF-tietueen nimeä ei ole olemassa (tyhjät kyselyt): poista ne.${INVALID.fi}`,
  },
  'spf-invalid.syntax': {
    en: `The SPF record{record} of {domain} has a syntax error ({detail}).${INVALID.en}`,
    fi: `Verkkotunnuksen {domain} SPF-tietueessa{record} on syntaksivirhe ({detail}).${INVALID.fi}`,
  },
  'spf-allows-all.found': {
    en: 'The SPF record of {domain} ("{record}") authorizes every server on the Internet (+all or the like): anyone can send mail as {domain}, and receivers learn to distrust it. List the domain\'s real senders and end the record with ~all or -all.',
    fi: 'Verkkotunnuksen {domain} SPF-tietue ("{record}") sallii jokaisen Internetin palvelimen (+all tai vastaava): kuka tahansa voi lähettää postia verkkotunnuksen {domain} nimissä, ja vastaanottajat oppivat epäilemään sitä. Luettele verkkotunnuksen todelliset lähettäjät ja päätä tietue ~all- tai -all-termiin.',
  },
  'direct-send.found': {
    en: "{domain} receives its mail at Exchange Online ({mx}), and the relay {relay} is not Microsoft's: what Nova sends from {address} to the company's own addresses (the delivery receipt copy, its own staff) reaches the tenant as Direct Send, if the relay keeps {address} as the envelope sender. A tenant with Reject Direct Send on (Set-OrganizationConfig -RejectDirectSend $true) refuses it: 550 5.7.68 TenantInboundAttribution. The tenant's admin adds a partner inbound connector (Exchange admin center → Mail flow → Connectors: from Partner organization to Office 365) that matches the relay's addresses ({addresses}) or its TLS certificate.",
    fi: 'Verkkotunnuksen {domain} posti vastaanotetaan Exchange Onlinessa ({mx}), eikä välityspalvelin {relay} ole Microsoftin: mitä Nova lähettää osoitteesta {address} yrityksen omiin osoitteisiin (toimituskuittauksen kopio, oma henkilökunta), saapuu vuokraajalle suorana lähetyksenä (Direct Send), jos välityspalvelin säilyttää kirjekuoren lähettäjänä osoitteen {address}. Vuokraaja, jolla Reject Direct Send on päällä (Set-OrganizationConfig -RejectDirectSend $true), hylkää sen: 550 5.7.68 TenantInboundAttribution. Vuokraajan ylläpitäjä lisää kumppanin saapuvan liittimen (Exchange-hallintakeskus → Postinkulku → Liittimet: kumppaniorganisaatiolta Office 365:een), joka tunnistaa välityspalvelimen osoitteet ({addresses}) tai sen TLS-varmenteen.',
  },
  'dkim-missing.microsoft': {
    en: "{domain} has not published the DKIM records of Microsoft 365 (CNAME at {names}): Microsoft 365 then signs its mail with the tenant's onmicrosoft.com domain, which DMARC does not count for {domain}, so DMARC passes only while SPF does. {then} In the Microsoft Defender portal (Email & collaboration → Policies & rules → Threat policies → Email authentication settings → DKIM), select {domain}, publish the two CNAME records it shows and turn signing on.",
    fi: 'Verkkotunnus {domain} ei ole julkaissut Microsoft 365:n DKIM-tietueita (CNAME nimellä {names}): Microsoft 365 allekirjoittaa silloin postinsa vuokraajan onmicrosoft.com-verkkotunnuksella, jota DMARC ei laske verkkotunnukselle {domain}, joten DMARC läpäistään vain niin kauan kuin SPF läpäistään. {then} Valitse Microsoft Defender -portaalissa (Sähköposti ja yhteistyö → Käytännöt ja säännöt → Uhkakäytännöt → Sähköpostin todennusasetukset → DKIM) {domain}, julkaise sen näyttämät kaksi CNAME-tietuetta ja ota allekirjoitus käyttöön.',
  },
  'dkim-missing.google': {
    en: '{domain} has not published the DKIM record of Google Workspace (TXT at {names}): Gmail then signs its mail with a gappssmtp.com domain, which DMARC does not count for {domain}, so DMARC passes only while SPF does. {then} In the Google Admin console (Apps → Google Workspace → Gmail → Authenticate email), generate the record, publish it and select Start authentication.',
    fi: 'Verkkotunnus {domain} ei ole julkaissut Google Workspacen DKIM-tietuetta (TXT nimellä {names}): Gmail allekirjoittaa silloin postinsa gappssmtp.com-verkkotunnuksella, jota DMARC ei laske verkkotunnukselle {domain}, joten DMARC läpäistään vain niin kauan kuin SPF läpäistään. {then} Luo tietue Googlen hallintakonsolissa (Sovellukset → Google Workspace → Gmail → Todenna sähköposti), julkaise se ja valitse Aloita todennus.',
  },
  'dkim-missing.then.enforced': {
    en: 'Under its DMARC policy (applied as {policy}) mail whose SPF fails on the way — forwarded by a recipient, say — is junked or refused.',
    fi: 'Sen DMARC-käytännön mukaan (sovelletaan: {policy}) posti, jonka SPF epäonnistuu matkalla — esimerkiksi vastaanottajan edelleenlähettämänä — siirretään roskapostiin tai hylätään.',
  },
  'dkim-missing.then.none': {
    en: 'No DMARC policy is enforced for it now, so nothing is refused for this alone; once one is, forwarded mail fails without DKIM.',
    fi: 'Sille ei nyt noudateta DMARC-käytäntöä, joten pelkästään tämän vuoksi mitään ei hylätä; kun käytäntö otetaan käyttöön, edelleenlähetetty posti epäonnistuu ilman DKIM:ää.',
  },
  'dmarc-missing.none': {
    en: '{domain} has no DMARC record (TXT at _dmarc.{domain}): Gmail, Outlook.com and Yahoo expect one since 2024. A start: "v=DMARC1; p=none; rua=mailto:<a mailbox someone reads>".',
    fi: 'Verkkotunnuksella {domain} ei ole DMARC-tietuetta (TXT nimellä _dmarc.{domain}): Gmail, Outlook.com ja Yahoo odottavat sellaista vuodesta 2024. Alku: "v=DMARC1; p=none; rua=mailto:<postilaatikko, jota joku lukee>".',
  },
  'dmarc-missing.multiple': {
    en: "{domain} has {count} DMARC records (TXT at _dmarc.{domain}), so none of them applies: RFC 7489 receivers apply no DMARC policy, and RFC 9989 receivers ignore them and take the organizational domain's. Merge them into one record.",
    fi: 'Verkkotunnuksella {domain} on {count} DMARC-tietuetta (TXT nimellä _dmarc.{domain}), joten mikään niistä ei ole voimassa: RFC 7489:n mukaiset vastaanottajat eivät sovella DMARC-käytäntöä, ja RFC 9989:n mukaiset ohittavat ne ja käyttävät organisaatioverkkotunnuksen käytäntöä. Yhdistä ne yhdeksi tietueeksi.',
  },
  'dns-failed.failed': {
    en: "Could not check {domain}: {why}{question}. Run the check again; if it keeps failing, ask whoever runs the domain's DNS.",
    fi: 'Verkkotunnusta {domain} ei voitu tarkistaa: {why}{question}. Aja tarkistus uudelleen; jos se epäonnistuu yhä, kysy verkkotunnuksen DNS:n ylläpitäjältä.',
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
  'fs.not-regular': {
    en: 'not a regular file (a pipe, socket or device is not read)',
    fi: 'ei tavallinen tiedosto (putkea, sokettia tai laitetta ei lueta)',
  },
  'fs.link-loop': { en: 'too many symbolic links', fi: 'liian monta symbolista linkkiä' },
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
  ...REPLY_MESSAGES,
  ...SEND_MESSAGES,
  ...CHECK_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...SCANNING_MESSAGES,
} as const satisfies Catalog;

export type MessageId = keyof typeof MESSAGES;

/** A message of the core's catalog, its id checked when compiled. */
export function msg(id: MessageId, data?: Data): Message {
  return data ? { id, data } : { id };
}

/** A problem's words in one language: its text, and the id and arguments tests and JSON output see. */
export function spoken(
  message: Message,
  lang: Lang,
): { message: string; messageId: string; data?: PlainData } {
  const data = dataIn(MESSAGES, message.data, lang);
  return {
    message: formatMessage(MESSAGES, message, lang),
    messageId: message.id,
    ...(data ? { data } : {}),
  };
}
