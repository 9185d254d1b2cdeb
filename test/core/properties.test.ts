import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixAll, lint, type Position } from '../../src/core';
import { definedConfig, personConfig, text, type Json } from '../helpers';

function parseStrict(source: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(source.replace(/^\ufeff/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Values a fix may change: the Nova settings and credentials the rules set, and the roles list. */
const FIXABLE = [
  /^\/smtp\/(server|port|ssl)$/,
  /^\/sender\/(username|password)$/,
  /^\/persons\/\d+\/email\/(username|novaUsername|smtpUsername|smtpPassword)$/,
  /^\/persons\/\d+\/roles(\/\d+)?$/,
];

/** Every value of `before` that no fix may touch is in `after`, unchanged; nothing was removed. */
function assertKeptExceptFixable(before: unknown, after: unknown): void {
  const stack: [unknown, unknown, string][] = [[before, after, '']];
  while (stack.length > 0) {
    const [b, a, path] = stack.pop() as [unknown, unknown, string];
    if (FIXABLE.some((pattern) => pattern.test(path))) continue;
    if (b !== null && typeof b === 'object') {
      assert.ok(
        a !== null && typeof a === 'object' && Array.isArray(a) === Array.isArray(b),
        `${path} kept its type`,
      );
      for (const [key, value] of Object.entries(b)) {
        assert.ok(Object.hasOwn(a, key), `${path}/${key} kept`);
        stack.push([value, (a as Record<string, unknown>)[key], `${path}/${key}`]);
      }
    } else {
      assert.deepEqual(a, b, `${path} unchanged`);
    }
  }
}

/** Compact stays compact; line endings and the indentation character stay the file's own. */
function assertSameStyle(before: string, after: string): void {
  const breaks = (s: string) => new Set(s.match(/\r\n|\r|\n/g) ?? []);
  const had = breaks(before);
  for (const eol of breaks(after))
    assert.ok(had.has(eol), `line ending ${JSON.stringify(eol)} is the file's own`);
  const indents = (s: string) => new Set((s.match(/^[ \t]+/gm) ?? []).map((i) => i[0]));
  const used = indents(before);
  if (used.size > 0) for (const c of indents(after)) assert.ok(used.has(c), 'indentation character kept');
  assert.equal(after.startsWith('\ufeff'), before.startsWith('\ufeff'), 'BOM kept');
}

function assertInside(source: string, position: Position): void {
  const lines = source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} of ${lines.length}`);
  assert.ok(position.character >= 0 && position.character <= lines[position.line].length, 'character');
}

function assertWellFormed(source: string): void {
  for (const problem of lint(source)) {
    assertInside(source, problem.range.start);
    assertInside(source, problem.range.end);
    assert.ok(problem.offset >= 0 && problem.offset + problem.length <= source.length);
    for (const related of problem.related ?? []) assertInside(source, related.range.start);
  }
}

/** Values that mean something here, besides any JSON at all. */
const interesting = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'xxx',
    'XXX',
    '',
    'smtp.visma.local',
    'smtp.od.visma.fi',
    'Sähköpostilähettäjä',
    'Sahkopostilahettaja',
    '999999teptes',
    'a@b.fi',
    25,
    587,
    true,
    false,
    null,
    [],
    {},
  ),
);

const PATHS: (string | number)[][] = [
  ['smtp'],
  ['smtp', 'server'],
  ['smtp', 'port'],
  ['smtp', 'ssl'],
  ['sender'],
  ['sender', 'mode'],
  ['sender', 'username'],
  ['sender', 'password'],
  ['sender', 'address'],
  ['deliveryReceipt'],
  ['persons'],
  ['persons', 0],
  ['persons', 0, 'roles'],
  ['persons', 0, 'roles', 0],
  ['persons', 1, 'email'],
  ['persons', 0, 'email', 'username'],
  ['persons', 1, 'email', 'novaUsername'],
  ['persons', 0, 'email', 'smtpPassword'],
  ['persons', 1, 'email', 'smtpUsername'],
  ['persons', 2],
  ['extra'],
];

const mutation = fc.record({
  path: fc.constantFrom(...PATHS),
  value: fc.option(interesting, { nil: undefined }),
});

function mutate(config: Json, path: (string | number)[], value: unknown): Json {
  let target = config;
  for (const step of path.slice(0, -1)) {
    if (target === null || typeof target !== 'object') return config;
    target = target[step];
  }
  if (target === null || typeof target !== 'object') return config;
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = structuredClone(value); // a shared constant ({} or []) set twice would make a cycle
  return config;
}

type Eol = '\n' | '\r\n' | '\r';

const mutatedConfig = fc
  .tuple(
    fc.boolean(),
    fc.array(mutation, { maxLength: 6 }),
    fc.constantFrom(0, 2, 4, '\t'),
    fc.constantFrom<Eol>('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([personMode, mutations, indent, eol, bom]) => {
    let config = personMode ? personConfig() : definedConfig();
    for (const m of mutations) config = mutate(config, m.path, m.value);
    const source = JSON.stringify(config, null, indent).replace(/\n/g, eol);
    return (bom ? '\ufeff' : '') + source;
  });

/** Text damage: a slice cut out or a random string put in, somewhere. */
const damagedText = fc
  .tuple(
    fc.constantFrom(text(personConfig()), text(definedConfig())),
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.string({ maxLength: 8 }),
  )
  .map(([source, at, cut, insert]) => {
    const offset = at % (source.length + 1);
    return source.slice(0, offset) + insert + source.slice(offset + cut);
  });

describe('properties', () => {
  it('an unclosed comment is placed inside the document (regression: one past its end)', () => {
    // A seed of the next property found "/*" in CI (Node 24): offset 0, length 3 in a text of 2.
    for (const source of ['/*', '{/*', '{"a": 1 /*', '[/* x'])
      assert.doesNotThrow(() => assertWellFormed(source), JSON.stringify(source));
  });

  it('lint never throws and every range lies inside the document, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.json(), damagedText), assertWellFormed),
      {
        numRuns: 500,
      },
    );
  });

  it('the same holds for mutated configs, with BOM, CRLF and any indentation', () => {
    fc.assert(fc.property(mutatedConfig, assertWellFormed), { numRuns: 500 });
  });

  it('every fix combination: valid JSON in, valid JSON out, other values kept, style kept', () => {
    fc.assert(
      fc.property(mutatedConfig, (source) => {
        const before = parseStrict(source);
        fc.pre(before.ok);
        const result = fixAll(source);
        assert.equal(result.refused, undefined, 'a valid file is never refused');
        const after = parseStrict(result.text);
        assert.ok(after.ok, `the result parses: ${result.text}`);
        assertKeptExceptFixable(before.value, after.value);
        assertSameStyle(source, result.text);
        assert.equal(fixAll(result.text).text, result.text, 'fixing twice equals fixing once');
        assert.deepEqual(
          lint(result.text).filter((p) => p.fix && (p.severity === 'error' || p.severity === 'warning')),
          [],
        );
      }),
      { numRuns: 600 },
    );
  });

  it('a damaged file is never rewritten by Fix all', () => {
    fc.assert(
      fc.property(damagedText, (source) => {
        fc.pre(!parseStrict(source).ok);
        assert.equal(fixAll(source).text, source);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a parse problem exactly when JSON.parse refuses the text (differential)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          ' ',
          '\\',
          '1',
          'a',
          '\u00a0',
          '\n',
          '-',
          '.',
          'e',
          'true',
          'null',
        ),
      }),
      fc.json(),
      damagedText,
      mutatedConfig,
    );
    fc.assert(
      fc.property(anyText, (source) => {
        const refused = !parseStrict(source).ok;
        assert.equal(
          lint(source).some((p) => p.rule === 'parse'),
          refused,
          JSON.stringify(source),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('the fast duplicate-key test agrees with the full parse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'a"', 'b\\'), fc.jsonValue({ maxDepth: 1 })), {
          maxLength: 6,
        }),
        (entries) => {
          const source = `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
          const expected = entries.length - new Set(entries.map(([k]) => k)).size;
          assert.equal(lint(source).filter((p) => p.rule === 'duplicate-key').length, expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
