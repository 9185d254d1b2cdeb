/** Issue 20: large files are linted in bounded memory, with the same answers. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lint } from '../../src/core';
import { JsonDocument } from '../../src/core/document';
import { LineIndex } from '../../src/core/positions';
import { personConfig, rangeOf, text } from '../helpers';

function manyPasswords(count: number): string {
  const config = personConfig();
  config.persons = Array.from({ length: count }, (_, i) => ({
    ...config.persons[0],
    name: `Henkilö ${i}`,
    email: {
      ...config.persons[0].email,
      username: `${100000 + i}abc`,
      novaUsername: `${100000 + i}abc`,
      smtpPassword: `Salainen${i}`,
    },
  }));
  return text(config);
}

describe('large files', () => {
  it('lists the first 100 problems of a rule in document order, at their places, then how many more', () => {
    const source = manyPasswords(250);
    const problems = lint(source).filter((p) => p.rule === 'real-password');
    assert.equal(problems.length, 101);
    for (let i = 0; i < 100; i++)
      assert.deepEqual(problems[i].range, rangeOf(source, `"Salainen${i}"`), `person ${i}`);
    assert.equal(problems[100].messageId, 'lint.more');
    assert.deepEqual(problems[100].data, { count: 150, rule: 'real-password', cap: 100 });
    assert.deepEqual(
      problems[100].range,
      rangeOf(source, '"Salainen100"'),
      'placed at the first one left out',
    );
  });

  it('lists the first 100 in document order for the rules that walk every value too (regression)', () => {
    // The walk took a container's values last to first: the last 100 of one list were listed, and
    // "…and 1 more" stood at the first value (a helper's finding).
    const cases = [
      [
        'control-characters',
        { company: 'A', notes: Array.from({ length: 101 }, () => 'x\u0007') },
        '"x\\u0007"',
      ],
      [
        'real-password',
        {
          company: 'A',
          ...Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`token${i}`, `p${i}`])),
        },
        undefined,
      ],
    ] as const;
    for (const [rule, config, value] of cases) {
      const source = JSON.stringify(config, null, 2);
      const problems = lint(source).filter((p) => p.rule === rule);
      assert.equal(problems.length, 101, rule);
      const at = (i: number) => {
        const needle = value ?? `"p${i}"`;
        let offset = -1;
        for (let seen = 0; seen <= (value ? i : 0); seen++) offset = source.indexOf(needle, offset + 1);
        return offset;
      };
      for (let i = 0; i < 100; i++) assert.equal(problems[i].offset, at(i), `${rule}: the ${i + 1}th`);
      assert.equal(problems[100].messageId, 'lint.more', rule);
      assert.equal(problems[100].offset, at(100), `${rule}: placed at the 101st`);
    }
    // Nested: the values inside an object come before the values after it, as the file has them.
    const nested = JSON.stringify(
      {
        company: 'A',
        first: { list: Array.from({ length: 100 }, () => 'x\u0007') },
        after: 'y\u0007',
      },
      null,
      2,
    );
    const found = lint(nested).filter((p) => p.rule === 'control-characters');
    assert.equal(found.length, 101);
    assert.equal(found[100].messageId, 'lint.more');
    assert.equal(found[100].offset, nested.indexOf('"y\\u0007"'), 'the one after the object is left out');
  });

  it('names at most 10 persons in no-sender-person, then how many more (regression: all 270,000)', () => {
    const config = personConfig();
    config.persons = Array.from({ length: 25 }, (_, i) => ({ name: `P${i}`, roles: [] }));
    const [problem] = lint(text(config)).filter((p) => p.rule === 'no-sender-person');
    assert.equal(problem.related?.length, 11);
    assert.equal(problem.related?.[10].message, '…and 15 more persons without both');
  });

  it('places problems in a pruned tree, and refuses to look into a person left out of it', () => {
    const document = new JsonDocument(manyPasswords(3));
    document.focusOnPersons(new Set([1]));
    assert.equal(document.node(['persons', 1, 'email', 'smtpPassword'])?.value, 'Salainen1');
    assert.equal(document.node(['persons', 0])?.type, 'object', 'a person left out is one node');
    assert.throws(() => document.node(['persons', 0, 'email']), /left out of a pruned tree/);
  });

  it('knows the line ending of a file on one line, with CRLF, with a lone CR, after a BOM', () => {
    assert.equal(new LineIndex('{"a": 1}').eol, '\n');
    assert.equal(new LineIndex('{\r\n"a": 1}\n').eol, '\r\n');
    assert.equal(new LineIndex('\ufeff{\r\n}').eol, '\r\n');
    assert.equal(new LineIndex('{\r"a": 1}').eol, '\r');
    assert.equal(new LineIndex('{\n"a": 1}\r\n').eol, '\n');
  });
});
