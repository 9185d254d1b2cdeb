/**
 * Every word the command line itself says, by id, in English and Finnish: the catalog and the
 * formatter of the core (catalog.ts). The help is assembled from these and the commands' option
 * specs (help.ts). The core's own messages (problems, advice) come worded from the core.
 */
import {
  describeFsProblem,
  formatMessage,
  type Catalog,
  type Data,
  type FsProblem,
  type Lang,
  SHARED_WORDS,
} from '../core';
import { HELP_MESSAGES } from './help-messages';
import type { WriteRefusal } from './write-file';

const COMMAND_LINE = {
  'severity.error': { en: 'error', fi: 'virhe' },
  'severity.warning': { en: 'warning', fi: 'varoitus' },
  'severity.info': { en: 'info', fi: 'tieto' },
  'severity.hint': { en: 'hint', fi: 'vihje' },
  'count.infos': {
    en: { one: '{count} info', other: '{count} infos' },
    fi: { one: '{count} tieto', other: '{count} tietoa' },
  },
  'count.hints': {
    en: { one: '{count} hint', other: '{count} hints' },
    fi: { one: '{count} vihje', other: '{count} vihjettä' },
  },
  'count.fixable': {
    en: { one: '{count} problem can be fixed with --fix', other: '{count} problems can be fixed with --fix' },
    fi: {
      one: '{count} ongelma korjautuu valitsimella --fix',
      other: '{count} ongelmaa korjautuu valitsimella --fix',
    },
  },

  'file.cannot-read': { en: '{file}: cannot read: {reason}', fi: '{file}: ei voi lukea: {reason}' },
  'file.not-fixed': { en: '{file}: {reason}', fi: '{file}: {reason}' },
  'file.password-removed': {
    en: '{file}: the password of {user} was removed from the file (replaced with xxx). It never belongs there: give it with {env} when you run send-test, or in the editor (Nova Mail: Set SMTP password (own mail server)).',
    fi: '{file}: käyttäjän {user} salasana poistettiin tiedostosta (korvattiin merkeillä xxx). Se ei koskaan kuulu sinne: anna se muuttujassa {env}, kun ajat send-testin, tai editorissa (Nova Mail: Aseta SMTP-salasana (oma postipalvelin)).',
  },
  'file.none-found': {
    en: 'No nova-mail.json or *.nova-mail.json files found in {targets}.',
    fi: 'Kohteista {targets} ei löytynyt nova-mail.json- tai *.nova-mail.json-tiedostoja.',
  },
  'not-fixed.outside': {
    en: 'not fixed: it is a link to {target}, outside the folders being checked',
    fi: 'ei korjattu: se on linkki kohteeseen {target}, tarkistettavien kansioiden ulkopuolelle',
  },
  'not-fixed.read-only': {
    en: 'not fixed: the file is read-only',
    fi: 'ei korjattu: tiedosto on kirjoitussuojattu',
  },
  'not-fixed.changed': {
    en: 'not fixed: the file changed since it was read (run again)',
    fi: 'ei korjattu: tiedosto muuttui lukemisen jälkeen (aja uudelleen)',
  },
  'not-fixed.not-regular': { en: 'not fixed: not a regular file', fi: 'ei korjattu: ei tavallinen tiedosto' },
  'not-fixed.owner': {
    en: 'not fixed: its owner could not be kept (run as its owner)',
    fi: 'ei korjattu: omistajaa ei voitu säilyttää (aja omistajana)',
  },
  'not-fixed.hard-links': {
    en: 'not fixed: the file has {links} hard links, and rewriting it would leave the others with the old text (fix it by hand, or make it one file)',
    fi: 'ei korjattu: tiedostolla on {links} kovaa linkkiä, ja uudelleenkirjoitus jättäisi muihin vanhan tekstin (korjaa käsin tai tee siitä yksi tiedosto)',
  },
  'not-fixed.busy': {
    en: 'not fixed: another program kept the file open for {seconds} s (an editor, the indexer or antivirus); nothing was written, run again',
    fi: 'ei korjattu: toinen ohjelma piti tiedostoa auki {seconds} s (editori, indeksointi tai virustorjunta); mitään ei kirjoitettu, aja uudelleen',
  },
  'not-fixed.failed': { en: 'not fixed: {reason}', fi: 'ei korjattu: {reason}' },

  'usage.see-help': {
    en: '{detail}\nRun "nova-mail --help" for usage.',
    fi: '{detail}\nKäyttöohje: "nova-mail --help".',
  },
  'usage.unknown-command': { en: 'Unknown command "{command}".', fi: 'Tuntematon komento "{command}".' },
  'usage.unknown-option': { en: 'Unknown option {option}.', fi: 'Tuntematon valitsin {option}.' },
  'usage.missing-value': { en: 'Option {option} needs a value.', fi: 'Valitsin {option} tarvitsee arvon.' },
  'usage.takes-no-value': {
    en: 'Option {option} takes no value: give it to turn it on, leave it out to keep it off.',
    fi: 'Valitsin {option} ei ota arvoa: anna se ottaaksesi sen käyttöön, jätä pois pitääksesi sen pois käytöstä.',
  },
  'usage.repeated': {
    en: 'Option {option} is given more than once: give it once.',
    fi: 'Valitsin {option} on annettu useammin kuin kerran: anna se kerran.',
  },
  'usage.unexpected-argument': {
    en: 'Unexpected argument "{argument}".',
    fi: 'Odottamaton argumentti "{argument}".',
  },
  'usage.one-of': {
    en: '{option} must be one of {allowed} (got "{got}").',
    fi: '{option} on jokin näistä: {allowed} (annettu "{got}").',
  },
  'usage.exactly-one': {
    en: '{command} needs exactly one {operand}.',
    fi: '{command} tarvitsee täsmälleen yhden {operand}.',
  },
  'usage.at-least-one': {
    en: '{command} needs at least one {operand}.',
    fi: '{command} tarvitsee vähintään yhden {operand}.',
  },
  'usage.required': {
    en: '{command} needs {option} {value}.',
    fi: '{command} tarvitsee valitsimen {option} {value}.',
  },
  'usage.lint-targets': {
    en: 'lint needs at least one file or folder (or --stdin).',
    fi: 'lint tarvitsee vähintään yhden tiedoston tai kansion (tai --stdin).',
  },
  'usage.stdin-with-targets': {
    en: '--stdin reads standard input: give no files or folders with it.',
    fi: '--stdin lukee syötteen: älä anna sen lisäksi tiedostoja tai kansioita.',
  },
  'usage.fix-with-stdin': {
    en: '--fix cannot rewrite standard input; lint a file to fix it.',
    fi: '--fix ei voi korjata syötettä; korjaa tiedosto antamalla sen nimi.',
  },
  'usage.stdin-filename-without-stdin': {
    en: '--stdin-filename is only used with --stdin.',
    fi: '--stdin-filename on käytössä vain valitsimen --stdin kanssa.',
  },
  'usage.delimiter-without-csv': {
    en: '--delimiter is only used with --format csv.',
    fi: '--delimiter on käytössä vain valitsimen --format csv kanssa.',
  },
  'usage.bad-timeout': {
    en: '--timeout must be a whole number of milliseconds from 1 to 600000 (got "{got}").',
    fi: '--timeout on kokonaisluku millisekunteina väliltä 1–600000 (annettu "{got}").',
  },
  'usage.bad-dns-server': {
    en: '--dns-server must be an IP address with an optional port, e.g. 192.0.2.53 or 127.0.0.1:5353 (got "{got}").',
    fi: '--dns-server on IP-osoite ja valinnainen portti, esim. 192.0.2.53 tai 127.0.0.1:5353 (annettu "{got}").',
  },
  'usage.bad-relay': {
    en: '--relay must be a host name or an IP address, e.g. smtp.od.visma.fi (got "{got}").',
    fi: '--relay on palvelimen nimi tai IP-osoite, esim. smtp.od.visma.fi (annettu "{got}").',
  },

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
  'install.part-missing': {
    en: '{file} is missing beside {cli}: this installation of nova-mail is incomplete. Install it again.',
    fi: '{file} puuttuu tiedoston {cli} vierestä: nova-mailin asennus on puutteellinen. Asenna se uudelleen.',
  },
  'output.stdout-failed': {
    en: 'Cannot write the standard output ({reason}): nothing more was written.',
    fi: 'Vakiotulosteeseen ei voi kirjoittaa ({reason}): mitään ei kirjoitettu enempää.',
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

export const CLI_MESSAGES = {
  ...SHARED_WORDS,
  ...COMMAND_LINE,
  ...HELP_MESSAGES,
} as const satisfies Catalog;

export type CliMessageId = keyof typeof CLI_MESSAGES;

/** Says a message of the command line's catalog in one language. */
export type Say = (id: CliMessageId, data?: Data) => string;

export function sayer(lang: Lang): Say {
  return (id, data) => formatMessage(CLI_MESSAGES, data ? { id, data } : { id }, lang);
}

/** "<file>: cannot read: <why>", the one line for every file that could not be read. */
export function cannotRead(
  say: Say,
  lang: Lang,
  file: string,
  problem: FsProblem,
  size?: number,
  limit?: number,
) {
  return say('file.cannot-read', { file, reason: describeFsProblem(problem, lang, size, limit) });
}

/** Why --fix wrote nothing to a file. */
export function writeRefusal(say: Say, refusal: WriteRefusal): string {
  switch (refusal.kind) {
    case 'outside':
      return say('not-fixed.outside', { target: refusal.target });
    case 'hard-links':
      return say('not-fixed.hard-links', { links: refusal.links });
    case 'busy': {
      const seconds = (refusal.waitedMs / 1000).toFixed(1);
      return say('not-fixed.busy', { seconds: { en: seconds, fi: seconds.replace('.', ',') } });
    }
    case 'failed':
      return say('not-fixed.failed', {
        reason: {
          en: describeFsProblem(refusal.problem, 'en'),
          fi: describeFsProblem(refusal.problem, 'fi'),
        },
      });
    default:
      return say(`not-fixed.${refusal.kind}`);
  }
}
