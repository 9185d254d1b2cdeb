/**
 * The help's words, by id: what each command and option does (help.ts puts them beside the option
 * specs of each command); apart, the placeholders of the synopsis and what an operand is called in
 * a usage error (Finnish in the form "tarvitsee yhden …" takes), which lint says too.
 */
import type { Catalog } from '../core';

export const HELP_MESSAGES = {
  'help.title': {
    en: 'nova-mail: check Visma Nova e-mail settings (nova-mail.json) and send a test e-mail.',
    fi: 'nova-mail: tarkistaa Visma Noven sähköpostiasetukset (nova-mail.json) ja lähettää testiviestin.',
  },
  'help.usage': { en: 'Usage:', fi: 'Käyttö:' },
  'help.more': {
    en: 'Run "nova-mail <command> --help" for one command.',
    fi: 'Yhden komennon ohje: "nova-mail <komento> --help".',
  },

  'help.option.lang': {
    en: 'language of the output (default: from LANG / LC_ALL)',
    fi: 'tulosteen kieli (oletus: LANG / LC_ALL)',
  },
  'help.option.help': { en: 'this help', fi: 'tämä ohje' },

  'help.lint.about': {
    en: 'Checks each file, and every nova-mail.json / *.nova-mail.json below each folder (node_modules and .git are skipped).',
    fi: 'Tarkistaa jokaisen tiedoston sekä kansioiden kaikki nova-mail.json- ja *.nova-mail.json-tiedostot (node_modules ja .git ohitetaan).',
  },
  'help.lint.format': {
    en: 'stylish (default, file:line:col per problem), json, or sarif (SARIF 2.1.0)',
    fi: 'stylish (oletus, tiedosto:rivi:sarake), json tai sarif (SARIF 2.1.0)',
  },
  'help.lint.fix': {
    en: 'rewrite the files with every available fix (only the fixed values change)',
    fi: 'korjaa tiedostot (vain korjatut arvot muuttuvat)',
  },
  'help.lint.stdin': {
    en: 'check the text of standard input instead of files (as an editor or a hook gives it)',
    fi: 'tarkista syötteen teksti tiedostojen sijaan (kuten editori tai koukku sen antaa)',
  },
  'help.lint.stdin-filename': {
    en: 'the name standard input is shown under (default <stdin>)',
    fi: 'nimi, jolla syöte näytetään (oletus <stdin>)',
  },
  'help.lint.exit': {
    en: 'Exit: 0 no errors, 1 at least one error, 2 bad usage or a file that could not be read.',
    fi: 'Paluuarvo: 0 ei virheitä, 1 vähintään yksi virhe, 2 väärä käyttö tai lukukelvoton tiedosto.',
  },

  'help.send-test.about': {
    en: "Sends one real message with the file's settings (SMTP server, port, SSL, sender). An own server's password comes from NOVA_MAIL_SMTP_PASSWORD or is asked at a terminal, never from the file.",
    fi: 'Lähettää yhden oikean viestin tiedoston asetuksilla (SMTP-palvelin, portti, SSL, lähettäjä). Oman palvelimen salasana luetaan muuttujasta NOVA_MAIL_SMTP_PASSWORD tai kysytään päätteessä, ei koskaan tiedostosta.',
  },
  'help.send-test.to': { en: 'recipient address (required)', fi: 'vastaanottajan osoite (pakollinen)' },
  'help.send-test.server': {
    en: 'send through another server instead, e.g. localhost:2525',
    fi: 'lähetä toisen palvelimen kautta, esim. localhost:2525',
  },
  'help.send-test.person': {
    en: 'in person-register mode: the Citrix ID of the sending person',
    fi: 'henkilörekisteritilassa: lähettävän henkilön Citrix-tunnus',
  },
  'help.send-test.timeout': {
    en: 'bounds the whole exchange, and each wait in it, in ms (default 15000)',
    fi: 'koko keskustelun ja sen jokaisen odotuksen aikaraja millisekunteina (oletus 15000)',
  },
  'help.send-test.ca-file': {
    en: 'trust this CA certificate (PEM) too: an in-house or test server; certificates are always checked',
    fi: 'luota myös tähän varmentajan varmenteeseen (PEM): sisäinen tai testipalvelin; varmenteet tarkistetaan aina',
  },
  'help.send-test.verbose': {
    en: 'print the SMTP transcript (credentials are always hidden)',
    fi: 'näytä SMTP-keskustelu (tunnukset piilotetaan aina)',
  },
  'help.send-test.allow-cleartext-login': {
    en: 'with SSL off and a login: send the password unencrypted this once, as Nova would (refused without it)',
    fi: 'kun SSL ei ole käytössä ja palvelimelle kirjaudutaan: lähetä salasana salaamatta tämän kerran, kuten Nova tekisi (ilman tätä kieltäydytään)',
  },
  'help.send-test.exit': {
    en: 'Exit: 0 accepted by the server, 1 sending failed, 2 bad usage or configuration.',
    fi: 'Paluuarvo: 0 palvelin hyväksyi viestin, 1 lähetys epäonnistui, 2 väärä käyttö tai asetukset.',
  },

  'help.check-dns.about': {
    en: "Will the mail arrive? Checks in DNS that each sender address's domain exists and that its SPF authorizes the relay (and its DMARC policy). Files and folders as lint finds them.",
    fi: 'Menevätkö viestit perille? Tarkistaa DNS:stä, että jokaisen lähettäjän osoitteen verkkotunnus on olemassa ja että sen SPF sallii välityspalvelimen (sekä sen DMARC-käytännön). Tiedostot ja kansiot kuten lint.',
  },
  'help.dns.relay': {
    en: 'the relay the mail leaves through (default smtp.od.visma.fi)',
    fi: 'välityspalvelin, jonka kautta posti lähtee (oletus smtp.od.visma.fi)',
  },
  'help.dns.dns-server': {
    en: "ask this DNS server (UDP), e.g. 127.0.0.1:5353 (default: the system's)",
    fi: 'kysy tältä DNS-palvelimelta (UDP), esim. 127.0.0.1:5353 (oletus: järjestelmän)',
  },
  'help.dns.timeout': {
    en: 'bound of each DNS lookup in ms (default 5000)',
    fi: 'kunkin DNS-kyselyn aikaraja millisekunteina (oletus 5000)',
  },
  'help.dns.format': { en: 'stylish (default) or json', fi: 'stylish (oletus) tai json' },
  'help.check-dns.exit': {
    en: 'Exit: 0 no errors, 1 at least one error, 2 bad usage, unreadable input, DNS that could not be asked, or a relay that does not resolve.',
    fi: 'Paluuarvo: 0 ei virheitä, 1 vähintään yksi virhe, 2 väärä käyttö, lukukelvoton tiedosto, DNS, jolta ei voitu kysyä, tai välityspalvelin, jonka nimi ei selviä.',
  },

  'help.explain-mail.about': {
    en: "The proof: explains a message received from Nova (saved as .eml): which servers it passed, what the recipient's server concluded (Authentication-Results), our own check of SPF, DKIM and DMARC, and which nova-mail.json sends as its From.",
    fi: 'Todiste: selittää Novasta vastaanotetun viestin (tallennettu .eml-tiedostoksi): minkä palvelinten kautta se kulki, mitä vastaanottajan palvelin päätteli (Authentication-Results), oma tarkistuksemme SPF:lle, DKIM:lle ja DMARC:lle, ja mikä nova-mail.json lähettää sen From-osoitteella.',
  },
  'help.explain-mail.config': {
    en: 'the nova-mail.json file or folder to look for its sender in (may be repeated)',
    fi: 'nova-mail.json-tiedosto tai -kansio, josta lähettäjää etsitään (voi toistaa)',
  },
  'help.explain-mail.scanning-service': {
    en: 'judge the message as sent to this invoice-scanning service, whatever its address (netvisor, procountor or maventa; a message to one is recognised by its address)',
    fi: 'arvioi viesti tälle laskujen skannauspalvelulle lähetettynä osoitteesta riippumatta (netvisor, procountor tai maventa; palvelulle osoitettu viesti tunnistetaan osoitteesta)',
  },
  'help.explain-mail.exit': {
    en: 'Exit: 0 it came through the relay and authenticates (DMARC passes, or SPF with no DMARC record), 1 something needs fixing, 2 bad usage or unreadable input.',
    fi: 'Paluuarvo: 0 viesti tuli välityspalvelimen kautta ja todentuu (DMARC menee läpi, tai SPF, jos DMARC-tietuetta ei ole), 1 jotain on korjattava, 2 väärä käyttö tai lukukelvoton syöte.',
  },

  'help.report.about': {
    en: "One row per sending address across all companies (company, file, sender mode, person, Citrix ID, address, the file's errors and warnings), for your records. Never a credential.",
    fi: 'Yksi rivi kustakin lähettäjän osoitteesta kaikista yrityksistä (yritys, tiedosto, lähettäjätapa, henkilö, Citrix-tunnus, osoite, tiedoston virheet ja varoitukset) kirjanpitoasi varten. Ei koskaan tunnuksia.',
  },
  'help.report.format': {
    en: 'markdown (default), csv (UTF-8 with BOM, for Excel), json or xlsx (an Excel workbook: with --output, or redirected)',
    fi: 'markdown (oletus), csv (UTF-8 ja BOM, Exceliä varten), json tai xlsx (Excel-työkirja: valitsimella --output tai ohjattuna)',
  },
  'help.report.output': {
    en: 'write the report to this file instead of standard output (its folder is made; a file there is replaced)',
    fi: 'kirjoita raportti tähän tiedostoon eikä vakiotulosteeseen (kansio luodaan; tiedosto korvataan)',
  },
  'help.report.delimiter': {
    en: 'CSV delimiter (default: ; with --lang fi, which Finnish Excel splits on; else ,)',
    fi: 'CSV:n erotin (oletus: ; valitsimella --lang fi, sillä suomalainen Excel jakaa sen kohdalta; muuten ,)',
  },
  'help.report.exit': {
    en: 'Exit: 0 written, 2 bad usage, unreadable input, no file found, or the output could not be written.',
    fi: 'Paluuarvo: 0 kirjoitettu, 2 väärä käyttö, lukukelvoton syöte, ei tiedostoja tai tulostetta ei voitu kirjoittaa.',
  },

  'help.sheet.about': {
    en: "The Nova entry sheet of one file: Nova's screens in order, each field with the value to type and a box to tick. Refused while the file has errors.",
    fi: 'Yhden tiedoston Nova-syöttölomake: Noven näytöt järjestyksessä, jokaiselle kentälle kirjoitettava arvo ja valintaruutu. Ei tehdä, jos tiedostossa on virheitä.',
  },
  'help.sheet.format': {
    en: 'markdown (default) or html (printable)',
    fi: 'markdown (oletus) tai html (tulostettava)',
  },
  'help.sheet.exit': {
    en: 'Exit: 0 printed, 1 refused (the file has errors), 2 bad usage or unreadable file.',
    fi: 'Paluuarvo: 0 tulostettu, 1 ei tehty (tiedostossa virheitä), 2 väärä käyttö tai lukukelvoton tiedosto.',
  },
} as const satisfies Catalog;

