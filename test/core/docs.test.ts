import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, RULE_DOCS_FOLDER } from '../../src/core';
import { STRINGS } from '../../src/extension/strings';
import { ROOT } from '../helpers';

describe('rule documentation and contributions', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.id}: has ${RULE_DOCS_FOLDER}/${rule.id}.md with its severity, fix and Nova screen`, () => {
      const doc = fs.readFileSync(path.join(ROOT, RULE_DOCS_FOLDER, `${rule.id}.md`), 'utf8');
      assert.ok(doc.startsWith(`# \`${rule.id}\``));
      assert.match(
        doc,
        new RegExp(
          `\\*\\*Default severity:\\*\\* ${rule.defaultSeverity} · \\*\\*Fix:\\*\\* ${rule.fixable ? 'yes' : 'no'}`,
        ),
      );
      assert.match(doc, /## Where in Nova/);
    });
  }

  it('translates every %key% of package.json in package.nls.json and package.nls.fi.json', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const file of ['package.nls.json', 'package.nls.fi.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      assert.deepEqual(
        keys.filter((key) => !(key in nls)),
        [],
        file,
      );
    }
  });

  it('translates every runtime string of the extension into Finnish, and nothing else', () => {
    const finnish = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.fi.json'), 'utf8'));
    const english = Object.values(STRINGS) as string[];
    assert.deepEqual(
      english.filter((s) => !(s in finnish)),
      [],
      'untranslated',
    );
    assert.deepEqual(
      Object.keys(finnish).filter((s) => !english.includes(s)),
      [],
      'translations of strings no longer said',
    );
    for (const s of english) {
      const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(placeholders(finnish[s]), placeholders(s), `placeholders of "${s}"`);
    }
  });

  it('says nothing at run time but through the strings table (l10n.ts is the one translator)', () => {
    const dir = path.join(ROOT, 'src', 'extension');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'l10n.ts')) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.ok(!source.includes('l10n.t('), `${file} translates by itself`);
      assert.ok(
        !/show(Information|Warning|Error)Message\(\s*['`]/.test(source),
        `${file} shows a literal message`,
      );
    }
  });
});
