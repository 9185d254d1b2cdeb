import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { visitValues } from './values';

/**
 * Characters no Nova field holds: C0 and C1 controls and DEL (a terminal obeys them: a username
 * could redraw a password prompt to name another server; CR and LF could forge a mail header) and
 * the bidirectional overrides and isolates (they show text in another order than it is).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * What a text must hold for one of its strings to hold such a character: an escape (`\n`,
 * `\u0007`), or one of the characters above U+007E raw. A raw C0 control inside a string is a
 * syntax error, and between tokens only tab, line feed and carriage return are allowed. Most files
 * hold none of these, and are not walked at all.
 */
const MAY_HOLD_INVISIBLE = /\\[bfnrtu]|[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

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
  check({ config, text, report }) {
    if (!MAY_HOLD_INVISIBLE.test(text)) return;
    visitValues(config, (value, key, trail) => {
      if (typeof value !== 'string') return;
      const found = INVISIBLE.exec(value);
      if (!found) return;
      const code = found[0].codePointAt(0) ?? 0;
      report({
        target: { at: 'value', path: trail.pathTo(key) },
        message: message('found', {
          key: String(key ?? ''),
          code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
        }),
      });
    });
  },
};