/** What the synopsis calls an operand or a value: usage errors, lint's too, say them. */
export const OPERAND_WORDS = {
  'value.file-or-dir': { en: '<file|dir>', fi: '<tiedosto|kansio>' },
  'value.file': { en: '<file>', fi: '<tiedosto>' },
  'value.message': { en: '<message.eml>', fi: '<viesti.eml>' },
  'value.address': { en: '<address>', fi: '<osoite>' },
  'value.host-port': { en: 'host[:port]', fi: 'palvelin[:portti]' },
  'value.citrix-id': { en: '<citrix id>', fi: '<citrix-tunnus>' },
  'value.ms': { en: '<ms>', fi: '<ms>' },
  'value.host': { en: '<host>', fi: '<palvelin>' },
  'value.dns-server': { en: '<ip>[:<port>]', fi: '<ip>[:<portti>]' },
  'value.name': { en: '<name>', fi: '<nimi>' },
  'value.delimiter': { en: ',|;|tab', fi: ',|;|tab' },

  'operand.files': { en: 'file or folder', fi: 'tiedoston tai kansion' },
  'operand.config': { en: 'nova-mail.json file', fi: 'nova-mail.json-tiedoston' },
  'operand.message': { en: 'message file (.eml)', fi: 'viestitiedoston (.eml)' },
} as const satisfies Catalog;
