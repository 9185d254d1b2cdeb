import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { pathOf, visitValues } from './values';

/**
 * Characters no Nova field holds: C0 and C1 controls and DEL (a terminal obeys them: a username
 * could redraw a password prompt to name another server; CR and LF could forge a mail header) and
 * the bidirectional overrides and isolates (they show text in another order than it is).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const { messages, message } = ruleMessages('control-characters', {
  found: {
    en: '"{key}" holds an invisible control character ({code}): a terminal would obey it (a username could redraw a password prompt), and in a mail header it could forge another line. No Nova field takes it: retype the value.',
    fi: '"{key}" sisältää näkymättömän ohjausmerkin ({code}): pääte tottelisi sitä (käyttäjätunnus voisi piirtää salasanakehotteen uudelleen), ja sähköpostin otsakkeessa se voisi väärentää toisen rivin. Mikään Noven kenttä ei hyväksy sitä: kirjoita arvo uudelleen.',
  },
});

export const controlCharacters: Rule = {
  id: 'control-characters',
  messages,
  defaultSeverity: 'error',
  fixable: false,
  // A raw control character in a string is already a syntax error (parse): not said twice.
  needsWholeFile: true,
  description: {
    en: 'A value holds a control character or a bidirectional override, which no Nova field takes.',
    fi: 'Arvossa on ohjausmerkki tai kirjoitussuunnan ohitus, joita mikään Noven kenttä ei hyväksy.',
  },
  check({ config, report }) {
    visitValues(config, (value, key, parent) => {
      if (typeof value !== 'string') return;
      const found = INVISIBLE.exec(value);
      if (!found) return;
      const code = found[0].codePointAt(0) ?? 0;
      report({
        target: { at: 'value', path: pathOf(parent, key) },
        message: message('found', {
          key: String(key ?? ''),
          code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
        }),
      });
    });
  },
};
