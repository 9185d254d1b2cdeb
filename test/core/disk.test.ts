import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  exclusionTest,
  portableExclusionTest,
  findNovaMailFiles,
  lint,
  lintContent,
  MAX_TEXT_LENGTH,
  pathRules,
  portableSeparators,
  readConfigurationFile,
  unreadableProblem,
} from '../../src/core';
import { CAN_SYMLINK, itWhere, ON_WINDOWS } from '../platform';

const CONFIG = '{"company":{"name":"Testi Oy"}}';

describe('finding the nova-mail files of a folder', () => {
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-find-'));
    const write = (relative: string) => {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), CONFIG);
    };
    write('nova-mail.json');
    write('Asiakas.NOVA-MAIL.json');
    write('a/b/deep.nova-mail.json');
    write('archive/old.nova-mail.json');
    write('out/build.nova-mail.json');
    write('node_modules/pkg/nova-mail.json');
    write('.git/nova-mail.json');
    write('notes.json');
    write('nova-mail.json.bak');
    if (CAN_SYMLINK) {
      // A link back up (a loop if followed), and a link to a file.
      fs.symlinkSync(root, path.join(root, 'a', 'loop'));
      fs.symlinkSync(path.join(root, 'nova-mail.json'), path.join(root, 'link.nova-mail.json'));
    } else write('link.nova-mail.json'); // where no link can be made, a file of that name
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const relativeNames = (files: string[]) =>
    files.map((file) => portableSeparators(path.relative(root, file)));

  it('finds our names in any letter case, nested, sorted; never node_modules or .git', async () => {
    assert.deepEqual(relativeNames(await findNovaMailFiles(root, [])), [
      'Asiakas.NOVA-MAIL.json',
      'a/b/deep.nova-mail.json',
      'archive/old.nova-mail.json',
      'link.nova-mail.json',
      'nova-mail.json',
      'out/build.nova-mail.json',
    ]);
  });

  it('leaves out what the exclude patterns match, folders with everything in them', async () => {
    const found = relativeNames(await findNovaMailFiles(root, ['archive', '**/b', '**/link.nova-mail.json']));
    assert.deepEqual(found, ['Asiakas.NOVA-MAIL.json', 'nova-mail.json', 'out/build.nova-mail.json']);
    const withStar = relativeNames(await findNovaMailFiles(root + path.sep, ['out/**', '*.NOVA-MAIL.json']));
    assert.deepEqual(withStar, [
      'a/b/deep.nova-mail.json',
      'archive/old.nova-mail.json',
      // Letter case counts in patterns only where it counts in names: not on Windows or macOS.
      ...(pathRules().caseInsensitive ? [] : ['link.nova-mail.json']),
      'nova-mail.json',
    ]);
  });

  it('finds nothing in a folder that does not exist', async () => {
    assert.deepEqual(await findNovaMailFiles(path.join(root, 'missing'), []), []);
  });

  it('walks only a folder inside it when told (one just moved in), the patterns still the whole folder’s', async () => {
    const within = (inside: string, excludes: string[] = []) =>
      findNovaMailFiles(root, excludes, path.join(root, inside)).then(relativeNames);
    assert.deepEqual(await within('a'), ['a/b/deep.nova-mail.json']);
    // A pattern anchored at the folder (a/b) still reads from the folder, not from a/.
    assert.deepEqual(await within('a', ['a/b']), []);
    assert.deepEqual(await within('a', ['b']), ['a/b/deep.nova-mail.json']);
    // Inside an excluded folder, or excluded itself (node_modules always is): nothing walked.
    assert.deepEqual(await within(path.join('a', 'b'), ['a']), []);
    assert.deepEqual(await within('node_modules'), []);
    // A file, a path outside the folder, one that is gone: nothing.
    assert.deepEqual(await within('nova-mail.json'), []);
    assert.deepEqual(await findNovaMailFiles(path.join(root, 'a'), [], root), []);
    assert.deepEqual(await within('missing'), []);
    // A link to a folder (here back to the root) is not walked, as the whole folder's walk does not.
    if (CAN_SYMLINK) assert.deepEqual(await within(path.join('a', 'loop')), []);
  });

  it('tells an excluded path as the walk does (a matching folder excludes what is in it)', () => {
    const excluded = exclusionTest(['archive', '**/b', '*.tmp.nova-mail.json']);
    assert.equal(excluded('archive/old.nova-mail.json'), true);
    assert.equal(excluded('a/b/deep.nova-mail.json'), true);
    assert.equal(excluded('x.tmp.nova-mail.json'), true);
    assert.equal(excluded('node_modules/pkg/nova-mail.json'), true);
    assert.equal(excluded('sub/.git/nova-mail.json'), true);
    assert.equal(excluded('a/archive.nova-mail.json'), false);
    assert.equal(excluded('nova-mail.json'), false);
    assert.equal(
      excluded('a/x.tmp.nova-mail.json'),
      false,
      'a pattern without **/ is anchored at the folder',
    );
  });
});

