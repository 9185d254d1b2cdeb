/**
 * Every word the extension itself says at run time, by id, in English and Finnish: the catalog and
 * the formatter of the core (core/catalog.ts), as the command line's are. Nothing is said that is
 * not listed here. The manifest's words are package.nls*.json (generated where they repeat the
 * rules and settings); the core's messages come worded from the core.
 */
import type { Catalog } from '../core/catalog';
import { SHARED_WORDS } from '../core/shared-words';

export const EXTENSION_MESSAGES = {
  ...SHARED_WORDS,
  // language status
  'status.ok': { en: 'nova-mail: OK', fi: 'nova-mail: OK' },
  'status.problems': {
    en: { one: 'nova-mail: {count} problem', other: 'nova-mail: {count} problems' },
    fi: { one: 'nova-mail: {count} ongelma', other: 'nova-mail: {count} ongelmaa' },
  },
  'status.off': { en: 'nova-mail: off', fi: 'nova-mail: pois käytöstä' },
  'status.detail': {
    en: '{ours} from nova-mail, {json} from JSON (syntax, keys, schema)',
    fi: '{ours} nova-mailista, {json} JSON-tarkistuksesta (syntaksi, avaimet, skeema)',
  },
  'status.show-problems': { en: 'Show problems', fi: 'Näytä ongelmat' },
  // code actions
  'action.fix-all': { en: 'Fix all nova-mail problems', fi: 'Korjaa kaikki nova-mail-ongelmat' },
  'action.fix-all-refused': { en: 'Fix all: {reason}.', fi: 'Korjaa kaikki: {reason}.' },
  'action.show-documentation': { en: 'Show documentation for {rule}', fi: 'Näytä ohje: {rule}' },
  // which file
  'file.not-our-file': {
    en: '{file} is not a nova-mail.json or *.nova-mail.json file.',
    fi: '{file} ei ole nova-mail.json- tai *.nova-mail.json-tiedosto.',
  },
  'file.none-in-workspace': {
    en: 'This workspace has no nova-mail.json or *.nova-mail.json yet: create one with Nova Mail: New configuration.',
    fi: 'Työtilassa ei ole vielä nova-mail.json- tai *.nova-mail.json-tiedostoa: luo se komennolla Nova Mail: Uusi asetustiedosto.',
  },
  'file.choose': { en: 'Which configuration?', fi: 'Mikä asetustiedosto?' },
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
  'password.move-fix': {
    en: "Move the password to VS Code's secret storage (for {user})",
    fi: 'Siirrä salasana VS Coden salaisuusvarastoon (käyttäjälle {user})',
  },
  'password.no-logins': {
    en: 'This file logs in to no own mail server ("profile": "ownServer" with a username): it needs no password.',
    fi: 'Tämä tiedosto ei kirjaudu omaan postipalvelimeen ("profile": "ownServer" ja käyttäjätunnus): se ei tarvitse salasanaa.',
  },
  'password.choose-login': { en: 'Which login?', fi: 'Mikä tunnus?' },
  'view.own-server': { en: 'own server: {service}', fi: 'oma palvelin: {service}' },
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
  // New configuration
  'new-config.title': { en: 'Nova Mail: New configuration', fi: 'Nova Mail: Uusi asetustiedosto' },
  'new-config.open-folder-first': {
    en: 'Open a folder first: the new file is written into it.',
    fi: 'Avaa ensin kansio: uusi tiedosto kirjoitetaan siihen.',
  },
  'new-config.where-nova-sends': {
    en: 'Where does Nova send its mail through?',
    fi: 'Minkä kautta Nova lähettää postinsa?',
  },
  'profile.hosted': {
    en: "Visma's hosted service (Sovelluspalvelu, Citrix)",
    fi: 'Visman sovelluspalvelu (Citrix)',
  },
  'profile.other-server': {
    en: "Another mail server (the company's own, an ISP's)",
    fi: 'Muu postipalvelin (yrityksen oma, palveluntarjoajan)',
  },
  'profile.other-server-detail': {
    en: 'its SMTP server is asked next',
    fi: 'sen SMTP-palvelin kysytään seuraavaksi',
  },
  'new-config.own-server-name': {
    en: 'SMTP server of the mail service (mail.example.fi, or a Microsoft 365 relay connector: <domain>.mail.protection.outlook.com)',
    fi: 'Postipalvelun SMTP-palvelin (mail.esimerkki.fi tai Microsoft 365:n välitysliitin: <verkkotunnus>.mail.protection.outlook.com)',
  },
  'new-config.how-sender-chosen': {
    en: 'How does Nova choose the sender?',
    fi: 'Miten Nova valitsee lähettäjän?',
  },
  'mode.persons': {
    en: 'Each user sends from their own address',
    fi: 'Jokainen käyttäjä lähettää omasta osoitteestaan',
  },
  'mode.defined': { en: 'One fixed sender address', fi: 'Yksi kiinteä lähettäjäosoite' },
  'new-config.company-name': { en: 'Company name', fi: 'Yrityksen nimi' },
  'new-config.written-as': { en: 'Written as {file}', fi: 'Tallennetaan nimellä {file}' },
  'new-config.sender-address': {
    en: 'Sender address (Sähköpostiosoite)',
    fi: 'Lähettäjän osoite (Sähköpostiosoite)',
  },
  'new-config.sender-name': { en: 'Sender name (Nimi)', fi: 'Lähettäjän nimi (Nimi)' },
  'new-config.first-sender-name': { en: "First sender's name", fi: 'Ensimmäisen lähettäjän nimi' },
  'citrix.id-prompt': { en: 'Citrix ID (e.g. 999999teptes)', fi: 'Citrix-tunnus (esim. 999999teptes)' },
  'citrix.id-format': {
    en: 'A Citrix ID is the customer number, then letters: 999999teptes.',
    fi: 'Citrix-tunnus on asiakasnumero ja kirjaimet: 999999teptes.',
  },
  'new-config.person-address': { en: 'E-mail address (Sähköposti)', fi: 'Sähköpostiosoite (Sähköposti)' },
  'new-config.required': { en: 'Required.', fi: 'Pakollinen.' },
  'new-config.not-an-address': { en: 'Not an e-mail address.', fi: 'Ei sähköpostiosoite.' },
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
  // the Nova Mail view
  'view.defined-sender': { en: 'defined sender', fi: 'määritelty lähettäjä' },
  'view.person-register': { en: 'person register', fi: 'henkilörekisteri' },
  'view.no-mode': { en: 'no sender mode', fi: 'ei lähettäjätapaa' },
  'view.persons': {
    en: { one: '{count} person', other: '{count} persons' },
    fi: { one: '{count} henkilö', other: '{count} henkilöä' },
  },
  'view.open': { en: 'Open', fi: 'Avaa' },
  'view.sender-ok': {
    en: 'The role Sähköpostilähettäjä and the Sähköposti tab are right.',
    fi: 'Rooli Sähköpostilähettäjä ja Sähköposti-välilehti ovat kunnossa.',
  },
  'view.sender-not-ok': {
    en: 'The role Sähköpostilähettäjä or the Sähköposti tab is missing.',
    fi: 'Rooli Sähköpostilähettäjä tai Sähköposti-välilehti puuttuu.',
  },
  'view.sent': { en: 'test mail', fi: 'testiviesti' },
  'view.send-ok': {
    en: 'Last test send: accepted by the server ({time}).',
    fi: 'Viimeisin testiviesti: palvelin hyväksyi sen ({time}).',
  },
  'view.send-failed': {
    en: 'Last test send: failed ({time}); see the Nova Mail output.',
    fi: 'Viimeisin testiviesti: epäonnistui ({time}); katso Nova Mail -tuloste.',
  },
  'view.deliverability': {
    en: 'Last deliverability check: {problems}, {ago} ({time}). What DNS said then, not now.',
    fi: 'Viimeisin toimitettavuuden tarkistus: {problems}, {ago} ({time}). Mitä DNS sanoi silloin, ei nyt.',
  },
  'view.dns-short': { en: 'DNS: {problems}, {ago}', fi: 'DNS: {problems}, {ago}' },
  'view.sender-dns': {
    en: 'Deliverability, checked {ago}: {problems}',
    fi: 'Toimitettavuus, tarkistettu {ago}: {problems}',
  },
  'dns.nothing-kept': {
    en: '{file} has not been checked for deliverability in this workspace: run Check deliverability.',
    fi: 'Tiedoston {file} toimitettavuutta ei ole tarkistettu tässä työtilassa: aja Tarkista toimitettavuus.',
  },
  'dns.kept-report-title': { en: 'Deliverability of {file}', fi: 'Toimitettavuus: {file}' },
  // the entry sheet
  'sheet.title': { en: 'Nova entry sheet: {file}', fi: 'Nova-syöttölomake: {file}' },
  // the desktop's commands, loaded on first use (commands/lazy-desktop.ts)
  'install.part-missing': {
    en: 'Nova Mail is installed incompletely: {file} is missing. Install the extension again.',
    fi: 'Nova Mail on asennettu puutteellisesti: {file} puuttuu. Asenna laajennus uudelleen.',
  },
  // in a browser (vscode.dev, github.dev): what needs the desktop
  'web.needs-desktop': {
    en: '{command} needs VS Code on a computer: {why}. Open the folder (or a clone of the repository) in desktop VS Code, or run {cli} in a terminal.',
    fi: '{command} vaatii tietokoneelle asennetun VS Coden: {why}. Avaa kansio (tai kloonattu repositorio) VS Codessa tai aja päätteessä {cli}.',
  },
  'web.why.network': {
    en: 'a browser tab cannot reach a mail server or DNS',
    fi: 'selaimen välilehti ei tavoita postipalvelinta eikä DNS:ää',
  },
  'web.why.workbook': {
    en: "the browser's build leaves the Excel workbook's library out to stay small",
    fi: 'selainversiosta on jätetty Excel-työkirjan kirjasto pois, jotta se pysyy pienenä',
  },
  'web.command.send': { en: 'Send test email', fi: 'Testiviestin lähetys' },
  'web.command.connection': { en: 'Check SMTP connection', fi: 'SMTP-yhteyden tarkistus' },
  'web.command.password': { en: 'The SMTP password', fi: 'SMTP-salasana' },
  'web.command.dns': { en: 'Check deliverability', fi: 'Toimitettavuuden tarkistus' },
  'web.command.explain': { en: 'Explain received mail', fi: 'Vastaanotetun viestin selitys' },
  'web.command.export': { en: 'Export report', fi: 'Raportin vienti' },
  // the workspace
  'workspace.too-many-files': {
    en: 'The workspace has more nova-mail files than novaMail.maxFiles: only the first {max} are checked. Raise the setting, or exclude folders (files.exclude).',
    fi: 'Työtilassa on enemmän nova-mail-tiedostoja kuin novaMail.maxFiles sallii: vain {max} ensimmäistä tarkistetaan. Nosta asetusta tai jätä kansioita pois (files.exclude).',
  },
  'count.domains': {
    en: { one: '{count} sender domain', other: '{count} sender domains' },
    fi: { one: '{count} lähettäjän verkkotunnuksessa', other: '{count} lähettäjän verkkotunnuksessa' },
  },
  'count.configurations': {
    en: { one: '{count} configuration', other: '{count} configurations' },
    fi: { one: '{count} määrityksen', other: '{count} määrityksen' },
  },
} as const satisfies Catalog;

export type ExtensionMessageId = keyof typeof EXTENSION_MESSAGES;
