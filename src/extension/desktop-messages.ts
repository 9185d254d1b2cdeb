/**
 * The words of the desktop's commands that send, ask DNS, keep passwords and explain received
 * mail: in dist/extension-commands.js with those commands (commands/lazy-desktop.ts), not in what
 * every activation loads. Said with desktopTranslator (desktop-l10n.ts), which knows both these
 * and the extension's other words (messages.ts).
 */
import type { Catalog } from '../core/catalog';
import { EXTENSION_MESSAGES } from './messages';

const DESKTOP_MESSAGES = {
  // sending
  'send.who-sends': { en: 'Who sends the test message?', fi: 'Kuka lähettää testiviestin?' },
  'send.to': { en: 'Send the test message to', fi: 'Testiviestin vastaanottaja' },
  'send.recipient-prompt': {
    en: 'The recipient of the test message (the sender gets a copy when Lähetyskuittaus is on).',
    fi: 'Testiviestin vastaanottaja (lähettäjä saa kopion, kun Lähetyskuittaus on käytössä).',
  },
  'send.question': { en: 'Send a test message?', fi: 'Lähetetäänkö testiviesti?' },
  'send.problems-send-anyway': {
    en: {
      one: 'The file has {count} problem. Send the test message anyway?',
      other: 'The file has {count} problems. Send the test message anyway?',
    },
    fi: {
      one: 'Tiedostossa on {count} ongelma. Lähetetäänkö testiviesti silti?',
      other: 'Tiedostossa on {count} ongelmaa. Lähetetäänkö testiviesti silti?',
    },
  },
  'send.wrong-setting-is-fine': {
    en: 'Testing a wrong setting is fine: the result tells what the server thinks of it.',
    fi: 'Väärän asetuksen testaaminen on sallittua: tulos kertoo, mitä palvelin siitä ajattelee.',
  },
  'send.override-is-tested': {
    en: "The file's own server is not tried: the message goes through the override {server} (novaMail.testSend.server).",
    fi: 'Tiedoston omaa palvelinta ei kokeilla: viesti kulkee ohituspalvelimen {server} kautta (novaMail.testSend.server).',
  },
  'send.send': { en: 'Send', fi: 'Lähetä' },
  'send.anyway': { en: 'Send anyway', fi: 'Lähetä silti' },
  'send.cancel': { en: 'Cancel', fi: 'Peruuta' },
  'send.server-line': { en: 'Server: {host}:{port} (SSL {ssl})', fi: 'Palvelin: {host}:{port} (SSL {ssl})' },
  'send.from-line': { en: 'From: {from}', fi: 'Lähettäjä: {from}' },
  'send.to-line': { en: 'To: {to}', fi: 'Vastaanottaja: {to}' },
  'send.sending-via': {
    en: 'Sending a test message via {server}…',
    fi: 'Lähetetään testiviestiä palvelimen {server} kautta…',
  },
  'send.accepted-by': { en: 'Accepted by {server}: {reply}', fi: '{server} hyväksyi viestin: {reply}' },
  'send.show-transcript': { en: 'Show transcript', fi: 'Näytä SMTP-loki' },
  'send.edit-before-sending': {
    en: 'Muokkaus ennen lähetystä is on: edit the message (To, Subject, text), then choose Send. Closing it sends nothing.',
    fi: 'Muokkaus ennen lähetystä on käytössä: muokkaa viestiä (To, Subject, teksti) ja valitse Lähetä. Sulkeminen ei lähetä mitään.',
  },
  'send.connecting-to': { en: 'Connecting to {server}…', fi: 'Yhdistetään palvelimeen {server}…' },
  'send.server-answered': {
    en: '{server} answered: {greeting}. It offers: {offers}. Nothing was sent.',
    fi: '{server} vastasi: {greeting}. Se tarjoaa: {offers}. Mitään ei lähetetty.',
  },
  'send.needs-trust': {
    en: 'Sending test mail needs a trusted workspace; checking the file works without trust.',
    fi: 'Testiviestin lähettäminen vaatii luotetun työtilan; tiedoston tarkistus toimii ilmankin.',
  },
  // the output channel
  'log.send-started': { en: '— {time} Send test email', fi: '— {time} Lähetä testiviesti' },
  'log.check-started': { en: '— {time} Check SMTP connection', fi: '— {time} Tarkista SMTP-yhteys' },
  'log.file': { en: 'File: {file}', fi: 'Tiedosto: {file}' },
  'log.no-file': {
    en: 'Not sent: no nova-mail.json was chosen.',
    fi: 'Ei lähetetty: nova-mail.json-tiedostoa ei valittu.',
  },
  'log.stopped-at-person': {
    en: 'Not sent: no person was chosen.',
    fi: 'Ei lähetetty: henkilöä ei valittu.',
  },
  'log.stopped-at-recipient': {
    en: 'Not sent: no recipient was given.',
    fi: 'Ei lähetetty: vastaanottajaa ei annettu.',
  },
  'log.stopped-at-confirm': {
    en: 'Not sent: the confirmation was declined.',
    fi: 'Ei lähetetty: vahvistus peruttiin.',
  },
  'log.stopped-in-editor': {
    en: 'Not sent: the edited message was cancelled or closed.',
    fi: 'Ei lähetetty: muokattu viesti peruttiin tai suljettiin.',
  },
  // what the core's advice calls the editor's controls
  'words.server-override': {
    en: 'the setting novaMail.testSend.server',
    fi: 'asetus novaMail.testSend.server',
  },
  'words.transcript': {
    en: 'the Nova Mail output: Show transcript',
    fi: 'Nova Mail -tuloste: Näytä SMTP-loki',
  },
  'words.choose-person': { en: 'the list of persons', fi: 'henkilöluettelo' },
  'words.problems': { en: 'see the Problems view', fi: 'katso Ongelmat-näkymä' },
  'words.password': {
    en: 'Nova Mail: Set SMTP password, or type it at the next test send',
    fi: 'Nova Mail: Aseta SMTP-salasana tai kirjoita se seuraavassa testilähetyksessä',
  },
  'words.ca-file': { en: 'the setting novaMail.testSend.caFile', fi: 'asetus novaMail.testSend.caFile' },
  'words.allow-cleartext': {
    en: 'answer "Send unencrypted" when asked',
    fi: 'vastaa kysyttäessä "Lähetä salaamatta"',
  },
  'words.timeout': {
    en: 'raise the setting novaMail.testSend.timeoutMs',
    fi: 'nosta asetusta novaMail.testSend.timeoutMs',
  },
  'cleartext.send': { en: 'Send unencrypted', fi: 'Lähetä salaamatta' },
  'cleartext.dont-send': { en: "Don't send", fi: 'Älä lähetä' },
  'cleartext.detail': {
    en: 'Nova with SSL off would do the same. Send the password unencrypted this once only if the network to the server is one you trust.',
    fi: 'Nova tekisi samoin SSL:n ollessa pois käytöstä. Lähetä salasana salaamatta tämän kerran vain, jos luotat verkkoon palvelimelle asti.',
  },
  'log.stopped-at-cleartext': {
    en: 'Stopped: the password was not to go unencrypted.',
    fi: 'Keskeytetty: salasanaa ei haluttu lähettää salaamatta.',
  },
  // an own server's password: in VS Code's secret storage, never in the file
  'password.title': {
    en: 'Password for {user} at {server}',
    fi: 'Käyttäjän {user} salasana palvelimelle {server}',
  },
  'password.prompt': {
    en: "Kept in VS Code's secret storage for this file and username, never in the file. For Gmail: an app password.",
    fi: 'Säilytetään VS Coden salaisuusvarastossa tälle tiedostolle ja käyttäjätunnukselle, ei koskaan tiedostossa. Gmailille: sovellussalasana.',
  },
  'password.saved': {
    en: "The password for {user} is saved in VS Code's secret storage.",
    fi: 'Käyttäjän {user} salasana on tallennettu VS Coden salaisuusvarastoon.',
  },
  'password.forgotten': {
    en: 'The saved password for {user} was forgotten.',
    fi: 'Käyttäjän {user} tallennettu salasana unohdettiin.',
  },
  'password.refused': {
    en: 'The server refused the saved password for {user}: it was forgotten; type it again at the next test send.',
    fi: 'Palvelin hylkäsi käyttäjän {user} tallennetun salasanan: se unohdettiin; kirjoita se uudelleen seuraavassa testilähetyksessä.',
  },
  'password.moved': {
    en: "The password for {user} was moved to VS Code's secret storage; the file now holds the placeholder xxx.",
    fi: 'Käyttäjän {user} salasana siirrettiin VS Coden salaisuusvarastoon; tiedostossa on nyt paikkamerkki xxx.',
  },
  'password.moved-unsaved': {
    en: "The password for {user} was moved to VS Code's secret storage. The editor holds the placeholder xxx: save the file, or the password stays in it on disk.",
    fi: 'Käyttäjän {user} salasana siirrettiin VS Coden salaisuusvarastoon. Editorissa on paikkamerkki xxx: tallenna tiedosto, muuten salasana jää levyllä olevaan tiedostoon.',
  },
  'password.no-logins': {
    en: 'This file logs in to no own mail server ("profile": "ownServer" with a username): it needs no password.',
    fi: 'Tämä tiedosto ei kirjaudu omaan postipalvelimeen ("profile": "ownServer" ja käyttäjätunnus): se ei tarvitse salasanaa.',
  },
  'password.choose-login': { en: 'Which login?', fi: 'Mikä tunnus?' },
  'login.line': {
    en: 'Login: {user} (password from the secret storage)',
    fi: 'Kirjautuminen: {user} (salasana salaisuusvarastosta)',
  },
  'login.line-typed': {
    en: 'Login: {user} (the password just typed; saved once the server takes it)',
    fi: 'Kirjautuminen: {user} (juuri kirjoitettu salasana; tallennetaan, kun palvelin hyväksyy sen)',
  },
  'login.line-asked': {
    en: 'Login: {user} (no password saved for this server: asked next)',
    fi: 'Kirjautuminen: {user} (tälle palvelimelle ei ole tallennettu salasanaa: se kysytään seuraavaksi)',
  },
  'password.ca-file-unreadable': {
    en: 'Not sent: the CA file {file} (novaMail.testSend.caFile) cannot be read: {reason}',
    fi: 'Ei lähetetty: varmentajatiedostoa {file} (novaMail.testSend.caFile) ei voi lukea: {reason}',
  },
  'log.no-password': { en: 'Not sent: no password was given.', fi: 'Ei lähetetty: salasanaa ei annettu.' },
  // deliverability (DNS) and received mail
  'dns.checking': {
    en: 'Checking in DNS whether mail from {file} will arrive…',
    fi: 'Tarkistetaan DNS:stä, meneekö tiedoston {file} posti perille…',
  },
  'dns.done': {
    en: 'Deliverability of {file}: {problems} at {domains}, checked against the relay {relay}.',
    fi: 'Tiedoston {file} toimitettavuus: {problems} {domains} välityspalvelinta {relay} vasten.',
  },
  'dns.checking-all': {
    en: 'Checking in DNS whether mail from {configurations} will arrive…',
    fi: 'Tarkistetaan DNS:stä, perillemenevätkö {configurations} viestit…',
  },
  'dns.done-all': {
    en: 'Deliverability of {configurations}: {problems} at {domains}, checked against the relay {relay}.',
    fi: '{configurations} toimitettavuus: {problems} {domains}, tarkistettu välityspalvelinta {relay} vasten.',
  },
  'dns.no-senders': {
    en: 'Nothing to check in {file}: it names no sender address (a defined sender, or persons with the Sähköpostilähettäjä role).',
    fi: 'Tiedostossa {file} ei ole tarkistettavaa: siinä ei ole lähettäjän osoitetta (määritelty lähettäjä tai henkilö, jolla on rooli Sähköpostilähettäjä).',
  },
  'dns.cancelled': {
    en: 'The deliverability check was cancelled; earlier results are kept.',
    fi: 'Toimitettavuuden tarkistus peruttiin; aiemmat tulokset säilyvät.',
  },
  'dns.bad-server': {
    en: 'The setting novaMail.deliverability.dnsServer is not an IP address with an optional port: {value}',
    fi: 'Asetus novaMail.deliverability.dnsServer ei ole IP-osoite (ja valinnainen portti): {value}',
  },
  'dns.show-output': { en: 'Show output', fi: 'Näytä tuloste' },
  'dns.copy-spf-record': {
    en: 'Copy the corrected SPF record for {domain}',
    fi: 'Kopioi verkkotunnuksen {domain} korjattu SPF-tietue',
  },
  'dns.copied-spf-record': {
    en: 'Copied the SPF record for {domain}: publish it as the TXT record of {domain} (in place of the current SPF record).',
    fi: 'Verkkotunnuksen {domain} SPF-tietue kopioitiin: julkaise se verkkotunnuksen {domain} TXT-tietueena (nykyisen SPF-tietueen tilalle).',
  },
  'explain.needs-eml': {
    en: 'Open or choose a saved message (.eml) to explain.',
    fi: 'Avaa tai valitse tallennettu viesti (.eml), joka selitetään.',
  },
  'explain.reading': { en: 'Explaining {file}…', fi: 'Selitetään {file}…' },
  'explain.too-large': {
    en: '{file} is too large to explain ({size} MB; the limit is {limit} MB).',
    fi: '{file} on liian suuri selitettäväksi ({size} Mt; raja on {limit} Mt).',
  },
  'explain.not-message': { en: '{file}: {why}.', fi: '{file}: {why}.' },
  'explain.report-title': { en: 'What happened to {file}', fi: 'Mitä viestille {file} tapahtui' },
  'log.dns-started': { en: '— {time} Check deliverability', fi: '— {time} Tarkista toimitettavuus' },
  'log.relay': { en: 'Relay: {host} ({addresses})', fi: 'Välityspalvelin: {host} ({addresses})' },
  'log.explain-started': { en: '— {time} Explain received mail', fi: '— {time} Selitä vastaanotettu viesti' },
  'dns.nothing-kept': {
    en: '{file} has not been checked for deliverability in this workspace: run Check deliverability.',
    fi: 'Tiedoston {file} toimitettavuutta ei ole tarkistettu tässä työtilassa: aja Tarkista toimitettavuus.',
  },
  'dns.kept-report-title': { en: 'Deliverability of {file}', fi: 'Toimitettavuus: {file}' },
  'count.domains': {
    en: { one: '{count} sender domain', other: '{count} sender domains' },
    fi: { one: '{count} lähettäjän verkkotunnuksessa', other: '{count} lähettäjän verkkotunnuksessa' },
  },
  'count.configurations': {
    en: { one: '{count} configuration', other: '{count} configurations' },
    fi: { one: '{count} määrityksen', other: '{count} määrityksen' },
  },
} as const satisfies Catalog;

/** Every word the extension says: the activation's and the desktop commands'. */
export const ALL_EXTENSION_MESSAGES = {
  ...EXTENSION_MESSAGES,
  ...DESKTOP_MESSAGES,
} as const satisfies Catalog;

export type DesktopMessageId = keyof typeof ALL_EXTENSION_MESSAGES;
