import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dataIn, formatMessage, type Catalog } from '../../src/core/catalog';
import { MESSAGES } from '../../src/core/messages';
import { ALL_RULES } from '../../src/core/all-rules';
import { CORE_MESSAGES } from '../../src/core/core-catalog';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { ALL_CLI_MESSAGES } from '../../src/cli/more-messages';
import { ALL_EXTENSION_MESSAGES } from '../../src/extension/desktop-messages';
import { EXTENSION_MESSAGES } from '../../src/extension/messages';
import { SHARED_WORDS } from '../../src/core/shared-words';
import { REPORT_MESSAGES } from '../../src/core/overview/report-messages';
import { EXPORT_MESSAGES } from '../../src/extension/commands/export-messages';
import { ROOT } from '../helpers';

const TOY: Catalog = {
  count: {
    en: { one: '{count} file', other: '{count} files' },
    fi: { one: '{count} tiedosto', other: '{count} tiedostoa' },
  },
  named: { en: 'Hello {who}', fi: 'Hei {who}' },
  outer: { en: 'Because {why}.', fi: 'Koska {why}.' },
};

describe('the message catalog and its one formatter', () => {
  it('picks the plural form by count, 0 being other in both languages', () => {
    const say = (count: number, lang: 'en' | 'fi') =>
      formatMessage(TOY, { id: 'count', data: { count } }, lang);
    assert.deepEqual(
      [say(0, 'en'), say(1, 'en'), say(2, 'en'), say(1, 'fi'), say(5, 'fi')],
      ['0 files', '1 file', '2 files', '1 tiedosto', '5 tiedostoa'],
    );
  });

  it('fills arguments in both languages, nested messages and texts in both languages included', () => {
    const message = { id: 'outer', data: { why: { id: 'named', data: { who: { en: 'you', fi: 'sinä' } } } } };
    assert.equal(formatMessage(TOY, message, 'fi'), 'Koska Hei sinä.');
    assert.deepEqual(dataIn(TOY, message.data, 'en'), { why: 'Hello you' });
  });

  it('throws on an id the catalog lacks (a mistake, not a message)', () => {
    assert.throws(() => formatMessage(TOY, { id: 'nope' }, 'en'), /no message "nope"/);
  });
});

/** Every catalog of the project, with the sources that say its ids. */
const CATALOGS: Record<string, { catalog: Catalog; sources: string }> = {
  core: { catalog: MESSAGES, sources: 'src/core' },
  cli: { catalog: ALL_CLI_MESSAGES, sources: 'src/cli' },
  extension: { catalog: ALL_EXTENSION_MESSAGES, sources: 'src/extension' },
  'shared words': { catalog: SHARED_WORDS, sources: 'src' },
  report: { catalog: REPORT_MESSAGES, sources: 'src/core' },
  'export report': { catalog: EXPORT_MESSAGES, sources: 'src/extension' },
};

describe('words both front ends say', () => {
  it('are defined once: the same entry in the CLI and the extension, never said again under another id', () => {
    for (const [id, entry] of Object.entries(SHARED_WORDS)) {
      assert.equal(CLI_MESSAGES[id as keyof typeof CLI_MESSAGES], entry, `cli: ${id}`);
      assert.equal(EXTENSION_MESSAGES[id as keyof typeof EXTENSION_MESSAGES], entry, `extension: ${id}`);
    }
    const said = new Map<string, string>();
    const twice: string[] = [];
    for (const [layer, catalog] of Object.entries({
      cli: ALL_CLI_MESSAGES,
      extension: ALL_EXTENSION_MESSAGES,
    }))
      for (const [id, entry] of Object.entries(catalog)) {
        if (id in SHARED_WORDS) continue;
        const words = JSON.stringify([entry.en, entry.fi]);
        const first = said.get(words);
        if (first && !first.startsWith(layer)) twice.push(`${first} = ${layer}:${id}`);
        said.set(words, `${layer}:${id}`);
      }
    assert.deepEqual(twice, []);
  });
});

/** The named arguments of a template ({port}), each once, sorted. */
function names(template: string | { one: string; other: string }): string[] {
  return [
    ...(typeof template === 'string' ? template : `${template.one} ${template.other}`).matchAll(/\{(\w+)\}/g),
  ]
    .map((match) => match[1])
    .filter((name, index, all) => all.indexOf(name) === index)
    .sort();
}

