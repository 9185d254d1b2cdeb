import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, ruleDocUrl } from '../../src/core';
import { ROOT } from '../helpers';

describe('rule documentation and contributions', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.id}: has docs/rules/${rule.id}.md with its severity, and the link points there`, () => {
      const doc = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.ok(doc.startsWith(`# \`${rule.id}\``));
      assert.match(
        doc,
        new RegExp(
          `\\*\\*Default severity:\\*\\* ${rule.defaultSeverity} · \\*\\*Fix:\\*\\* ${rule.fixable ? 'yes' : 'no'}`,
        ),
      );
      assert.match(doc, /## Where in Nova/);
      assert.ok(ruleDocUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`));
    });
  }

  it('describes every rule in package.nls.json and package.nls.fi.json as the core does', () => {
    for (const [file, lang] of [
      ['package.nls.json', 'en'],
      ['package.nls.fi.json', 'fi'],
    ] as const) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const rule of ALL_RULES)
        assert.equal(nls[`rule.${rule.id}`], rule.description[lang], `${file} rule.${rule.id}`);
    }
  });

  it('lists every rule in the novaMail.rules setting, and every %key% of package.json is translated', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const rules = JSON.parse(manifest).contributes.configuration.properties['novaMail.rules'].properties;
    assert.deepEqual(
      Object.keys(rules),
      ALL_RULES.map((r) => r.id),
    );
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.fi.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      assert.deepEqual(
        keys.filter((key) => !(key in nls)),
        [],
        file,
      );
    }
  });

  it('translates every runtime string of the extension into Finnish', () => {
    const finnish = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.fi.json'), 'utf8'));
    const sources = fs
      .readdirSync(path.join(ROOT, 'src', 'extension'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'src', 'extension', f), 'utf8'))
      .join('\n');
    const used = [...sources.matchAll(/\bt\(\s*[\w.]+,\s*'((?:[^'\\]|\\.)*)'/g)].map((m) =>
      m[1].replace(/\\'/g, "'"),
    );
    assert.ok(used.length >= 5, `${used.length} strings found`);
    assert.deepEqual(
      used.filter((s) => !(s in finnish)),
      [],
    );
  });
});
