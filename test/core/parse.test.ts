import { strict as assert } from 'node:assert';
import { onlyRules } from './rule-tester';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixAll, lint } from '../../src/core';
import { parseJson } from '../../src/core/json/parse';
import { valueOf } from '../../src/core/json/tree';

function only(source: string) {
  const problems = lint(source);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
}

describe('strict JSON', () => {
  const cases: [string, string, { line: number; character: number }, RegExp][] = [
    [
      'a line comment',
      '{\n  // hello\n  "smtp": {}\n}',
      { line: 1, character: 2 },
      /Comments are not allowed/,
    ],
    ['a block comment', '{ /* x */ }', { line: 0, character: 2 }, /Comments/],
    [
      'a trailing comma in an object',
      '{\n  "company": "A",\n}',
      { line: 1, character: 16 },
      /Trailing comma/,
    ],
    ['a trailing comma in an array', '{"persons": [1,]}', { line: 0, character: 14 }, /Trailing comma/],
    ['single quotes', "{'smtp': 1}", { line: 0, character: 1 }, /double quotes/],
    ['a missing colon', '{"smtp" 1}', { line: 0, character: 8 }, /Colon/],
    ['a missing comma', '{"a": 1\n "b": 2}', { line: 1, character: 1 }, /Comma/],
    ['an unterminated string', '{"a": "abc', { line: 0, character: 6 }, /Unterminated/],
    ['an empty file', '', { line: 0, character: 0 }, /Unexpected end/],
    ['a bare word', '{"a": yes}', { line: 0, character: 6 }, /Value expected/],
    ['two values', '{} {}', { line: 0, character: 3 }, /only one JSON value/],
    ['a leading zero', '{"port": 025}', { line: 0, character: 10 }, /Comma/],
    [
      'a no-break space between tokens',
      '{"a":\u00a01}',
      { line: 0, character: 5 },
      /Only spaces, tabs and line breaks/,
    ],
    [
      'a line separator between tokens',
      '{"a": 1\u2028}',
      { line: 0, character: 7 },
      /Only spaces, tabs and line breaks/,
    ],
    ['a raw tab in a string', '{"a": "x\ty"}', { line: 0, character: 8 }, /Control characters/],
    ['a bad escape', '{"a": "\\x"}', { line: 0, character: 7 }, /escape/],
  ];
  for (const [name, source, start, message] of cases) {
    it(`reports ${name} as one parse problem at ${start.line}:${start.character}`, () => {
      const problem = only(source);
      assert.equal(problem.rule, 'parse');
      assert.equal(problem.severity, 'error');
      assert.deepEqual(problem.range.start, start);
      assert.match(problem.message, message);
    });
  }

  it('reports parse problems in Finnish', () => {
    assert.equal(lint('{"a" 1}', { lang: 'fi' })[0].message, 'Tähän kuuluu kaksoispiste (:).');
    assert.equal(lint('{"a": 1,}', { lang: 'fi' })[0].message, 'Ylimääräinen pilkku lopussa: poista se.');
  });

  it('reports every later duplicate key, on the key', () => {
    const source =
      '{\n  "company": "A",\n  "company": "B",\n  "smtp": {"port": 25, "port": 25, "server": "smtp.visma.local", "ssl": false},\n  "sender": {"mode": "defined", "address": "a@b.fi", "name": "x", "username": "xxx", "password": "xxx"}\n}';
    const problems = lint(source).filter((p) => p.rule === 'duplicate-key');
    assert.deepEqual(
      problems.map((p) => p.range),
      [
        { start: { line: 2, character: 2 }, end: { line: 2, character: 11 } },
        { start: { line: 3, character: 23 }, end: { line: 3, character: 29 } },
      ],
    );
  });

  it('does not mistake keys inside strings, or escaped quotes, for duplicates', () => {
    const parsed = parseJson('{"a": "\\"a\\": 1", "b": {"a": 1}, "c\\"": 2}');
    assert.equal(parsed.valid, true);
    assert.deepEqual(parsed.tree().laterDuplicates(), []);
    const problems = lint(
      '{"smtp": {"server": "\\"port\\": 25", "port": 25, "ssl": false}, "sender": {"mode": "personRegister"}, "persons": []}',
      { rules: onlyRules('smtp-server', 'smtp-port', 'no-sender-person', 'duplicate-key') },
    );
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['smtp-server', 'no-sender-person'],
    );
  });

  it('finds a duplicate however the colons are spaced and whatever the strings hold', () => {
    // The quick key count reads `":` (see duplicate-scan.ts): spaced colons, escaped quotes before
    // a colon and \u escapes must neither hide a duplicate nor invent one.
    const key = fc.constantFrom('a', 'b', 'a\\"', '\\u0061', ':');
    const space = fc.constantFrom('', ' ', '\n  ', '\t');
    const value = fc.constantFrom('1', '"x"', '"\\":"', '":"', '{"a":1}', '[":", {"b" : 2}]');
    const member = fc.tuple(key, space, space, value).map(([k, before, after, v]) => ({
      key: JSON.parse(`"${k}"`) as string,
      text: `"${k}"${before}:${after}${v}`,
    }));
    fc.assert(
      fc.property(fc.array(member, { maxLength: 5 }), (members) => {
        const source = `{${members.map((m) => m.text).join(', ')}}`;
        const keys = members.map((m) => m.key);
        const twice = keys.some((k, i) => keys.indexOf(k) !== i);
        const found = lint(source, { rules: onlyRules('duplicate-key') }).length > 0;
        assert.equal(found, twice, source);
      }),
      { numRuns: 400 },
    );
  });

  it('decodes escapes in keys and values as JSON.parse does', () => {
    const source = '{"k\\u00e4y": "a\\nb\\u00e4\\/\\\\", "n": -1.5e+3}';
    assert.equal(JSON.stringify(valueOf(parseJson(source).tree().root)), JSON.stringify(JSON.parse(source)));
  });

  it('gives a clear message for deep broken nesting instead of overflowing the stack', () => {
    const problems = lint('['.repeat(100000));
    assert.deepEqual(
      problems.map((p) => [p.rule, p.range.start.character]),
      [
        ['schema', 64],
        ['parse', 100000],
      ],
    );
  });

  describe('a valid file nested far deeper than any config (regression: crashed the whole run)', () => {
    const deep = (levels: number) =>
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false},\n"sender": {"mode": "defined", "address": "a@b.fi", "name": "n", "username": "xxx", "password": "Salainen1"},\n"company": ' +
      '{"a": '.repeat(levels) +
      '1' +
      '}'.repeat(levels) +
      ',\n"company": "x"}';
    for (const levels of [600, 6000, 60000]) {
      it(`${levels} levels: every problem in its place, duplicates found, fixes kept`, () => {
        const source = deep(levels);
        const problems = lint(source);
        assert.deepEqual(
          problems.map((p) => [p.rule, p.range.start.line, p.range.start.character]),
          [
            ['real-password', 1, source.split('\n')[1].indexOf('"Salainen1"')],
            ['schema', 2, 11 + 6 * 63],
            ['duplicate-key', 3, 0],
          ],
        );
        assert.ok(problems[0].fix);
        const fixed = fixAll(source);
        assert.equal(fixed.refused, undefined);
        assert.ok(fixed.text.includes('"password": "xxx"') && fixed.text.length === source.length - 6);
      });
    }
  });

  it('reads a document that is not an object as a schema problem, not a crash', () => {
    assert.deepEqual(
      lint('[1, 2]').map((p) => [p.rule, p.message]),
      [['schema', 'Expected an object { }.']],
    );
    assert.deepEqual(
      lint('null').map((p) => p.rule),
      ['schema'],
    );
  });
});
