/** The command line's own words, in English and Finnish. */
import type { Lang, Severity } from '../core';

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

export const CLI_TEXT = {
  en: {
    cannotRead: (file: string, reason: string) => `${file}: cannot read: ${reason}`,
    cannotWrite: (file: string, reason: string) => `${file}: cannot write the fixes: ${reason}`,
    noFiles: (args: string) => `No nova-mail.json or *.nova-mail.json files found in ${args}.`,
    usage: (detail: string) => `${detail}\nRun "nova-mail --help" for usage.`,
  },
  fi: {
    cannotRead: (file: string, reason: string) => `${file}: ei voi lukea: ${reason}`,
    cannotWrite: (file: string, reason: string) => `${file}: korjauksia ei voi tallentaa: ${reason}`,
    noFiles: (args: string) =>
      `Kohteista ${args} ei löytynyt nova-mail.json- tai *.nova-mail.json-tiedostoja.`,
    usage: (detail: string) => `${detail}\nKäyttöohje: "nova-mail --help".`,
  },
} satisfies Record<Lang, Record<string, (...args: string[]) => string>>;
