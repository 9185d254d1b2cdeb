import { msg } from '../messages';
import type { JsonPath } from '../types';
import type { Rule } from './rule';

/**
 * Characters no Nova field holds: C0 and C1 controls and DEL (a terminal obeys them: a username
 * could redraw a password prompt to name another server; CR and LF could forge a mail header) and
 * the bidirectional overrides and isolates (they show text in another order than it is).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Nesting a nova-mail.json never needs (the parser reports deeper): nothing looks further. */
const DEEPEST = 64;

/** The string values of the file that hold such a character, one at a time. */
function* valuesWithControls(config: unknown): Generator<{ path: JsonPath; code: number }> {
  const stack: { value: unknown; path: JsonPath }[] = [{ value: config, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = INVISIBLE.exec(value);
      if (found) yield { path, code: found[0].codePointAt(0) ?? 0 };
    } else if (value !== null && typeof value === 'object' && path.length < DEEPEST) {
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((item, index) => [index, item])
        : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
    }
  }
}

export const controlCharacters: Rule = {
  id: 'control-characters',
  defaultSeverity: 'error',
  fixable: false,
  // A raw control character in a string is already a syntax error (parse): not said twice.
  needsWholeFile: true,
  description: {
    en: 'A value holds a control character or a bidirectional override, which no Nova field takes.',
    fi: 'Arvossa on ohjausmerkki tai kirjoitussuunnan ohitus, joita mikään Noven kenttä ei hyväksy.',
  },
  check({ config, report }) {
    for (const found of valuesWithControls(config)) {
      const key = found.path.at(-1);
      report({
        target: { at: 'value', path: found.path },
        message: msg('control-characters.found', {
          key: typeof key === 'string' ? key : String(key ?? ''),
          code: `U+${found.code.toString(16).toUpperCase().padStart(4, '0')}`,
        }),
      });
    }
  },
};
