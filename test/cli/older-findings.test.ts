/**
 * What a helper found, older than the CLI's split, trying the command line as an attacker
 * (closing note of 2026-12-06, section 3): each failed on the code before its fix.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fsProblem } from '../../src/core';
import { itWhere } from '../platform';
import { sayer, writeRefusal } from '../../src/cli/messages';
import { runCli } from './run-cli';

describe('older findings of the command line', () => {
  it('a path too long is said in words, in either language, and the path once', () => {
    const long = path.join(os.tmpdir(), 'a'.repeat(300), 'x.nova-mail.json');
    const en = runCli(['lint', long]);
    assert.equal(en.status, 2);
    // Windows (node.exe under Wine) answers such a name with ENOENT: said in words all the same.
    const windows = process.platform === 'win32';
    assert.equal(
      en.stderr,
      `${long}: cannot read: ${windows ? 'no such file or directory' : 'the path is too long'}\n`,
    );
    const fi = runCli(['lint', '--lang', 'fi', long]);
    assert.equal(
      fi.stderr,
      `${long}: ei voi lukea: ${windows ? 'tiedostoa tai kansiota ei ole' : 'polku on liian pitkä'}\n`,
    );
  });

  it("Node's other reasons come without the path Node appends", () => {
    const eio = Object.assign(new Error("EIO: i/o error, read '/srv/clients/a.nova-mail.json'"), {
      code: 'EIO',
      syscall: 'read',
      path: '/srv/clients/a.nova-mail.json',
    });
    assert.deepEqual(fsProblem(eio), { other: 'i/o error (EIO)' });
    // A read on an open file: Node knows no path (a helper's /proc/self/mem said "EIO: i/o error, read").
    const read = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' });
    assert.deepEqual(fsProblem(read), { other: 'i/o error (EIO)' });
    const rename = Object.assign(new Error("EXDEV: cross-device link not permitted, rename 'a' -> 'b'"), {
      code: 'EXDEV',
    });
    assert.deepEqual(fsProblem(rename), { other: 'cross-device link not permitted (EXDEV)' });
    // Anything else is kept as it is.
    assert.deepEqual(fsProblem(new Error('something else')), { other: 'something else' });
  });

  it("a fix that could not be written is said in the run's language, without the temporary file", () => {
    // It printed Node's "EACCES: permission denied, open '<dir>/.a.nova-mail.json.<hex>.nova-mail-tmp'".
    const refusal = { kind: 'failed', problem: 'permission' } as const;
    assert.equal(writeRefusal(sayer('fi'), refusal), 'ei korjattu: ei käyttöoikeutta');
    assert.equal(writeRefusal(sayer('en'), refusal), 'not fixed: permission denied');
  });

  it('check-dns asks no DNS when no file could be read', () => {
    // A server that never answers: the old code waited for it, then said DNS was unreachable.
    const missing = path.join(os.tmpdir(), 'nova-mail-none', 'nonexistent.nova-mail.json');
    const args = ['check-dns', '--dns-server', '127.0.0.1:9', '--timeout', '300', missing];
    const result = runCli(args);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `${missing}: cannot read: no such file or directory\n`);
    const json = runCli([...args.slice(0, -1), '--format', 'json', missing]);
    assert.equal(json.status, 2);
    assert.deepEqual(JSON.parse(json.stdout), []);
  });

  it('a value typed 100,000 characters long is shown cut, not whole', () => {
    const result = runCli(['lint', '--format', 'z'.repeat(100_000), 'examples']);
    assert.equal(result.status, 2);
    assert.ok(result.stderr.length < 1000, `${result.stderr.length} characters`);
    assert.match(result.stderr, /z{200}…/);
  });

  itWhere(process.platform !== 'win32', 'mkfifo is POSIX')(
    'report --output refuses a pipe or a device: it was replaced by a regular file',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-output-'));
      try {
        const fifo = path.join(dir, 'fifo');
        execFileSync('mkfifo', [fifo]);
        const result = runCli(['report', '--output', fifo, 'examples']);
        assert.equal(result.status, 2);
        assert.equal(
          result.stderr,
          `Not written: --output ${fifo} is not a regular file (a device, a pipe or a socket); name a file.\n`,
        );
        assert.ok(fs.lstatSync(fifo).isFIFO(), 'still a pipe');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('report --output ex/ suggests ex/report.xlsx, not ex//report.xlsx', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-output-'));
    try {
      fs.mkdirSync(path.join(dir, 'ex'));
      const result = runCli(['report', '--format', 'xlsx', '--output', 'ex/', path.join(dir, 'ex')], {
        cwd: dir,
      });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /\(e\.g\. ex\/report\.xlsx\)/);
      const fi = runCli(['report', '--lang', 'fi', '--output', 'ex', path.join(dir, 'ex')], { cwd: dir });
      assert.match(fi.stderr, /\(esim\. ex\/raportti\.xlsx\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