describe('every catalog', () => {
  for (const [layer, { catalog, sources }] of Object.entries(CATALOGS)) {
    it(`${layer}: English and Finnish take the same arguments, plurals in both or neither`, () => {
      for (const [id, entry] of Object.entries(catalog)) {
        assert.deepEqual(names(entry.fi), names(entry.en), id);
        assert.equal(typeof entry.fi, typeof entry.en, `${id}: plural forms in one language only`);
        if (typeof entry.en !== 'string')
          assert.ok(names(entry.en).includes('count'), `${id}: plural without count`);
      }
    });

    it(`${layer}: every id has the one style: lower-case words, dot-separated areas`, () => {
      const offStyle = Object.keys(catalog).filter((id) => !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(id));
      assert.deepEqual(offStyle, []);
    });

    it(`${layer}: every id is said somewhere in ${sources} (no dead messages)`, () => {
      // The catalogs' own entries (an id first on its line, then a colon) are not uses.
      const text = readSources(path.join(ROOT, sources)).replace(/^\s*'[\w.-]+':/gm, '');
      const unused = Object.keys(catalog).filter(
        (id) => !text.includes(`'${id}'`) && !dynamicPrefix(id, text),
      );
      assert.deepEqual(unused, []);
    });
  }
});

/** Ids built from a prefix and kinds (`dmarc.then.${policy}.${whose}`) count as said when the prefix is. */
function dynamicPrefix(id: string, sources: string): boolean {
  const prefixes = [...sources.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1]);
  return prefixes.some((prefix) => id.startsWith(prefix));
}

function readSources(folder: string): string {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return readSources(full);
      return entry.name.endsWith('.ts') ? fs.readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

/** Issue 27: a rule holds its messages (as ESLint's meta.messages); the core's catalog is built from them. */
describe("every rule's own messages", () => {
  const withMessages = ALL_RULES.filter((rule) => rule.messages);

  it("each lint and DNS rule but the engine's three holds its messages, under its own id", () => {
    assert.deepEqual(
      ALL_RULES.filter((rule) => !rule.messages).map((rule) => rule.id),
      ['parse', 'duplicate-key', 'schema'],
    );
    for (const rule of withMessages)
      for (const id of Object.keys(rule.messages ?? {}))
        assert.ok(id.startsWith(`${rule.id}.`), `${rule.id} holds ${id}`);
  });

  it('English and Finnish take the same arguments', () => {
    for (const rule of withMessages)
      for (const [id, entry] of Object.entries(rule.messages ?? {})) {
        assert.deepEqual(names(entry.fi), names(entry.en), id);
      }
  });

  it('the shared catalog holds none of them: one place for each message', () => {
    const owned = withMessages.flatMap((rule) => Object.keys(rule.messages ?? {}));
    assert.deepEqual(
      owned.filter((id) => id in MESSAGES),
      [],
    );
    for (const id of owned) assert.ok(id in CORE_MESSAGES, id);
  });

  it("each message is said in its rule's module, by its key", () => {
    const modules = [path.join(ROOT, 'src/core/rules'), path.join(ROOT, 'src/core/deliverability/rules')];
    const files = modules.flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)));
    for (const rule of withMessages) {
      const file = files.find((candidate) => path.basename(candidate) === `${rule.id}.ts`);
      assert.ok(file, `src/core/**/rules/${rule.id}.ts`);
      const text = fs.readFileSync(file, 'utf8').replace(/^\s*'[\w.-]+':/gm, '');
      for (const id of Object.keys(rule.messages ?? {})) {
        const key = id.slice(rule.id.length + 1);
        assert.ok(
          text.includes(`'${key}'`) || dynamicPrefix(key, text) || keyedBy(rule.id, key, text),
          `${rule.id}: '${key}' is said nowhere`,
        );
      }
    }
  });
});

/**
 * A key said through a typed value (`message(spf.problem, …)`): TypeScript holds the value to the
 * keys; here each such value's type is listed, so that its keys count as said.
 */
const TYPED_KEYS: Record<string, { said: RegExp; keys: string[] }> = {
  'spf-invalid': {
    said: /message\(spf\.problem\b/,
    keys: ['multiple-records', 'too-many-lookups', 'too-many-void-lookups', 'syntax'],
  },
  'dkim-missing': { said: /message\(service\b/, keys: ['microsoft', 'google'] },
};

function keyedBy(ruleId: string, key: string, text: string): boolean {
  const typed = TYPED_KEYS[ruleId];
  return typed !== undefined && typed.said.test(text) && typed.keys.includes(key);
}
