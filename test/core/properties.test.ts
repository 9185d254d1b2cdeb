import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixAll, lint, type Position } from '../../src/core';
import { definedConfig, personConfig, text, type Json } from '../helpers';

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
  else target[last] = value;
  return config;
}

const mutatedConfig = fc
  .tuple(
    fc.boolean(),
    fc.array(mutation, { maxLength: 6 }),
    fc.constantFrom(0, 2, '\t'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([personMode, mutations, indent, crlf, bom]) => {
    let config = personMode ? personConfig() : definedConfig();
    for (const m of mutations) config = mutate(config, m.path, m.value);
    let source = JSON.stringify(config, null, indent);
    if (crlf) source = source.replace(/\n/g, '\r\n');
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

  it('applying all fixes twice equals applying them once, and leaves nothing fixable', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedConfig, damagedText), (source) => {
        const once = fixAll(source);
        assert.equal(fixAll(once), once);
        assert.deepEqual(
          lint(once).filter((p) => p.fix),
          [],
        );
      }),
      { numRuns: 400 },
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