describe('reading a nova-mail file for a check', () => {
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-read-'));
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads the text as an editor shows it: a BOM dropped, Finnish letters kept', () => {
    const file = path.join(root, 'bom.nova-mail.json');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"Sähköposti"}')]),
    );
    assert.deepEqual(readConfigurationFile(file), { text: '{"a":"Sähköposti"}' });
  });

  it('gives the size of a file too large to check, without reading it whole', () => {
    const file = path.join(root, 'huge.nova-mail.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_TEXT_LENGTH + 10);
    assert.deepEqual(readConfigurationFile(file), { tooLarge: MAX_TEXT_LENGTH + 10 });
  });

  it('reads a file larger than one buffer whole', () => {
    const file = path.join(root, 'large.nova-mail.json');
    const text = `{"company":{"name":"${'x'.repeat(200_000)}"}}`;
    fs.writeFileSync(file, text);
    assert.deepEqual(readConfigurationFile(file), { text });
  });

  it('gives undefined for a file that is gone or a folder: there is nothing to check', () => {
    assert.equal(readConfigurationFile(path.join(root, 'gone.nova-mail.json')), undefined);
    fs.mkdirSync(path.join(root, 'folder.nova-mail.json'));
    assert.equal(readConfigurationFile(path.join(root, 'folder.nova-mail.json')), undefined);
  });

  itWhere(!ON_WINDOWS, 'Windows has no FIFO in its file system')(
    'says why a file that is there cannot be read: a FIFO is not opened for reading',
    () => {
      const fifo = path.join(root, 'fifo.nova-mail.json');
      execFileSync('mkfifo', [fifo]);
      assert.deepEqual(readConfigurationFile(fifo), { unreadable: 'not-regular' });
    },
  );

  it('says a pipe or device without parentheses inside its own (regression: "(not a regular file (…))")', () => {
    for (const lang of ['en', 'fi'] as const) {
      const [problem] = lintContent({ unreadable: 'not-regular' }, { lang });
      assert.equal(problem.message.split('(').length, 2, problem.message);
    }
    assert.equal(
      lintContent({ unreadable: 'not-regular' })[0].message,
      'Not checked: the file cannot be read (a pipe, socket or device, not a regular file).',
    );
  });

  itWhere(CAN_SYMLINK, 'no symbolic links can be made here')(
    'says why a file that is there cannot be read: a link loop',
    () => {
      const loop = path.join(root, 'loop.nova-mail.json');
      fs.symlinkSync(loop, loop);
      assert.deepEqual(readConfigurationFile(loop), { unreadable: 'link-loop' });
    },
  );

  it('lints what was read: the text, or the one problem of a file that was not checked', () => {
    assert.deepEqual(lintContent({ text: '{"smtp": {"port": 587}}' }), lint('{"smtp": {"port": 587}}'));
    // Refused on disk before it was read: its size is in bytes, and said so (regression: "M characters").
    const [tooLarge] = lintContent({ tooLarge: 8.6 * 1048576 });
    assert.equal(tooLarge.messageId, 'parse.too-large-file');
    assert.match(
      tooLarge.message,
      /^Not checked: the file is too large \(8\.6 MB; files over 8 MB are not read\)/,
    );
    assert.deepEqual(lintContent({ unreadable: 'link-loop' }, { lang: 'fi' }), [
      unreadableProblem('link-loop', { lang: 'fi' }),
    ]);
  });

  it('words the one problem of a file that cannot be read, in English and Finnish, at its start', () => {
    const en = unreadableProblem('link-loop');
    assert.equal(en.message, 'Not checked: the file cannot be read (too many symbolic links).');
    assert.deepEqual([en.rule, en.severity, en.offset, en.length], ['parse', 'error', 0, 0]);
    assert.equal(
      unreadableProblem('permission', { lang: 'fi' }).message,
      'Ei tarkistettu: tiedostoa ei voi lukea (ei käyttöoikeutta).',
    );
  });
});

describe('portableExclusionTest (the browser judges the excludes as the walk does)', () => {
  it('reads a comma outside braces as part of the name, as VS Code does (regression: **/c,d hid c/)', () => {
    const excluded = portableExclusionTest(['**/c,d']);
    assert.equal(excluded('globs/c,d/x.nova-mail.json'), true);
    assert.equal(excluded('globs/c/x.nova-mail.json'), false);
    assert.equal(excluded('globs/d/x.nova-mail.json'), false);
  });

  it('takes a name with [ ] or { } as it is (regression: a created "rt [1].nova-mail.json" was never checked)', () => {
    const excluded = portableExclusionTest(['**/arkisto']);
    assert.equal(excluded('runtime/rt [1].nova-mail.json'), false);
    assert.equal(excluded('rt {a,b}.nova-mail.json'), false);
    assert.equal(excluded('arkisto/rt [1].nova-mail.json'), true);
  });

  it('agrees with the walk on braces, classes and folders', () => {
    const excluded = portableExclusionTest(['**/{a,b}', 'e/', '**/[xy]', 'h/*.json']);
    for (const [relative, expected] of [
      ['a/f.nova-mail.json', true],
      ['b/c/f.nova-mail.json', true],
      ['ab/f.nova-mail.json', false],
      ['x/f.nova-mail.json', true],
      ['h/f.nova-mail.json', true],
      ['h/i/f.nova-mail.json', false],
      ['node_modules/p/f.nova-mail.json', true],
    ] as const)
      assert.equal(excluded(relative), expected, relative);
  });
});
