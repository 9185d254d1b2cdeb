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
  'password.move-fix': {
    en: "Move the password to VS Code's secret storage (for {user})",
    fi: 'Siirrä salasana VS Coden salaisuusvarastoon (käyttäjälle {user})',
  },
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
  'new-config.control-characters': {
    en: 'No control characters or direction marks: Nova takes none in any field.',
    fi: 'Ei ohjausmerkkejä eikä kirjoitussuunnan merkkejä: Nova ei hyväksy niitä missään kentässä.',
  },
  'new-config.not-an-address': { en: 'Not an e-mail address.', fi: 'Ei sähköpostiosoite.' },
  // the Nova Mail view
  'view.own-server': { en: 'own server: {service}', fi: 'oma palvelin: {service}' },
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
} as const satisfies Catalog;

export type ExtensionMessageId = keyof typeof EXTENSION_MESSAGES;
