import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dataIn, formatMessage, type Catalog } from '../../src/core/catalog';
import { MESSAGES } from '../../src/core/messages';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { EXTENSION_MESSAGES } from '../../src/extension/messages';
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
  cli: { catalog: CLI_MESSAGES, sources: 'src/cli' },
  extension: { catalog: EXTENSION_MESSAGES, sources: 'src/extension' },
};

describe('every catalog', () => {
  const names = (template: string | { one: string; other: string }) =>
    [
      ...(typeof template === 'string' ? template : `${template.one} ${template.other}`).matchAll(
        /\{(\w+)\}/g,
      ),
    ]
      .map((match) => match[1])
      .filter((name, index, all) => all.indexOf(name) === index)
      .sort();
  for (const [layer, { catalog, sources }] of Object.entries(CATALOGS)) {
    it(`${layer}: English and Finnish take the same arguments, plurals in both or neither`, () => {
      for (const [id, entry] of Object.entries(catalog)) {
        assert.deepEqual(names(entry.fi), names(entry.en), id);
        assert.equal(typeof entry.fi, typeof entry.en, `${id}: plural forms in one language only`);
        if (typeof entry.en !== 'string')
          assert.ok(names(entry.en).includes('count'), `${id}: plural without count`);
      }
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
