/** Every word the command line itself says, in English and Finnish: one table per language. */
import type { Lang, Severity } from '../core';
import { describeFsProblem, type FsProblem } from '../core';
import type { WriteRefusal } from './write-file';

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  fi: { error: 'virhe', warning: 'varoitus', info: 'tieto', hint: 'vihje' },
};

type Countable = Severity | 'problem' | 'fixable';

const FORMS: Record<Lang, Record<Countable, [string, string]>> = {
  en: {
    problem: ['problem', 'problems'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['info', 'infos'],
    hint: ['hint', 'hints'],
    fixable: ['problem can be fixed with --fix', 'problems can be fixed with --fix'],
  },
  fi: {
    problem: ['ongelma', 'ongelmaa'],
    error: ['virhe', 'virhettä'],
    warning: ['varoitus', 'varoitusta'],
    info: ['tieto', 'tietoa'],
    hint: ['vihje', 'vihjettä'],
    fixable: ['ongelma korjautuu valitsimella --fix', 'ongelmaa korjautuu valitsimella --fix'],
  },
};

export function counted(lang: Lang, what: Countable, count: number): string {
  return `${count} ${FORMS[lang][what][count === 1 ? 0 : 1]}`;
}

export interface CliText {
  /** `limit`: the size limit in bytes, when it is not the nova-mail.json one. */
  fsProblem(problem: FsProblem, size?: number, limit?: number): string;
  cannotRead(file: string, reason: string): string;
  notFixed(file: string, reason: string): string;
  writeRefusal(refusal: WriteRefusal): string;
  noFiles(args: string): string;
  usage(detail: string): string;
  needsTargets: string;
  stdinWithTargets: string;
  fixWithStdin: string;
  stdinFilenameWithoutStdin: string;
  badFormat(allowed: string, got: string): string;
  badLang(got: string): string;
  sendTestFile: string;
  sendTestTo: string;
  badTimeout(got: string): string;
  checkDnsTargets: string;
  badDnsServer(got: string): string;
  badRelay(got: string): string;
  dnsChecked(relay: string, addresses: string, domains: number, questions: number): string;
  noSenders: string;
  explainMailFile: string;
  reportTargets: string;
  sheetFile: string;
  unknownCommand(command: string): string;
  unknownOption(option: string): string;
  missingValue(option: string): string;
  unexpectedArgument(arg: string): string;
}

export const CLI_TEXT: Record<Lang, CliText> = {
  en: {
    fsProblem: (problem, size, limit) => describeFsProblem(problem, 'en', size, limit),
    cannotRead: (file, reason) => `${file}: cannot read: ${reason}`,
    notFixed: (file, reason) => `${file}: ${reason}`,
    writeRefusal: (refusal) => {
      switch (refusal.kind) {
        case 'outside':
          return `not fixed: it is a link to ${refusal.target}, outside the folders being checked`;
        case 'read-only':
          return 'not fixed: the file is read-only';
        case 'changed':
          return 'not fixed: the file changed since it was read (run again)';
        case 'not-regular':
          return 'not fixed: not a regular file';
        case 'owner':
          return 'not fixed: its owner could not be kept (run as its owner)';
        case 'hard-links':
          return `not fixed: the file has ${refusal.links} hard links, and rewriting it would leave the others with the old text (fix it by hand, or make it one file)`;
        case 'busy':
          return `not fixed: another program kept the file open for ${(refusal.waitedMs / 1000).toFixed(1)} s (an editor, the indexer or antivirus); nothing was written, run again`;
        case 'failed':
          return `not fixed: ${refusal.reason}`;
      }
    },
    noFiles: (args) => `No nova-mail.json or *.nova-mail.json files found in ${args}.`,
    usage: (detail) => `${detail}\nRun "nova-mail --help" for usage.`,
    needsTargets: 'lint needs at least one file or folder (or --stdin).',
    stdinWithTargets: '--stdin reads standard input: give no files or folders with it.',
    fixWithStdin: '--fix cannot rewrite standard input; lint a file to fix it.',
    stdinFilenameWithoutStdin: '--stdin-filename is only used with --stdin.',
    badFormat: (allowed, got) => `--format must be one of ${allowed} (got "${got}").`,
    badLang: (got) => `--lang must be en or fi (got "${got}").`,
    sendTestFile: 'send-test needs exactly one nova-mail.json file.',
    sendTestTo: 'send-test needs --to <address>.',
    badTimeout: (got) => `--timeout must be a whole number of milliseconds from 1 to 600000 (got "${got}").`,
    checkDnsTargets: 'check-dns needs at least one file or folder.',
    badDnsServer: (got) =>
      `--dns-server must be an IP address with an optional port, e.g. 192.0.2.53 or 127.0.0.1:5353 (got "${got}").`,
    badRelay: (got) => `--relay must be a host name or an IP address, e.g. smtp.od.visma.fi (got "${got}").`,
    dnsChecked: (relay, addresses, domains, questions) =>
      `Checked ${domains} sender domain${domains === 1 ? '' : 's'} against the relay ${relay} (${addresses}) with ${questions} DNS question${questions === 1 ? '' : 's'}.`,
    explainMailFile: 'explain-mail needs exactly one message file (.eml).',
    reportTargets: 'report needs at least one file or folder.',
    sheetFile: 'sheet needs exactly one nova-mail.json file.',
    noSenders:
      'No sender address to check: the files name no defined sender address and no person with the Sähköpostilähettäjä role and an address.',
    unknownCommand: (command) => `Unknown command "${command}".`,
    unknownOption: (option) => `Unknown option ${option}.`,
    missingValue: (option) => `Option ${option} needs a value.`,
    unexpectedArgument: (arg) => `Unexpected argument "${arg}".`,
  },
  fi: {
    fsProblem: (problem, size, limit) => describeFsProblem(problem, 'fi', size, limit),
    cannotRead: (file, reason) => `${file}: ei voi lukea: ${reason}`,
    notFixed: (file, reason) => `${file}: ${reason}`,
    writeRefusal: (refusal) => {
      switch (refusal.kind) {
        case 'outside':
          return `ei korjattu: se on linkki kohteeseen ${refusal.target}, tarkistettavien kansioiden ulkopuolelle`;
        case 'read-only':
          return 'ei korjattu: tiedosto on kirjoitussuojattu';
        case 'changed':
          return 'ei korjattu: tiedosto muuttui lukemisen jälkeen (aja uudelleen)';
        case 'not-regular':
          return 'ei korjattu: ei tavallinen tiedosto';
        case 'owner':
          return 'ei korjattu: omistajaa ei voitu säilyttää (aja omistajana)';
        case 'hard-links':
          return `ei korjattu: tiedostolla on ${refusal.links} kovaa linkkiä, ja uudelleenkirjoitus jättäisi muihin vanhan tekstin (korjaa käsin tai tee siitä yksi tiedosto)`;
        case 'busy':
          return `ei korjattu: toinen ohjelma piti tiedostoa auki ${(refusal.waitedMs / 1000).toFixed(1).replace('.', ',')} s (editori, indeksointi tai virustorjunta); mitään ei kirjoitettu, aja uudelleen`;
        case 'failed':
          return `ei korjattu: ${refusal.reason}`;
      }
    },
    noFiles: (args) => `Kohteista ${args} ei löytynyt nova-mail.json- tai *.nova-mail.json-tiedostoja.`,
    usage: (detail) => `${detail}\nKäyttöohje: "nova-mail --help".`,
    needsTargets: 'lint tarvitsee vähintään yhden tiedoston tai kansion (tai --stdin).',
    stdinWithTargets: '--stdin lukee syötteen: älä anna sen lisäksi tiedostoja tai kansioita.',
    fixWithStdin: '--fix ei voi korjata syötettä; korjaa tiedosto antamalla sen nimi.',
    stdinFilenameWithoutStdin: '--stdin-filename on käytössä vain valitsimen --stdin kanssa.',
    badFormat: (allowed, got) => `--format on jokin näistä: ${allowed} (annettu "${got}").`,
    badLang: (got) => `--lang on en tai fi (annettu "${got}").`,
    sendTestFile: 'send-test tarvitsee täsmälleen yhden nova-mail.json-tiedoston.',
    sendTestTo: 'send-test tarvitsee valitsimen --to <osoite>.',
    badTimeout: (got) => `--timeout on kokonaisluku millisekunteina väliltä 1–600000 (annettu "${got}").`,
    checkDnsTargets: 'check-dns tarvitsee vähintään yhden tiedoston tai kansion.',
    badDnsServer: (got) =>
      `--dns-server on IP-osoite ja valinnainen portti, esim. 192.0.2.53 tai 127.0.0.1:5353 (annettu "${got}").`,
    badRelay: (got) => `--relay on palvelimen nimi tai IP-osoite, esim. smtp.od.visma.fi (annettu "${got}").`,
    dnsChecked: (relay, addresses, domains, questions) =>
      `Tarkistettiin ${domains} lähettäjän verkkotunnus${domains === 1 ? '' : 'ta'} välityspalvelinta ${relay} (${addresses}) vasten ${questions} DNS-kyselyllä.`,
    explainMailFile: 'explain-mail tarvitsee täsmälleen yhden viestitiedoston (.eml).',
    reportTargets: 'report tarvitsee vähintään yhden tiedoston tai kansion.',
    sheetFile: 'sheet tarvitsee täsmälleen yhden nova-mail.json-tiedoston.',
    noSenders:
      'Ei tarkistettavia lähettäjän osoitteita: tiedostoissa ei ole määritellyn lähettäjän osoitetta eikä henkilöä, jolla on rooli Sähköpostilähettäjä ja osoite.',
    unknownCommand: (command) => `Tuntematon komento "${command}".`,
    unknownOption: (option) => `Tuntematon valitsin ${option}.`,
    missingValue: (option) => `Valitsin ${option} tarvitsee arvon.`,
    unexpectedArgument: (arg) => `Odottamaton argumentti "${arg}".`,
  },
};
