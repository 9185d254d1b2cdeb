import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lint } from '../../src/core';
import { LineIndex } from '../../src/core/positions';

const PORT_587 = (eol: string, bom: string, name: string) =>
  `${bom}{${eol}  "company": "${name}",${eol}  "smtp": {"server": "smtp.visma.local", "port": 587, "ssl": false},${eol}  "sender": {"mode": "defined", "address": "a@b.fi", "name": "${name}"}${eol}}${eol}`;

function portRange(source: string) {
  const problem = lint(source).find((p) => p.rule === 'smtp-port');
  assert.ok(problem, 'smtp-port expected');
  return problem.range;
}

describe('positions', () => {
  const expected = { start: { line: 2, character: 49 }, end: { line: 2, character: 52 } };

  it('are 0-based line and UTF-16 character with LF', () => {
    assert.deepEqual(portRange(PORT_587('\n', '', 'A')), expected);
  });

  it('count CRLF as one line break', () => {
    assert.deepEqual(portRange(PORT_587('\r\n', '', 'A')), expected);
  });

  it('do not count a BOM as a character of the first line', () => {
    const source =
      '\ufeff{"smtp": {"server": "x", "port": 25, "ssl": false}, "sender": {"mode": "defined", "address": "a@b.fi", "name": "n"}}';
    const problem = lint(source).find((p) => p.rule === 'smtp-server');
    assert.deepEqual(problem?.range, { start: { line: 0, character: 20 }, end: { line: 0, character: 23 } });
    assert.equal(problem?.offset, 21, 'offsets still index the text as given');
  });

  it('count Finnish letters as one unit and an emoji as two (UTF-16)', () => {
    const source =
      '{"company": "Äö 📧", "smtp": {"server": "x", "port": 25, "ssl": false}, "sender": {"mode": "defined", "address": "a@b.fi", "name": "n"}}';
    const problem = lint(source).find((p) => p.rule === 'smtp-server');
    // `{"company": "Äö 📧", "smtp": {"server": ` is 40 UTF-16 units (the emoji is a surrogate pair).
    assert.deepEqual(problem?.range, { start: { line: 0, character: 40 }, end: { line: 0, character: 43 } });
  });

  it('handle BOM, CRLF, Finnish letters and an emoji together', () => {
    const source = PORT_587('\r\n', '\ufeff', 'Säätiö 😀');
    assert.deepEqual(portRange(source), expected);
    const problem = lint(source).find((p) => p.rule === 'smtp-port');
    assert.equal(source.slice(problem?.offset, (problem?.offset ?? 0) + (problem?.length ?? 0)), '587');
  });

  it('treat a lone CR as a line break, as VS Code does', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    assert.deepEqual(
      [2, 4, 6, 7].map((o) => index.positionAt(o)),
      [
        { line: 1, character: 0 },
        { line: 1, character: 2 },
        { line: 2, character: 1 },
        { line: 3, character: 0 },
      ],
    );
  });
});
