/**
 * Every word the extension itself says at run time, by id, in English and Finnish: the catalog and
 * the formatter of the core (core/catalog.ts), as the command line's are. Nothing is said that is
 * not listed here. The manifest's words are package.nls*.json (generated where they repeat the
 * rules and settings); the core's messages come worded from the core.
 */
import type { Catalog } from '../core/catalog';

export const EXTENSION_MESSAGES = {
  // language status
  statusOk: { en: 'nova-mail: OK', fi: 'nova-mail: OK' },
  statusProblems: {
    en: { one: 'nova-mail: {count} problem', other: 'nova-mail: {count} problems' },
    fi: { one: 'nova-mail: {count} ongelma', other: 'nova-mail: {count} ongelmaa' },
  },
  statusOff: { en: 'nova-mail: off', fi: 'nova-mail: pois käytöstä' },
  statusDetail: {
    en: '{ours} from nova-mail, {json} from JSON (syntax, keys, schema)',
    fi: '{ours} nova-mailista, {json} JSON-tarkistuksesta (syntaksi, avaimet, skeema)',
  },
  showProblems: { en: 'Show problems', fi: 'Näytä ongelmat' },
  // code actions
  fixAll: { en: 'Fix all nova-mail problems', fi: 'Korjaa kaikki nova-mail-ongelmat' },
  fixAllRefused: { en: 'Fix all: {reason}.', fi: 'Korjaa kaikki: {reason}.' },
  showDocumentation: { en: 'Show documentation for {rule}', fi: 'Näytä ohje: {rule}' },
  // which file
  notOurFile: {
    en: '{file} is not a nova-mail.json or *.nova-mail.json file.',
    fi: '{file} ei ole nova-mail.json- tai *.nova-mail.json-tiedosto.',
  },
  noFileInWorkspace: {
    en: 'This workspace has no nova-mail.json or *.nova-mail.json yet: create one with Nova Mail: New configuration.',
    fi: 'Työtilassa ei ole vielä nova-mail.json- tai *.nova-mail.json-tiedostoa: luo se komennolla Nova Mail: Uusi asetustiedosto.',
  },
  chooseFile: { en: 'Which configuration?', fi: 'Mikä asetustiedosto?' },
  // sending
  whoSends: { en: 'Who sends the test message?', fi: 'Kuka lähettää testiviestin?' },
  sendTo: { en: 'Send the test message to', fi: 'Testiviestin vastaanottaja' },
  recipientPrompt: {
    en: 'The recipient of the test message (the sender gets a copy when Lähetyskuittaus is on).',
    fi: 'Testiviestin vastaanottaja (lähettäjä saa kopion, kun Lähetyskuittaus on käytössä).',
  },
  sendQuestion: { en: 'Send a test message?', fi: 'Lähetetäänkö testiviesti?' },
  problemsSendAnyway: {
    en: {
      one: 'The file has {count} problem. Send the test message anyway?',
      other: 'The file has {count} problems. Send the test message anyway?',
    },
    fi: {
      one: 'Tiedostossa on {count} ongelma. Lähetetäänkö testiviesti silti?',
      other: 'Tiedostossa on {count} ongelmaa. Lähetetäänkö testiviesti silti?',
    },
  },
  wrongSettingIsFine: {
    en: 'Testing a wrong setting is fine: the result tells what the server thinks of it.',
    fi: 'Väärän asetuksen testaaminen on sallittua: tulos kertoo, mitä palvelin siitä ajattelee.',
  },
  overrideIsTested: {
    en: "The file's own server is not tried: the message goes through the override {server} (novaMail.testSend.server).",
    fi: 'Tiedoston omaa palvelinta ei kokeilla: viesti kulkee ohituspalvelimen {server} kautta (novaMail.testSend.server).',
  },
  send: { en: 'Send', fi: 'Lähetä' },
  sendAnyway: { en: 'Send anyway', fi: 'Lähetä silti' },
  cancel: { en: 'Cancel', fi: 'Peruuta' },
  serverLine: { en: 'Server: {host}:{port} (SSL {ssl})', fi: 'Palvelin: {host}:{port} (SSL {ssl})' },
  fromLine: { en: 'From: {from}', fi: 'Lähettäjä: {from}' },
  toLine: { en: 'To: {to}', fi: 'Vastaanottaja: {to}' },
  on: { en: 'on', fi: 'käytössä' },
  off: { en: 'off', fi: 'ei käytössä' },
  sendingVia: {
    en: 'Sending a test message via {server}…',
    fi: 'Lähetetään testiviestiä palvelimen {server} kautta…',
  },
  acceptedBy: { en: 'Accepted by {server}: {reply}', fi: '{server} hyväksyi viestin: {reply}' },
  showTranscript: { en: 'Show transcript', fi: 'Näytä SMTP-loki' },
  editBeforeSending: {
    en: 'Muokkaus ennen lähetystä is on: edit the message (To, Subject, text), then choose Send. Closing it sends nothing.',
    fi: 'Muokkaus ennen lähetystä on käytössä: muokkaa viestiä (To, Subject, teksti) ja valitse Lähetä. Sulkeminen ei lähetä mitään.',
  },
  connectingTo: { en: 'Connecting to {server}…', fi: 'Yhdistetään palvelimeen {server}…' },
  serverAnswered: {
    en: '{server} answered: {greeting}. It offers: {offers}. Nothing was sent.',
    fi: '{server} vastasi: {greeting}. Se tarjoaa: {offers}. Mitään ei lähetetty.',
  },
  needsTrust: {
    en: 'Sending test mail needs a trusted workspace; checking the file works without trust.',
    fi: 'Testiviestin lähettäminen vaatii luotetun työtilan; tiedoston tarkistus toimii ilmankin.',
  },
  // the output channel
  logSendStarted: { en: '— {time} Send test email', fi: '— {time} Lähetä testiviesti' },
  logCheckStarted: { en: '— {time} Check SMTP connection', fi: '— {time} Tarkista SMTP-yhteys' },
  logFile: { en: 'File: {file}', fi: 'Tiedosto: {file}' },
  logNoFile: {
    en: 'Not sent: no nova-mail.json was chosen.',
    fi: 'Ei lähetetty: nova-mail.json-tiedostoa ei valittu.',
  },
  logStoppedAtPerson: { en: 'Not sent: no person was chosen.', fi: 'Ei lähetetty: henkilöä ei valittu.' },
  logStoppedAtRecipient: {
    en: 'Not sent: no recipient was given.',
    fi: 'Ei lähetetty: vastaanottajaa ei annettu.',
  },
  logStoppedAtConfirm: {
    en: 'Not sent: the confirmation was declined.',
    fi: 'Ei lähetetty: vahvistus peruttiin.',
  },
  logStoppedInEditor: {
    en: 'Not sent: the edited message was cancelled or closed.',
    fi: 'Ei lähetetty: muokattu viesti peruttiin tai suljettiin.',
  },
  // what the core's advice calls the editor's controls
  wordsServerOverride: { en: 'the setting novaMail.testSend.server', fi: 'asetus novaMail.testSend.server' },
  wordsTranscript: {
    en: 'the Nova Mail output: Show transcript',
    fi: 'Nova Mail -tuloste: Näytä SMTP-loki',
  },
  wordsChoosePerson: { en: 'the list of persons', fi: 'henkilöluettelo' },
  wordsProblems: { en: 'see the Problems view', fi: 'katso Ongelmat-näkymä' },
  wordsPassword: {
    en: 'Nova Mail: Set SMTP password, or type it at the next test send',
    fi: 'Nova Mail: Aseta SMTP-salasana tai kirjoita se seuraavassa testilähetyksessä',
  },
  wordsCaFile: { en: 'the setting novaMail.testSend.caFile', fi: 'asetus novaMail.testSend.caFile' },
  wordsAllowCleartext: {
    en: 'answer "Send unencrypted" when asked',
    fi: 'vastaa kysyttäessä "Lähetä salaamatta"',
  },
  cleartextSend: { en: 'Send unencrypted', fi: 'Lähetä salaamatta' },
  cleartextDontSend: { en: "Don't send", fi: 'Älä lähetä' },
  cleartextDetail: {
    en: 'Nova with SSL off would do the same. Send the password unencrypted this once only if the network to the server is one you trust.',
    fi: 'Nova tekisi samoin SSL:n ollessa pois käytöstä. Lähetä salasana salaamatta tämän kerran vain, jos luotat verkkoon palvelimelle asti.',
  },
  logStoppedAtCleartext: {
    en: 'Stopped: the password was not to go unencrypted.',
    fi: 'Keskeytetty: salasanaa ei haluttu lähettää salaamatta.',
  },
  // an own server's password: in VS Code's secret storage, never in the file
  passwordTitle: {
    en: 'Password for {user} at {server}',
    fi: 'Käyttäjän {user} salasana palvelimelle {server}',
  },
  passwordPrompt: {
    en: "Kept in VS Code's secret storage for this file and username, never in the file. For Gmail: an app password.",
    fi: 'Säilytetään VS Coden salaisuusvarastossa tälle tiedostolle ja käyttäjätunnukselle, ei koskaan tiedostossa. Gmailille: sovellussalasana.',
  },
  passwordSaved: {
    en: "The password for {user} is saved in VS Code's secret storage.",
    fi: 'Käyttäjän {user} salasana on tallennettu VS Coden salaisuusvarastoon.',
  },
  passwordForgotten: {
    en: 'The saved password for {user} was forgotten.',
    fi: 'Käyttäjän {user} tallennettu salasana unohdettiin.',
  },
  passwordRefused: {
    en: 'The server refused the saved password for {user}: it was forgotten; type it again at the next test send.',
    fi: 'Palvelin hylkäsi käyttäjän {user} tallennetun salasanan: se unohdettiin; kirjoita se uudelleen seuraavassa testilähetyksessä.',
  },
  passwordMoved: {
    en: "The password for {user} was moved to VS Code's secret storage; the file now holds the placeholder xxx.",
    fi: 'Käyttäjän {user} salasana siirrettiin VS Coden salaisuusvarastoon; tiedostossa on nyt paikkamerkki xxx.',
  },
  movePasswordFix: {
    en: "Move the password to VS Code's secret storage (for {user})",
    fi: 'Siirrä salasana VS Coden salaisuusvarastoon (käyttäjälle {user})',
  },
  noLogins: {
    en: 'This file logs in to no own mail server ("profile": "ownServer" with a username): it needs no password.',
    fi: 'Tämä tiedosto ei kirjaudu omaan postipalvelimeen ("profile": "ownServer" ja käyttäjätunnus): se ei tarvitse salasanaa.',
  },
  chooseLogin: { en: 'Which login?', fi: 'Mikä tunnus?' },
  viewOwnServer: { en: 'own server: {service}', fi: 'oma palvelin: {service}' },
  loginLine: {
    en: 'Login: {user} (password from the secret storage)',
    fi: 'Kirjautuminen: {user} (salasana salaisuusvarastosta)',
  },
  loginLineTyped: {
    en: 'Login: {user} (the password just typed; saved once the server takes it)',
    fi: 'Kirjautuminen: {user} (juuri kirjoitettu salasana; tallennetaan, kun palvelin hyväksyy sen)',
  },
  loginLineAsked: {
    en: 'Login: {user} (no password saved for this server: asked next)',
    fi: 'Kirjautuminen: {user} (tälle palvelimelle ei ole tallennettu salasanaa: se kysytään seuraavaksi)',
  },
  caFileUnreadable: {
    en: 'Not sent: the CA file {file} (novaMail.testSend.caFile) cannot be read: {reason}',
    fi: 'Ei lähetetty: varmentajatiedostoa {file} (novaMail.testSend.caFile) ei voi lukea: {reason}',
  },
  logNoPassword: { en: 'Not sent: no password was given.', fi: 'Ei lähetetty: salasanaa ei annettu.' },
  // New configuration
  newConfigTitle: { en: 'Nova Mail: New configuration', fi: 'Nova Mail: Uusi asetustiedosto' },
  openFolderFirst: {
    en: 'Open a folder first: the new file is written into it.',
    fi: 'Avaa ensin kansio: uusi tiedosto kirjoitetaan siihen.',
  },
  whereNovaSends: {
    en: 'Where does Nova send its mail through?',
    fi: 'Minkä kautta Nova lähettää postinsa?',
  },
  profileHosted: {
    en: "Visma's hosted service (Sovelluspalvelu, Citrix)",
    fi: 'Visman sovelluspalvelu (Citrix)',
  },
  profileOtherServer: {
    en: "Another mail server (the company's own, an ISP's)",
    fi: 'Muu postipalvelin (yrityksen oma, palveluntarjoajan)',
  },
  profileOtherServerDetail: {
    en: 'its SMTP server is asked next',
    fi: 'sen SMTP-palvelin kysytään seuraavaksi',
  },
  ownServerName: {
    en: 'SMTP server of the mail service (mail.example.fi, or a Microsoft 365 relay connector: <domain>.mail.protection.outlook.com)',
    fi: 'Postipalvelun SMTP-palvelin (mail.esimerkki.fi tai Microsoft 365:n välitysliitin: <verkkotunnus>.mail.protection.outlook.com)',
  },
  howSenderChosen: { en: 'How does Nova choose the sender?', fi: 'Miten Nova valitsee lähettäjän?' },
  modePersons: {
    en: 'Each user sends from their own address',
    fi: 'Jokainen käyttäjä lähettää omasta osoitteestaan',
  },
  modeDefined: { en: 'One fixed sender address', fi: 'Yksi kiinteä lähettäjäosoite' },
  companyName: { en: 'Company name', fi: 'Yrityksen nimi' },
  writtenAs: { en: 'Written as {file}', fi: 'Tallennetaan nimellä {file}' },
  senderAddress: { en: 'Sender address (Sähköpostiosoite)', fi: 'Lähettäjän osoite (Sähköpostiosoite)' },
  senderName: { en: 'Sender name (Nimi)', fi: 'Lähettäjän nimi (Nimi)' },
  firstSenderName: { en: "First sender's name", fi: 'Ensimmäisen lähettäjän nimi' },
  citrixIdPrompt: { en: 'Citrix ID (e.g. 999999teptes)', fi: 'Citrix-tunnus (esim. 999999teptes)' },
  citrixIdFormat: {
    en: 'A Citrix ID is the customer number, then letters: 999999teptes.',
    fi: 'Citrix-tunnus on asiakasnumero ja kirjaimet: 999999teptes.',
  },
  personAddress: { en: 'E-mail address (Sähköposti)', fi: 'Sähköpostiosoite (Sähköposti)' },
  required: { en: 'Required.', fi: 'Pakollinen.' },
  notAnAddress: { en: 'Not an e-mail address.', fi: 'Ei sähköpostiosoite.' },
  // deliverability (DNS) and received mail
  dnsChecking: {
    en: 'Checking in DNS whether mail from {file} will arrive…',
    fi: 'Tarkistetaan DNS:stä, meneekö tiedoston {file} posti perille…',
  },
  dnsDone: {
    en: 'Deliverability of {file}: {problems} at {domains}, checked against the relay {relay}.',
    fi: 'Tiedoston {file} toimitettavuus: {problems} {domains} välityspalvelinta {relay} vasten.',
  },
  dnsCheckingAll: {
    en: 'Checking in DNS whether mail from {configurations} will arrive…',
    fi: 'Tarkistetaan DNS:stä, perillemenevätkö {configurations} viestit…',
  },
  dnsDoneAll: {
    en: 'Deliverability of {configurations}: {problems} at {domains}, checked against the relay {relay}.',
    fi: '{configurations} toimitettavuus: {problems} {domains}, tarkistettu välityspalvelinta {relay} vasten.',
  },
  dnsNoSenders: {
    en: 'Nothing to check in {file}: it names no sender address (a defined sender, or persons with the Sähköpostilähettäjä role).',
    fi: 'Tiedostossa {file} ei ole tarkistettavaa: siinä ei ole lähettäjän osoitetta (määritelty lähettäjä tai henkilö, jolla on rooli Sähköpostilähettäjä).',
  },
  dnsCancelled: {
    en: 'The deliverability check was cancelled; earlier results are kept.',
    fi: 'Toimitettavuuden tarkistus peruttiin; aiemmat tulokset säilyvät.',
  },
  dnsBadServer: {
    en: 'The setting novaMail.deliverability.dnsServer is not an IP address with an optional port: {value}',
    fi: 'Asetus novaMail.deliverability.dnsServer ei ole IP-osoite (ja valinnainen portti): {value}',
  },
  showOutput: { en: 'Show output', fi: 'Näytä tuloste' },
  copySpfRecord: {
    en: 'Copy the corrected SPF record for {domain}',
    fi: 'Kopioi verkkotunnuksen {domain} korjattu SPF-tietue',
  },
  copiedSpfRecord: {
    en: 'Copied the SPF record for {domain}: publish it as the TXT record of {domain} (in place of the current SPF record).',
    fi: 'Verkkotunnuksen {domain} SPF-tietue kopioitiin: julkaise se verkkotunnuksen {domain} TXT-tietueena (nykyisen SPF-tietueen tilalle).',
  },
  explainNeedsEml: {
    en: 'Open or choose a saved message (.eml) to explain.',
    fi: 'Avaa tai valitse tallennettu viesti (.eml), joka selitetään.',
  },
  explainReading: { en: 'Explaining {file}…', fi: 'Selitetään {file}…' },
  explainTooLarge: {
    en: '{file} is too large to explain ({size} MB; the limit is {limit} MB).',
    fi: '{file} on liian suuri selitettäväksi ({size} Mt; raja on {limit} Mt).',
  },
  explainNotMessage: { en: '{file}: {why}.', fi: '{file}: {why}.' },
  explainReportTitle: { en: 'What happened to {file}', fi: 'Mitä viestille {file} tapahtui' },
  logDnsStarted: { en: '— {time} Check deliverability', fi: '— {time} Tarkista toimitettavuus' },
  logRelay: { en: 'Relay: {host} ({addresses})', fi: 'Välityspalvelin: {host} ({addresses})' },
  logExplainStarted: { en: '— {time} Explain received mail', fi: '— {time} Selitä vastaanotettu viesti' },
  // the Nova Mail view
  viewDefinedSender: { en: 'defined sender', fi: 'määritelty lähettäjä' },
  viewPersonRegister: { en: 'person register', fi: 'henkilörekisteri' },
  viewNoMode: { en: 'no sender mode', fi: 'ei lähettäjätapaa' },
  viewPersons: {
    en: { one: '{count} person', other: '{count} persons' },
    fi: { one: '{count} henkilö', other: '{count} henkilöä' },
  },
  viewErrors: {
    en: { one: '{count} error', other: '{count} errors' },
    fi: { one: '{count} virhe', other: '{count} virhettä' },
  },
  viewWarnings: {
    en: { one: '{count} warning', other: '{count} warnings' },
    fi: { one: '{count} varoitus', other: '{count} varoitusta' },
  },
  viewOpen: { en: 'Open', fi: 'Avaa' },
  viewSenderOk: {
    en: 'The role Sähköpostilähettäjä and the Sähköposti tab are right.',
    fi: 'Rooli Sähköpostilähettäjä ja Sähköposti-välilehti ovat kunnossa.',
  },
  viewSenderNotOk: {
    en: 'The role Sähköpostilähettäjä or the Sähköposti tab is missing.',
    fi: 'Rooli Sähköpostilähettäjä tai Sähköposti-välilehti puuttuu.',
  },
  viewSent: { en: 'test mail', fi: 'testiviesti' },
  viewSendOk: {
    en: 'Last test send: accepted by the server ({time}).',
    fi: 'Viimeisin testiviesti: palvelin hyväksyi sen ({time}).',
  },
  viewSendFailed: {
    en: 'Last test send: failed ({time}); see the Nova Mail output.',
    fi: 'Viimeisin testiviesti: epäonnistui ({time}); katso Nova Mail -tuloste.',
  },
  viewDeliverability: {
    en: 'Last deliverability check: {problems}, {ago} ({time}). What DNS said then, not now.',
    fi: 'Viimeisin toimitettavuuden tarkistus: {problems}, {ago} ({time}). Mitä DNS sanoi silloin, ei nyt.',
  },
  viewDnsShort: { en: 'DNS: {problems}, {ago}', fi: 'DNS: {problems}, {ago}' },
  viewSenderDns: {
    en: 'Deliverability, checked {ago}: {problems}',
    fi: 'Toimitettavuus, tarkistettu {ago}: {problems}',
  },
  dnsNothingKept: {
    en: '{file} has not been checked for deliverability in this workspace: run Check deliverability.',
    fi: 'Tiedoston {file} toimitettavuutta ei ole tarkistettu tässä työtilassa: aja Tarkista toimitettavuus.',
  },
  dnsKeptReportTitle: { en: 'Deliverability of {file}', fi: 'Toimitettavuus: {file}' },
  // the entry sheet
  sheetTitle: { en: 'Nova entry sheet: {file}', fi: 'Nova-syöttölomake: {file}' },
  // the workspace
  tooManyFiles: {
    en: 'The workspace has more nova-mail files than novaMail.maxFiles: only the first {max} are checked. Raise the setting, or exclude folders (files.exclude).',
    fi: 'Työtilassa on enemmän nova-mail-tiedostoja kuin novaMail.maxFiles sallii: vain {max} ensimmäistä tarkistetaan. Nosta asetusta tai jätä kansioita pois (files.exclude).',
  },
  countProblems: {
    en: { one: '{count} problem', other: '{count} problems' },
    fi: { one: '{count} ongelma', other: '{count} ongelmaa' },
  },
  countDomains: {
    en: { one: '{count} sender domain', other: '{count} sender domains' },
    fi: { one: '{count} lähettäjän verkkotunnuksessa', other: '{count} lähettäjän verkkotunnuksessa' },
  },
  countConfigurations: {
    en: { one: '{count} configuration', other: '{count} configurations' },
    fi: { one: '{count} määrityksen', other: '{count} määrityksen' },
  },
} as const satisfies Catalog;

export type ExtensionMessageId = keyof typeof EXTENSION_MESSAGES;
