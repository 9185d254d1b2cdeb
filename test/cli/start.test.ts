/** What a start of the CLI loads: lint, the command run most, only its own bundle. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers';
import { CLI, runCli } from './run-cli';

/** The files of dist/ a run of the CLI required, besides dist/cli.js. */
function loadedBy(args: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-start-'));
  const hook = path.join(dir, 'hook.js');
  fs.writeFileSync(
    hook,
    `const Module = require('module');
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (/^\\.\\/.+\\.js$/.test(request)) process.stderr.write('LOADED ' + request + '\\n');
  return load.call(this, request, parent, ...rest);
};`,
  );
  const result = spawnSync(process.execPath, ['--require', hook, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return [...result.stderr.matchAll(/^LOADED \.\/(.+)$/gm)].map((match) => match[1]).sort();
}

/** Node's own modules a run of the CLI loaded (standard input is /dev/null, as in a script). */
function builtinsLoadedBy(args: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-start-'));
  const hook = path.join(dir, 'hook.js');
  fs.writeFileSync(
    hook,
    `process.on('exit', () => process.stderr.write('BUILTINS ' + process.moduleLoadList.join(',') + '\\n'));`,
  );
  const result = spawnSync(process.execPath, ['--require', hook, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = /^BUILTINS (.*)$/m.exec(result.stderr);
  assert.ok(line, result.stderr);
  return line[1].split(',').map((entry) => entry.replace(/^NativeModule /, ''));
}

describe('what a start of the CLI loads', () => {
  it("lint loads neither crypto nor standard input's streams unless it writes a fix or reads stdin", () => {
    // Each was a few milliseconds of every lint's start (7 ms in all, 21 runs, 2026-12-06).
    const plain = builtinsLoadedBy(['lint', 'examples/nova-mail.json']);
    assert.ok(!plain.includes('crypto'), 'crypto');
    assert.ok(!plain.includes('timers/promises'), 'timers/promises');
    assert.ok(!plain.includes('internal/fs/streams'), "standard input's file stream");
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-fix-')), 'broken.nova-mail.json');
    fs.copyFileSync(path.join(ROOT, 'examples', 'broken.nova-mail.json'), copy);
    assert.ok(builtinsLoadedBy(['lint', '--fix', copy]).includes('crypto'), 'the fix is written');
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    assert.ok(builtinsLoadedBy(['lint', '--stdin']).includes('internal/fs/streams'), 'stdin is read');
  });

  it('lint, --fix and --format sarif included, loads nothing besides dist/cli.js', () => {
    assert.deepEqual(loadedBy(['lint', 'examples/nova-mail.json']), []);
    assert.deepEqual(loadedBy(['lint', '--format', 'sarif', 'examples/broken.nova-mail.json']), []);
    // Nor to say what went wrong: lint's words are in dist/cli.js (the other commands' are not).
    assert.deepEqual(loadedBy(['lint']), []);
    assert.deepEqual(loadedBy(['lint', '--format', 'xml', 'examples']), []);
    assert.deepEqual(loadedBy(['lint', '--lang', 'fi', 'no-such.nova-mail.json', 'src/cli']), []);
    // The help's words load with the other commands: a person reads it, no script runs it per file.
    assert.deepEqual(loadedBy(['lint', '--help']), ['cli-commands.js']);
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-fix-')), 'broken.nova-mail.json');
    fs.copyFileSync(path.join(ROOT, 'examples', 'broken.nova-mail.json'), copy);
    assert.deepEqual(loadedBy(['lint', '--fix', copy]), []);
    assert.notEqual(
      fs.readFileSync(copy, 'utf8'),
      fs.readFileSync(path.join(ROOT, 'examples', 'broken.nova-mail.json'), 'utf8'),
    );
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  it('the other commands load dist/cli-commands.js when they run or help, not for a usage error', () => {
    assert.deepEqual(loadedBy(['sheet', 'examples/nova-mail.json']), ['cli-commands.js']);
    assert.deepEqual(loadedBy(['report', '--format', 'csv', 'examples/nova-mail.json']), ['cli-commands.js']);
    assert.deepEqual(loadedBy(['send-test', '--help']), ['cli-commands.js']);
    assert.deepEqual(loadedBy(['report', '--delimiter', ';', 'examples']), []);
    // Usage errors found while the arguments are made (regression: loaded first, then thrown).
    for (const args of [
      ['send-test', 'examples/nova-mail.json', '--to', 'a@b.fi', '--timeout', 'abc'],
      ['check-dns', '--dns-server', 'not-an-ip', 'examples'],
      ['explain-mail', '--timeout', 'x', 'm.eml'],
      ['report', '--format', 'csv', '--delimiter', '|', 'examples'],
    ])
      assert.deepEqual(loadedBy(args), [], args.join(' '));
  });

  it('says in one line that the installation is incomplete when a library bundle is missing (regression)', () => {
    // A helper's half-unpacked package: "unexpected failure: Cannot find module './xlsx.js'" and Node's require stack.
    const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-partial-'));
    for (const file of ['cli.js', 'cli-commands.js'])
      fs.copyFileSync(path.join(path.dirname(CLI), file), path.join(partial, file));
    try {
      const output = path.join(partial, 'r.xlsx');
      const xlsx = runCli(['report', '-f', 'xlsx', '-o', output, 'examples'], {
        cli: path.join(partial, 'cli.js'),
      });
      assert.equal(xlsx.status, 2);
      assert.equal(
        xlsx.stderr,
        'xlsx.js is missing beside cli.js: this installation of nova-mail is incomplete. Install it again.\n',
      );
      const message = path.join(partial, 'm.eml');
      fs.writeFileSync(message, 'From: a@b.fi\r\nTo: c@d.fi\r\nSubject: x\r\n\r\nhi\r\n');
      const explain = runCli(['explain-mail', '--lang', 'fi', message], {
        cli: path.join(partial, 'cli.js'),
      });
      assert.equal(explain.status, 2);
      assert.match(explain.stderr, /^mailauth\.js puuttuu tiedoston cli\.js vierestä: [^\n]*\n$/);
    } finally {
      fs.rmSync(partial, { recursive: true, force: true });
    }
  });

  it('says in one line that the installation is mixed when cli-commands.js is of another version (regression)', () => {
    // A helper's cli.js copied over an older installation: "U(...).helpText is not a function".
    const mixed = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-mixed-'));
    fs.copyFileSync(CLI, path.join(mixed, 'cli.js'));
    const cli = path.join(mixed, 'cli.js');
    try {
      for (const older of [
        'exports.BUILT_FOR = "0.0.1"; exports.runSheet = async () => 0;',
        'exports.runSheet = async () => 0;', // built before the bundle said its version
        // Another build of this version, without what cli.js calls (helper-18).
        `exports.BUILT_FOR = ${JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version)}; exports.helpText = () => '';`,
      ]) {
        fs.writeFileSync(path.join(mixed, 'cli-commands.js'), older);
        const help = runCli(['--help'], { cli });
        assert.deepEqual([help.status, help.stdout], [2, ''], older);
        assert.match(
          help.stderr,
          /^cli-commands\.js beside cli\.js is from another version of nova-mail \(this is \d+\.\d+\.\d+\): the installation is mixed\. Install it again\.\n$/,
        );
        const sheet = runCli(['sheet', '--lang', 'fi', 'examples/nova-mail.json'], { cli });
        assert.equal(sheet.status, 2, 'not run with the other version');
        assert.match(
          sheet.stderr,
          /^cli-commands\.js tiedoston cli\.js vieressä on nova-mailin eri versiosta/,
        );
      }
    } finally {
      fs.rmSync(mixed, { recursive: true, force: true });
    }
  });

  it('says in one line that the installation is incomplete when cli-commands.js is not beside cli.js', () => {
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-alone-'));
    fs.copyFileSync(CLI, path.join(alone, 'cli.js'));
    try {
      const sheet = runCli(['sheet', 'examples/nova-mail.json'], { cli: path.join(alone, 'cli.js') });
      assert.equal(sheet.status, 2);
      assert.equal(
        sheet.stderr,
        'cli-commands.js is missing beside cli.js: this installation of nova-mail is incomplete. Install it again.\n',
      );
      const report = runCli(['report', '--lang', 'fi', 'examples'], { cli: path.join(alone, 'cli.js') });
      assert.equal(report.status, 2);
      assert.match(report.stderr, /^cli-commands\.js puuttuu tiedoston cli\.js vierestä: .*\n$/);
      // Usage errors still say what is wrong with the command line, and lint needs nothing else.
      const usage = runCli(['send-test', 'examples/nova-mail.json', '--to', 'a@b.fi', '--timeout', 'abc'], {
        cli: path.join(alone, 'cli.js'),
      });
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /^--timeout must be a whole number/);
      assert.equal(
        runCli(['lint', 'examples/nova-mail.json'], { cli: path.join(alone, 'cli.js') }).status,
        0,
      );
      const lintUsage = runCli(['lint'], { cli: path.join(alone, 'cli.js') });
      assert.deepEqual(
        [lintUsage.status, lintUsage.stderr.split('\n')[0]],
        [2, 'lint needs at least one file or folder (or --stdin).'],
      );
      // The help's words are in the missing file: said as for the commands.
      const help = runCli(['--help'], { cli: path.join(alone, 'cli.js') });
      assert.deepEqual([help.status, help.stdout], [2, '']);
      assert.match(help.stderr, /^cli-commands\.js is missing beside cli\.js: /);
    } finally {
      fs.rmSync(alone, { recursive: true, force: true });
    }
  });
});
