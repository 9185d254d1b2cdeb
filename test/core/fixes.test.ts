import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, fixAll, lint, NOT_JSON } from '../../src/core';
import { keepsEverythingElse } from '../../src/core/fix-all';
import { BROKEN_AFTER_FIX_ALL, definedConfig, readExample, text } from '../helpers';

const parses = (source: string) => JSON.parse(source.replace(/^\ufeff/, '')) as unknown;

/** A person whose e-mail object is empty: both SMTP credentials (and more) must be inserted. */
const EMPTY_EMAIL = {
  smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
  sender: { mode: 'personRegister' },
  persons: [{ name: 'A', roles: ['Sähköpostilähettäjä'], email: {} }],
};

describe('fixes', () => {
  it('fix-all leaves only the unfixable problems of the broken example', () => {
    const { text: fixed } = fixAll(readExample('broken.nova-mail.json'));
    assert.deepEqual(
      lint(fixed).map((p) => p.rule),
      BROKEN_AFTER_FIX_ALL,
    );
  });

  describe('two insertions into one empty object (regression: written without a comma)', () => {
    const styles: [string, string, RegExp][] = [
      ['compact', JSON.stringify(EMPTY_EMAIL), /"email":\{"smtpUsername":"xxx","smtpPassword":"xxx"\}/],
      [
        'indented',
        JSON.stringify(EMPTY_EMAIL, null, 2),
        /"email": \{\n {8}"smtpUsername": "xxx",\n {8}"smtpPassword": "xxx"\n {6}\}/,
      ],
      [
        'CRLF with tabs',
        JSON.stringify(EMPTY_EMAIL, null, '\t').replace(/\n/g, '\r\n'),
        /"email": \{\r\n\t{4}"smtpUsername": "xxx",\r\n\t{4}"smtpPassword": "xxx"\r\n\t{3}\}/,
      ],
      [
        'lone CR',
        JSON.stringify(EMPTY_EMAIL, null, 2).replace(/\n/g, '\r'),
        /"email": \{\r {8}"smtpUsername": "xxx",\r {8}"smtpPassword": "xxx"\r {6}\}/,
      ],
    ];
    for (const [name, source, expected] of styles) {
      it(`${name}: valid JSON with both placeholders, in the file's style`, () => {
        const result = fixAll(source);
        assert.equal(result.refused, undefined);
        const value = parses(result.text) as typeof EMPTY_EMAIL & { persons: { email: object }[] };
        assert.deepEqual(value.persons[0].email, { smtpUsername: 'xxx', smtpPassword: 'xxx' });
        assert.match(result.text, expected);
      });
    }
  });

  it('keeps a BOM, CRLF line endings and tab indentation byte for byte', () => {
    const lf = readExample('broken.nova-mail.json').replace(/^ +/gm, (spaces) =>
      '\t'.repeat(spaces.length / 2),
    );
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const fixedLf = fixAll(lf).text;
    const fixedCrlf = fixAll(crlf).text;
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
    assert.equal(
      fixAll(source).text,
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false}, "sender": {"mode": "defined", "address": "a@b.fi", "name": "n", "username": "xxx", "password": "xxx"}, "persons": [{"name": "A", "roles": ["Sähköpostilähettäjä"], "email": {"username": "1a", "address": "a@b.fi", "novaUsername": "1a", "smtpUsername": "xxx", "smtpPassword": "xxx"}}]}',
    );
  });

  it('leaves a deliberate choice alone: Fix all does not apply hints (sent-items)', () => {
    const source = text({ ...EMPTY_EMAIL, deliveryReceipt: false });
    assert.match(fixAll(source).text, /"deliveryReceipt": false/);
    assert.match(fixAll(source, { rules: { 'sent-items': 'warning' } }).text, /"deliveryReceipt": true/);
  });

  it('does nothing to a correct file', () => {
    const source = readExample('nova-mail.json');
    assert.deepEqual(fixAll(source), { text: source, fixed: 0 });
  });

  it('refuses to touch a file that is not valid JSON, and says why', () => {
    const source =
      '{"smtp": {"server": "x", "port": 25, "ssl": false}, "sender": {"mode": "defined", "password": "Salainen1"';
    const result = fixAll(source);
    assert.equal(result.text, source);
    assert.deepEqual(result.refused, NOT_JSON);
  });

  it('the safety check rejects a result that does not parse, or that lost or changed another value', () => {
    const before = '{"a": 1, "b": {"c": "x"}}';
    const set = { kind: 'set', path: ['a'], value: 2 } as const;
    assert.equal(keepsEverythingElse(before, [set], '{"a": 2, "b": {"c": "x"}}'), true);
    assert.equal(keepsEverythingElse(before, [set], '{"a": 2 "b": {"c": "x"}}'), false);
    assert.equal(keepsEverythingElse(before, [set], '{"a": 2, "b": {}}'), false);
    assert.equal(keepsEverythingElse(before, [set], '{"a": 2, "b": {"c": "y"}}'), false);
  });

  it('fixes a file whose objects have keys named like those of Object.prototype (regression: Fix all threw)', () => {
    // fast-deep-equal called the object's own "toString": "a.toString is not a function".
    for (const key of ['toString', 'valueOf', 'constructor', 'hasOwnProperty', '__proto__']) {
      const source = JSON.stringify({
        ...EMPTY_EMAIL,
        smtp: { server: 'smtp.visma.local', port: 587, ssl: false },
        persons: [{ ...EMPTY_EMAIL.persons[0], roles: [{ [key]: '' }, 'Sähköpostilähettäjä'] }],
      });
      const result = fixAll(source);
      assert.equal(result.refused, undefined, key);
      const fixed = parses(result.text) as typeof EMPTY_EMAIL;
      assert.equal(fixed.smtp.port, 25, key);
      assert.deepEqual(Object.keys(fixed.persons[0].roles[0] as unknown as object), [key]);
    }
  });

  it('fixes a file nested deeper than 64 levels outside the fixed values (regression: refused as not valid JSON)', () => {
    const deep = '['.repeat(70) + '0' + ']'.repeat(70);
    const source = text(definedConfig())
      .replace('"port": 25', '"port": 2525')
      .replace(/\n}\n$/, `,\n  "x": ${deep}\n}\n`);
    const result = fixAll(source);
    assert.equal(result.refused, undefined);
    assert.equal(result.text, source.replace('"port": 2525', '"port": 25'));
    const set = { kind: 'set', path: ['a'], value: 2 } as const;
    const changedDeep = `{"a": 2, "x": ${deep.replace('0', '1')}}`;
    assert.equal(
      keepsEverythingElse(`{"a": 1, "x": ${deep}}`, [set], changedDeep),
      false,
      'a deep change is seen',
    );
  });

  it('a quick fix on a file with a syntax error only replaces values that are there', () => {
    const source =
      '{"smtp": {"server": "smtp.od.visma.fi", "port": 25, "ssl": false}, "sender": {"mode": "defined", "password": "Salainen1"';
    const problems = lint(source);
    const password = problems.find((p) => p.rule === 'real-password');
    assert.ok(password?.fix);
    assert.equal(applyEdits(source, password.fix.edits), source.replace('"Salainen1"', '"xxx"'));
    assert.ok(problems.every((p) => !p.fix || p.fix.edits.every((e) => e.length > 0)));
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
