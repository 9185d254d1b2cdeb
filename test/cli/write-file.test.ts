import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createExclusively, temporaryNameBeside, writeFixes } from '../../src/cli/write-file';
import { pathFromArgument } from '../../src/cli/file-path';
import { CAN_SYMLINK, itWhere, ON_WINDOWS } from '../platform';
import { tempTree } from './run-cli';

const realRoot = (dir: string) => fs.realpathSync.native(dir, { encoding: 'buffer' });
const withSymlinks = itWhere(CAN_SYMLINK, 'no symbolic links can be made here');
const onPosix = itWhere(!ON_WINDOWS, 'POSIX owners and modes');
const onWindows = itWhere(ON_WINDOWS, 'only Windows refuses to replace a file another program holds open');

describe('writing fixes over a file', () => {
  it('names its temporary file unpredictably, and never opens a name that is already taken', () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}', 'victim.txt': 'keep me' });
    const target = Buffer.from(path.join(dir, 'a.nova-mail.json'));
    const first = temporaryNameBeside(target).toString();
    assert.notEqual(first, temporaryNameBeside(target).toString());
    assert.equal(path.dirname(first), dir);
    assert.match(path.basename(first), /^\.a\.nova-mail\.json\.[0-9a-f]{24}\.nova-mail-tmp$/);
    const planted = temporaryNameBeside(target, 'planted');
    // A planted symbolic link where one can be made; a planted file elsewhere.
    if (CAN_SYMLINK) fs.symlinkSync(path.join(dir, 'victim.txt'), planted);
    else fs.writeFileSync(planted, 'planted');
    assert.throws(() => createExclusively(planted), /EEXIST/);
    assert.equal(fs.readFileSync(path.join(dir, 'victim.txt'), 'utf8'), 'keep me');
  });

  it('leaves what it finds at its temporary name where it is, and says why in words (regression)', async () => {
    // A file there was removed; a folder there made rm throw, and lint end with "unexpected failure".
    for (const plant of ['file', 'folder'] as const) {
      const dir = tempTree({ 'a.nova-mail.json': '{}' });
      const file = pathFromArgument(path.join(dir, 'a.nova-mail.json'));
      const planted = (target: Buffer) => temporaryNameBeside(target, 'planted');
      const at = planted(Buffer.from(fs.realpathSync.native(file.display)));
      if (plant === 'file') fs.writeFileSync(at, 'not ours');
      else fs.mkdirSync(at);
      const refusal = await writeFixes(
        { file, original: Buffer.from('{}'), text: '{"x": 1}', roots: [realRoot(dir)] },
        undefined,
        planted,
      );
      assert.equal(refusal?.kind, 'failed', plant);
      // Said without the temporary file's path, which Node's message names.
      if (plant === 'file')
        assert.deepEqual(refusal, { kind: 'failed', problem: { other: 'file already exists (EEXIST)' } });
      assert.equal(fs.readFileSync(file.display, 'utf8'), '{}');
      if (plant === 'file') assert.equal(fs.readFileSync(at, 'utf8'), 'not ours');
      else assert.ok(fs.statSync(at).isDirectory());
    }
  });

  it('writes a file inside the checked folder, given by its absolute path (a drive letter on Windows)', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = pathFromArgument(path.join(dir, 'a.nova-mail.json'));
    const refusal = await writeFixes({
      file,
      original: Buffer.from('{}'),
      text: '{"fixed": true}',
      roots: [realRoot(dir)],
    });
    assert.equal(refusal, undefined);
    assert.equal(fs.readFileSync(path.join(dir, 'a.nova-mail.json'), 'utf8'), '{"fixed": true}');
    assert.deepEqual(fs.readdirSync(dir), ['a.nova-mail.json'], 'no temporary file left');
  });

  it('does not overwrite a file that changed since it was read', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{"changed": "by someone else"}' });
    const file = pathFromArgument(path.join(dir, 'a.nova-mail.json'));
    const refusal = await writeFixes({
      file,
      original: Buffer.from('{}'),
      text: '{"fixed": true}',
      roots: [realRoot(dir)],
    });
    assert.deepEqual(refusal, { kind: 'changed' });
    assert.equal(fs.readFileSync(file.display, 'utf8'), '{"changed": "by someone else"}');
    assert.deepEqual(fs.readdirSync(dir), ['a.nova-mail.json'], 'no temporary file left');
  });

  onPosix('keeps the mode', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = path.join(dir, 'a.nova-mail.json');
    fs.chmodSync(file, 0o640);
    const request = { file: pathFromArgument(file), original: Buffer.from('{}'), text: '{"x": 1}' };
    assert.equal(await writeFixes({ ...request, roots: [realRoot(dir)] }), undefined);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"x": 1}');
  });

  it('refuses a read-only file (the read-only attribute on Windows)', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = path.join(dir, 'a.nova-mail.json');
    fs.chmodSync(file, 0o444);
    const request = { file: pathFromArgument(file), original: Buffer.from('{}'), text: '{"x": 1}' };
    assert.deepEqual(await writeFixes({ ...request, roots: [realRoot(dir)] }), { kind: 'read-only' });
    assert.equal(fs.readFileSync(file, 'utf8'), '{}');
  });

  it('refuses a file with more than one hard link (a rename would leave the others behind)', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = path.join(dir, 'a.nova-mail.json');
    fs.linkSync(file, path.join(dir, 'other-name.json'));
    const request = { file: pathFromArgument(file), original: Buffer.from('{}'), text: '{"x": 1}' };
    assert.deepEqual(await writeFixes({ ...request, roots: [realRoot(dir)] }), {
      kind: 'hard-links',
      links: 2,
    });
    assert.equal(fs.readFileSync(path.join(dir, 'other-name.json'), 'utf8'), '{}');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.nova-mail.json', 'other-name.json']);
  });

  withSymlinks('refuses a link that leads outside the checked folders', async () => {
    const dir = tempTree({ 'in/a.nova-mail.json': '{}', 'outside/b.json': '{}' });
    const link = path.join(dir, 'in', 'link.nova-mail.json');
    fs.symlinkSync(path.join(dir, 'outside', 'b.json'), link);
    const refusal = await writeFixes({
      file: pathFromArgument(link),
      original: Buffer.from('{}'),
      text: '{"x": 1}',
      roots: [realRoot(path.join(dir, 'in'))],
    });
    assert.equal(refusal?.kind, 'outside');
    assert.equal(fs.readFileSync(path.join(dir, 'outside', 'b.json'), 'utf8'), '{}');
  });

  onWindows('waits while another program holds the file open, then writes', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = path.join(dir, 'a.nova-mail.json');
    const held = fs.openSync(file, 'r');
    setTimeout(() => fs.closeSync(held), 150);
    const request = { file: pathFromArgument(file), original: Buffer.from('{}'), text: '{"x": 1}' };
    const refusal = await writeFixes(
      { ...request, roots: [realRoot(dir)] },
      { totalMs: 5000, firstDelayMs: 10 },
    );
    assert.equal(refusal, undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"x": 1}');
    assert.deepEqual(fs.readdirSync(dir), ['a.nova-mail.json'], 'no temporary file left');
  });

  onWindows('gives up on a file held open too long: the file untouched, no temporary file left', async () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}' });
    const file = path.join(dir, 'a.nova-mail.json');
    const held = fs.openSync(file, 'r');
    try {
      const request = { file: pathFromArgument(file), original: Buffer.from('{}'), text: '{"x": 1}' };
      const refusal = await writeFixes(
        { ...request, roots: [realRoot(dir)] },
        { totalMs: 100, firstDelayMs: 10 },
      );
      assert.deepEqual(refusal, { kind: 'busy', waitedMs: 100 });
    } finally {
      fs.closeSync(held);
    }
    assert.equal(fs.readFileSync(file, 'utf8'), '{}');
    assert.deepEqual(fs.readdirSync(dir), ['a.nova-mail.json']);
  });
});
