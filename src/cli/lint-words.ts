/**
 * The words lint says, by id, in English and Finnish: what every start of the CLI may need. The
 * other commands' words and the help's are in more-messages.ts, which loads with those commands
 * (elsewhere.ts); messages.ts says both.
 */
import { SHARED_WORDS, type Catalog } from '../core';
import { OPERAND_WORDS } from './help-messages';

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

  'install.part-missing': {
    en: '{file} is missing beside {cli}: this installation of nova-mail is incomplete. Install it again.',
    fi: '{file} puuttuu tiedoston {cli} vierestä: nova-mailin asennus on puutteellinen. Asenna se uudelleen.',
  },
  'install.part-other-version': {
    en: '{file} beside {cli} is from another version of nova-mail (this is {version}): the installation is mixed. Install it again.',
    fi: '{file} tiedoston {cli} vieressä on nova-mailin eri versiosta (tämä on {version}): asennus on sekaisin. Asenna se uudelleen.',
  },
  'output.stdout-failed': {
    en: 'Cannot write the standard output: {reason}. Nothing more was written.',
    fi: 'Vakiotulosteeseen ei voi kirjoittaa: {reason}. Mitään ei kirjoitettu enempää.',
  },
} as const satisfies Catalog;

export const CLI_MESSAGES = {
  ...SHARED_WORDS,
  ...COMMAND_LINE,
  ...OPERAND_WORDS,
} as const satisfies Catalog;
