import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { sameJson } from '../../src/core/json/same-json';

describe('sameJson: equality of JSON.parse values', () => {
  const equal: [unknown, unknown][] = [
    [null, null],
    [1, 1],
    ['ä', 'ä'],
    [
      [1, [2]],
      [1, [2]],
    ],
    [
      { a: 1, b: { c: [null] } },
      { b: { c: [null] }, a: 1 },
    ],
    [JSON.parse('{"toString":""}'), JSON.parse('{"toString":""}')],
    [JSON.parse('{"__proto__":{"x":1}}'), JSON.parse('{"__proto__":{"x":1}}')],
  ];
  const different: [unknown, unknown][] = [
    [null, {}],
    [0, '0'],
    [[], {}],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], [1, 1]],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: undefined }, { b: undefined }],
    [JSON.parse('{"toString":"a"}'), JSON.parse('{"toString":"b"}')],
    [JSON.parse('{"valueOf":1}'), {}],
    [{}, JSON.parse('{"constructor":{}}')],
    [JSON.parse('{"__proto__":{"x":1}}'), JSON.parse('{"__proto__":{"x":2}}')],
  ];
  it('says equal for the same values, whatever the key order', () => {
    for (const [a, b] of equal) assert.equal(sameJson(a, b), true, JSON.stringify([a, b]));
  });
  it('says different for different values, keys named like those of the prototype included', () => {
    for (const [a, b] of different) {
      assert.equal(sameJson(a, b), false, JSON.stringify([a, b]));
      assert.equal(sameJson(b, a), false, JSON.stringify([b, a]));
    }
  });
});
