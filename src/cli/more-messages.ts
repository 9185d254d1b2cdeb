/**
 * The words of the commands other than lint, and the help's: in the bundle they load with those
 * commands (dist/cli-commands.js, see elsewhere.ts), so that lint starts without them. The
 * sayer (messages.ts) looks here for an id that lint's catalog lacks.
 */
import { formatMessage, type Catalog, type Data, type Lang } from '../core';
import { HELP_MESSAGES } from './help-messages';
import { CLI_MESSAGES } from './lint-words';

const OTHER_COMMANDS = {
  'check-dns.checked': {
    en: 'Checked {domains} against the relay {relay} ({addresses}) with {questions}.',
    fi: 'Tarkistettiin {domains} välityspalvelinta {relay} ({addresses}) vasten {questions}.',
  },
  'check-dns.domains': {
    en: { one: '{count} sender domain', other: '{count} sender domains' },
    fi: { one: '{count} lähettäjän verkkotunnus', other: '{count} lähettäjän verkkotunnusta' },
  },
  'check-dns.questions': {
    en: { one: '{count} DNS question', other: '{count} DNS questions' },
    fi: { one: '{count} DNS-kyselyllä', other: '{count} DNS-kyselyllä' },
  },
  'check-dns.no-senders': {
    en: 'No sender address to check: the files name no defined sender address and no person with the {role} role and an address.',
    fi: 'Ei tarkistettavia lähettäjän osoitteita: tiedostoissa ei ole määritellyn lähettäjän osoitetta eikä henkilöä, jolla on rooli {role} ja osoite.',
  },

  'send-test.other-problems': {
    en: {
      one: 'warning: the file has {count} other problem (see: nova-mail lint {file}); sending anyway.',
      other: 'warning: the file has {count} other problems (see: nova-mail lint {file}); sending anyway.',
    },
    fi: {
      one: 'varoitus: tiedostossa on {count} muu ongelma (katso: nova-mail lint {file}); lähetetään silti.',
      other:
        'varoitus: tiedostossa on {count} muuta ongelmaa (katso: nova-mail lint {file}); lähetetään silti.',
    },
  },
  'send-test.sending': {
    en: 'Sending a test message via {server} (SSL {ssl}) from {from} to {to}…',
    fi: 'Lähetetään testiviesti palvelimen {server} kautta (SSL {ssl}) osoitteesta {from} osoitteeseen {to}…',
  },
  'send-test.accepted': {
    en: 'Accepted by {server}: {reply} (message {messageId}, {ms} ms)',
    fi: '{server} hyväksyi viestin: {reply} (viesti {messageId}, {ms} ms)',
  },
  'send-test.words.server-override': { en: '--server host:port', fi: '--server palvelin:portti' },
  'send-test.words.transcript': {
    en: 'run again with --verbose',
    fi: 'aja uudelleen valitsimella --verbose',
  },
  'send-test.words.choose-person': { en: '--person <Citrix ID>', fi: '--person <Citrix-tunnus>' },
  'send-test.words.problems': { en: 'see nova-mail lint {file}', fi: 'katso nova-mail lint {file}' },
  'send-test.words.password': {
    en: 'set {env}, or run at a terminal to be asked',
    fi: 'aseta {env} tai aja päätteessä, jolloin se kysytään',
  },
  'send-test.words.ca-file': { en: '--ca-file <file.pem>', fi: '--ca-file <tiedosto.pem>' },
  'send-test.words.allow-cleartext': { en: '--allow-cleartext-login', fi: '--allow-cleartext-login' },
  'send-test.words.timeout': { en: 'raise --timeout <ms>', fi: 'nosta valitsimen --timeout <ms> arvoa' },
  'send-test.password-prompt': {
    en: 'Password for {user} at {server} (not shown, not saved): ',
    fi: 'Käyttäjän {user} salasana palvelimelle {server} (ei näytetä, ei tallenneta): ',
  },
  'send-test.no-password-typed': {
    en: 'Not sent: no password was typed for {user} at {server}. Type it when asked, or set {env}.',
    fi: 'Ei lähetetty: käyttäjän {user} salasanaa palvelimelle {server} ei kirjoitettu. Kirjoita se kysyttäessä tai aseta {env}.',
  },
  'send-test.no-password': {
    en: 'Not sent: {server} takes a login as {user}, and no password was given. Set {env} (it is never read from the file or an argument), or run at a terminal to be asked.',
    fi: 'Ei lähetetty: {server} vaatii kirjautumisen käyttäjänä {user}, eikä salasanaa annettu. Aseta {env} (sitä ei koskaan lueta tiedostosta eikä argumentista) tai aja päätteessä, jolloin se kysytään.',
  },

  'report.not-read': { en: 'Not in the table: could not be read', fi: 'Ei taulukossa: ei voitu lukea' },
  'report.binary-to-terminal': {
    en: 'Not written: an xlsx workbook is a binary file, not for the terminal. Give --output <file> (or redirect: > report.xlsx).',
    fi: 'Ei kirjoitettu: xlsx-työkirja on binääritiedosto, ei päätteelle. Anna --output <tiedosto> (tai ohjaa: > raportti.xlsx).',
  },
  'report.output-is-folder': {
    en: 'Not written: --output {file} is a folder; name a file (e.g. {folder}/report.xlsx).',
    fi: 'Ei kirjoitettu: --output {file} on kansio; anna tiedoston nimi (esim. {folder}/raportti.xlsx).',
  },
  'report.path-through-file': {
    en: 'a part of its path is a file, not a folder',
    fi: 'osa sen polusta on tiedosto eikä kansio',
  },
  'report.output-is-input': {
    en: 'Not written: --output {file} is one of the files the report reads; name another file.',
    fi: 'Ei kirjoitettu: --output {file} on yksi raportin lukemista tiedostoista; anna toinen tiedosto.',
  },
  'report.output-is-config': {
    en: 'Not written: --output {file} is named like a nova-mail configuration; name the report otherwise (e.g. report.xlsx).',
    fi: 'Ei kirjoitettu: --output {file} on nimetty kuin nova-mail-asetustiedosto; nimeä raportti toisin (esim. raportti.xlsx).',
  },
  'report.output-not-regular': {
    en: 'Not written: --output {file} is not a regular file (a device, a pipe or a socket); name a file.',
    fi: 'Ei kirjoitettu: --output {file} ei ole tavallinen tiedosto (laite, putki tai pistoke); anna tiedosto.',
  },
  'report.output-is-link': {
    en: 'Not written: --output {file} is a symbolic link; name the file itself.',
    fi: 'Ei kirjoitettu: --output {file} on symbolinen linkki; anna itse tiedosto.',
  },
  'report.nothing-read': {
    en: 'Not written: no file could be read, so {file} was left as it was.',
    fi: 'Ei kirjoitettu: yhtäkään tiedostoa ei voitu lukea, joten {file} jätettiin ennalleen.',
  },
  'report.cannot-write': {
    en: 'Cannot write {file}: {reason}',
    fi: 'Tiedostoa {file} ei voi kirjoittaa: {reason}',
  },
} as const satisfies Catalog;

export const MORE_MESSAGES = { ...OTHER_COMMANDS, ...HELP_MESSAGES } as const satisfies Catalog;

/** Every word of the command line, lint's and the other commands'. */
export const ALL_CLI_MESSAGES = { ...CLI_MESSAGES, ...MORE_MESSAGES } as const satisfies Catalog;

/** The id of any word of the command line: lint's, the other commands' and the help's. */
export type MoreMessageId = keyof typeof ALL_CLI_MESSAGES;

/** Says any word of the command line (a Say, for what takes lint's words). */
export type MoreSay = (id: MoreMessageId, data?: Data) => string;

export function moreSayer(lang: Lang): MoreSay {
  return (id, data) => formatMessage(ALL_CLI_MESSAGES, data ? { id, data } : { id }, lang);
}
