import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, fixAll, lint, minimalEdit } from '../../src/core';
import { BROKEN_AFTER_FIX_ALL, readExample, text } from '../helpers';
import { CASES } from './cases';

/** Every key path of a value, in document order: fixes must keep the order of what was there. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    `${prefix}/${key}`,
    ...keyPaths(child, `${prefix}/${key}`),
  ]);
}

describe('fixes', () => {
  for (const c of CASES.filter((c) => c.fixable)) {
    it(`${c.rule} on ${c.name}: the fix silences it and changes nothing else`, () => {
      const source = text(c.build());
      const [problem] = lint(source);
      assert.ok(problem.fix, 'a fix is offered');
      assert.ok(problem.fix.title.length > 0);
      const fixed = applyEdits(source, problem.fix.edits);
      assert.deepEqual(lint(fixed), []);
      // The change lies within the fix's own edits ...
      const change = minimalEdit(source, fixed);
      assert.ok(change);
      const [edit] = problem.fix.edits;
      assert.ok(change.offset >= edit.offset && change.offset + change.length <= edit.offset + edit.length);
      // ... and every key that was there stays, in its order.
      const before = keyPaths(JSON.parse(source));
      assert.deepEqual(
        keyPaths(JSON.parse(fixed)).filter((p) => before.includes(p)),
        before,
      );
    });
  }

  it('fix-all leaves only the unfixable problems of the broken example', () => {
    const fixed = fixAll(readExample('broken.nova-mail.json'));
    assert.deepEqual(
      lint(fixed).map((p) => p.rule),
      BROKEN_AFTER_FIX_ALL,
    );
  });

  it('keeps a BOM, CRLF line endings and tab indentation byte for byte', () => {
    const lf = readExample('broken.nova-mail.json').replace(/^ +/gm, (spaces) =>
      '\t'.repeat(spaces.length / 2),
    );
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const fixedLf = fixAll(lf);
    const fixedCrlf = fixAll(crlf);
    assert.equal(fixedCrlf, '\ufeff' + fixedLf.replace(/\n/g, '\r\n'));
    assert.ok(!/[^\r]\n/.test(fixedCrlf), 'no bare LF inserted');
    assert.match(
      fixedLf,
      /\n\t\t\t\t"smtpUsername": "xxx"/,
      'an inserted property is indented like its siblings',
    );
  });

  it('inserts into one-line and empty objects and arrays', () => {
    const source =
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false}, "sender": {"mode": "defined", "address": "a@b.fi", "name": "n"}, "persons": [{"name": "A", "roles": [], "email": {"username": "1a", "address": "a@b.fi", "novaUsername": "1a", "smtpUsername": "xxx", "smtpPassword": "xxx"}}]}';
    const fixed = fixAll(source);
    assert.equal(
      fixed,
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false}, "sender": {"mode": "defined", "address": "a@b.fi", "name": "n", "username": "xxx", "password": "xxx"}, "persons": [{"name": "A", "roles": ["Sähköpostilähettäjä"], "email": {"username": "1a", "address": "a@b.fi", "novaUsername": "1a", "smtpUsername": "xxx", "smtpPassword": "xxx"}}]}',
    );
  });

  it('does nothing to a correct file', () => {
    const source = readExample('nova-mail.json');
    assert.equal(fixAll(source), source);
  });

  it('applies non-overlapping edits and keeps inserts at one offset in order', () => {
    assert.equal(
      applyEdits('abcdef', [
        { offset: 3, length: 0, newText: 'X' },
        { offset: 3, length: 0, newText: 'Y' },
        { offset: 0, length: 1, newText: 'A' },
        { offset: 0, length: 2, newText: 'overlapping' },
      ]),
      'AbcXYdef',
    );
  });
});
