import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, RULE_DOCS_FOLDER } from '../../src/core';
import {
  CREATED_CONTEXT,
  DNS_CHECKED_CONTEXT,
  EDITING_CONTEXT,
  FIXED_CONTEXT,
  TEST_SENT_CONTEXT,
} from '../../src/extension/contexts';
import { ROOT } from '../helpers';
import { DESKTOP_COMMANDS } from '../../src/extension/desktop-only';

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

  it('says nothing at run time but through its catalog (messages.ts; l10n.ts is the one translator)', () => {
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

  it("completes the walkthrough's steps on what the extension sets when they succeed, not on a click", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const steps = manifest.contributes.walkthroughs[0].steps as { id: string; completionEvents?: string[] }[];
    const events = Object.fromEntries(steps.map((step) => [step.id, step.completionEvents]));
    assert.deepEqual(events.create, [`onContext:${CREATED_CONTEXT}`]);
    assert.deepEqual(events.send, [`onContext:${TEST_SENT_CONTEXT}`]);
    assert.deepEqual(events.trust, [`onContext:${DNS_CHECKED_CONTEXT}`]);
    // Regression: "Fix the problems" was ticked as soon as the step was opened.
    assert.deepEqual(events.fix, [`onContext:${FIXED_CONTEXT}`]);
    const menus = JSON.stringify(manifest.contributes.menus);
    assert.ok(menus.includes(EDITING_CONTEXT), 'the edited message has its Send and Cancel buttons');
  });

  it('knows our file names in any letter case, for the schema and the menus', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [validation] = manifest.contributes.jsonValidation as { fileMatch: string[] }[];
    const glob = (pattern: string) =>
      new RegExp(`^(.*/)?${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
    for (const name of ['nova-mail.json', 'Nova-Mail.JSON', 'ACME.nOvA-MaIl.json', 'x/y/acme.NOVA-MAIL.JSON'])
      assert.ok(
        validation.fileMatch.some((pattern) => glob(pattern).test(name)),
        name,
      );
    assert.ok(!validation.fileMatch.some((pattern) => glob(pattern).test('nova-mail.json.bak')));
  });
});

describe('a rule page header, written by the build', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { withRuleHeader } = require('../../scripts/generate-manifest.js') as {
    withRuleHeader: (
      text: string,
      rule: { defaultSeverity: string; fixable: boolean; profiles?: string[] },
    ) => string;
  };
  const rule = { defaultSeverity: 'warning', fixable: false, profiles: ['hosted'] };

  it('is put under the title of a new page that has none (regression: nothing was written)', () => {
    assert.equal(
      withRuleHeader('# `sender-name-length`\n\nWhy.\n', rule),
      '# `sender-name-length`\n\n**Default severity:** warning · **Fix:** no · **Profile:** `hosted`\n\nWhy.\n',
    );
  });

  it("replaces an existing one, keeping the page's words on when it fixes", () => {
    assert.equal(
      withRuleHeader('# `x`\n\n**Default severity:** error · **Fix:** yes (when certain)\n\nWhy.\n', {
        defaultSeverity: 'info',
        fixable: true,
      }),
      '# `x`\n\n**Default severity:** info · **Fix:** yes (when certain)\n\nWhy.\n',
    );
  });
});

describe('the web extension in the manifest', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require('../../package.json') as {
    browser: string;
    capabilities: { virtualWorkspaces: unknown };
    contributes: { menus: Record<string, { command: string; when?: string }[]> };
  };

  it('has a browser entry, and claims virtual workspaces (files read through workspace.fs there)', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('hides every command that needs the desktop from every menu in a browser, and no other', () => {
    const desktopOnly = new Set<string>(DESKTOP_COMMANDS);
    for (const [menu, items] of Object.entries(manifest.contributes.menus))
      for (const item of items) {
        if (item.when === 'false') continue;
        const hidden = /!novaMail\.webHost\b/.test(item.when ?? '');
        assert.equal(hidden, desktopOnly.has(item.command), `${menu}: ${item.command} when ${item.when}`);
      }
  });
});
