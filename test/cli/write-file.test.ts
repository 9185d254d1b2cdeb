import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createExclusively, temporaryNameBeside, writeFixes } from '../../src/cli/write-file';
import { pathFromArgument } from '../../src/cli/file-path';
import { tempTree } from './run-cli';

const realRoot = (dir: string) => fs.realpathSync(dir, { encoding: 'buffer' });

describe('writing fixes over a file', () => {
  it('names its temporary file unpredictably, and never opens one that is already there (a planted symlink)', () => {
    const dir = tempTree({ 'a.nova-mail.json': '{}', 'victim.txt': 'keep me' });
    const target = Buffer.from(path.join(dir, 'a.nova-mail.json'));
    const first = temporaryNameBeside(target).toString();
    assert.notEqual(first, temporaryNameBeside(target).toString());
    assert.match(path.basename(first), /^\.a\.nova-mail\.json\.[0-9a-f]{24}\.nova-mail-tmp$/);
    const planted = temporaryNameBeside(target, 'planted');
    fs.symlinkSync(path.join(dir, 'victim.txt'), planted);
    assert.throws(() => createExclusively(planted), /EEXIST/);
    assert.equal(fs.readFileSync(path.join(dir, 'victim.txt'), 'utf8'), 'keep me');
  });

  it('does not overwrite a file that changed since it was read', () => {
    const dir = tempTree({ 'a.nova-mail.json': '{"changed": "by someone else"}' });
    const file = pathFromArgument(path.join(dir, 'a.nova-mail.json'));
    const refusal = writeFixes({
      file,
      original: Buffer.from('{}'),
      text: '{"fixed": true}',
      roots: [realRoot(dir)],
    });
    assert.deepEqual(refusal, { kind: 'changed' });
    assert.equal(fs.readFileSync(file.display, 'utf8'), '{"changed": "by someone else"}');
    assert.deepEqual(fs.readdirSync(dir), ['a.nova-mail.json'], 'no temporary file left');
  });

  it('keeps the mode, refuses read-only files and links that lead outside the checked folders', () => {
    const dir = tempTree({ 'in/a.nova-mail.json': '{}', 'outside/b.json': '{}' });
    const inside = path.join(dir, 'in', 'a.nova-mail.json');
    fs.chmodSync(inside, 0o640);
    const roots = [realRoot(path.join(dir, 'in'))];
    assert.equal(
      writeFixes({ file: pathFromArgument(inside), original: Buffer.from('{}'), text: '{"x": 1}', roots }),
      undefined,
    );
    assert.equal(fs.statSync(inside).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(inside, 'utf8'), '{"x": 1}');

    fs.chmodSync(inside, 0o444);
    assert.deepEqual(
      writeFixes({ file: pathFromArgument(inside), original: Buffer.from('{"x": 1}'), text: '{}', roots }),
      { kind: 'read-only' },
    );

    const link = path.join(dir, 'in', 'link.nova-mail.json');
    fs.symlinkSync(path.join(dir, 'outside', 'b.json'), link);
    const refusal = writeFixes({
      file: pathFromArgument(link),
      original: Buffer.from('{}'),
      text: '{"x": 1}',
      roots,
    });
    assert.equal(refusal?.kind, 'outside');
    assert.equal(fs.readFileSync(path.join(dir, 'outside', 'b.json'), 'utf8'), '{}');
  });
});
