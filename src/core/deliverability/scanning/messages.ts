/** What the scanning-service checks say (checks/): part of the core's one catalog (messages.ts spreads it in). */
import type { Catalog } from '../../catalog';

export const SCANNING_MESSAGES = {
  'scan.dmarc.pass': { en: 'DMARC passes.', fi: 'DMARC läpäistään.' },
  'scan.dmarc.fail': {
    en: 'DMARC does not pass ({result}): since {since} {service} may mark mail that fails SPF, DKIM or DMARC as spam and not take it in. Fix the sender domain first (What to do, below).',
    fi: 'DMARC ei läpäise ({result}): {since} alkaen {service} voi merkitä SPF:n, DKIM:n tai DMARC:n läpäisemättömän postin roskapostiksi eikä ota sitä vastaan. Korjaa ensin lähettäjän verkkotunnus (Mitä tehdä, alla).',
  },
  'scan.dmarc.unknown': {
    en: 'DMARC could not be checked (DNS cannot be reached from here): {service} may mark mail that fails it as spam and not take it in.',
    fi: 'DMARCia ei voitu tarkistaa (DNS:ään ei saada yhteyttä täältä): {service} voi merkitä sen läpäisemättömän postin roskapostiksi eikä ota sitä vastaan.',
  },
  'scan.dmarc.not-from-copy': {
    en: 'DMARC cannot be told from this copy: it names no envelope sender (no Return-Path or Received:), so SPF cannot be checked, and no DKIM signature passes. {service} may mark mail that fails DMARC as spam and not take it in: check a copy saved with all its headers.',
    fi: 'DMARCia ei voi päätellä tästä kopiosta: siinä ei ole kirjekuoren lähettäjää (ei Return-Pathia eikä Received:-otsaketta), joten SPF:ää ei voi tarkistaa, eikä mikään DKIM-allekirjoitus läpäise. {service} voi merkitä DMARCin läpäisemättömän postin roskapostiksi eikä ota sitä vastaan: tarkista kopio, joka on tallennettu kaikkine otsakkeineen.',
  },
  'scan.type.none': {
    en: 'The message has no attachment: {service} reads the invoice from a PDF attachment.',
    fi: 'Viestissä ei ole liitettä: {service} lukee laskun PDF-liitteestä.',
  },
  'scan.type.no-pdf': {
    en: 'No attachment is a PDF: {service} reads invoices from PDF files only.',
    fi: 'Yksikään liite ei ole PDF: {service} lukee laskut vain PDF-tiedostoista.',
  },
  'scan.type.not-pdf': {
    en: '"{name}" is not a PDF ({type}): {service} takes PDF files only.',
    fi: '"{name}" ei ole PDF ({type}): {service} ottaa vain PDF-tiedostoja.',
  },
  'scan.type.ok': {
    en: { one: 'One PDF file.', other: '{count} PDF files.' },
    fi: { one: 'Yksi PDF-tiedosto.', other: '{count} PDF-tiedostoa.' },
  },
  'scan.verdict.take': {
    en: '{service} ({address}) will take it: every rule of the service checked here passes.',
    fi: '{service} ({address}) ottaa sen vastaan: kaikki tässä tarkistetut palvelun säännöt täyttyvät.',
  },
  'scan.verdict.refuse': {
    en: '{service} ({address}) will not take it as it is:',
    fi: '{service} ({address}) ei ota sitä vastaan tällaisenaan:',
  },
  'scan.verdict.maybe': {
    en: '{service} ({address}) may not take it:',
    fi: '{service} ({address}) ei ehkä ota sitä vastaan:',
  },
  'scan.named': { en: 'named with --scanning-service', fi: 'nimetty valitsimella --scanning-service' },
  'scan.pdf.locked': {
    en: '"{name}" is locked or password protected: {service} does not read it. Save it again without protection.',
    fi: '"{name}" on lukittu tai salasanasuojattu: {service} ei lue sitä. Tallenna se uudelleen ilman suojausta.',
  },
  'scan.pdf.old': {
    en: '"{name}" is PDF {version}: {service} reads PDF {min} or later. Save it again as a newer PDF.',
    fi: '"{name}" on PDF {version}: {service} lukee PDF {min} tai uudemman. Tallenna se uudelleen uudempana PDF:nä.',
  },
  'scan.pdf.not-pdf': {
    en: '"{name}" is called a PDF but has no PDF header: {service} reads genuine PDF documents only.',
    fi: '"{name}" on nimetty PDF:ksi, mutta siinä ei ole PDF-otsaketta: {service} lukee vain aitoja PDF-asiakirjoja.',
  },
  'scan.pdf.ok': {
    en: 'Every PDF is readable (not locked{version}).',
    fi: 'Jokainen PDF on luettavissa (ei lukittu{version}).',
  },
  'scan.size.file': {
    en: '"{name}" is {size}: {service} takes files of at most {max}.',
    fi: '"{name}" on {size}: {service} ottaa enintään {max}:n tiedostoja.',
  },
  'scan.size.message': {
    en: 'The message is {size}: {service} takes messages of at most {max}. Send the invoices in several messages.',
    fi: 'Viesti on {size}: {service} ottaa enintään {max}:n viestejä. Lähetä laskut useammassa viestissä.',
  },
  'scan.size.ok': {
    en: 'The message is {size}, within {max}.',
    fi: 'Viesti on {size}, rajan {max} sisällä.',
  },
  'scan.count.over': {
    en: 'The message has {count} files: {service} takes at most {max} per message.',
    fi: 'Viestissä on {count} tiedostoa: {service} ottaa enintään {max} viestiä kohden.',
  },
  'scan.count.one-invoice': {
    en: 'The message has {count} PDF files: {service} takes one invoice per message, and refuses a message that holds several. Send each invoice in a message of its own.',
    fi: 'Viestissä on {count} PDF-tiedostoa: {service} ottaa yhden laskun viestiä kohden ja hylkää viestin, jossa on useampi. Lähetä kukin lasku omassa viestissään.',
  },
  'scan.name.characters': {
    en: '"{name}": {service} takes file names of {allowed} only.',
    fi: '"{name}": {service} hyväksyy vain tiedostonimiä, joissa on {allowed}.',
  },
  'scan.name.twice': {
    en: '{count} files are called "{name}": {service} needs every file to have a name of its own.',
    fi: '{count} tiedostoa on nimeltään "{name}": {service} vaatii jokaiselle tiedostolle oman nimen.',
  },
  'scan.advice': {
    en: '{service} will not take this message as it is: see "The invoice-scanning service" above for what to change.',
    fi: '{service} ei ota tätä viestiä vastaan tällaisenaan: katso yltä kohdasta ”Laskujen skannauspalvelu”, mitä muuttaa.',
  },
} as const satisfies Catalog;
