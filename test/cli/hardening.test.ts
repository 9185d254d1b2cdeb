import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hasTerminalControls, readExample } from '../helpers';
import { CAN_SYMLINK, itWhere, ON_WINDOWS } from '../platform';
import { CLI, runCli, tempTree } from './run-cli';

const GOOD = readExample('nova-mail.json');
const BROKEN = readExample('broken.nova-mail.json');
const PORT_ONLY = GOOD.replace('"port": 25', '"port": 2525');
const NEEDS_FIX = GOOD.replace('"smtpPassword": "xxx"', '"smtpPassword": "Salainen1"');
const isRoot = process.getuid?.() === 0;
const onPosix = itWhere(!ON_WINDOWS, 'POSIX only');

describe('nova-mail lint: any input gets a result or one clear line (the built CLI as a process)', () => {
  it('lints standard input with --stdin, named by --stdin-filename (regression: /dev/stdin failed)', () => {
    const result = runCli(['lint', '--stdin', '--stdin-filename', 'clients/acme.nova-mail.json'], {
      input: PORT_ONLY,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^clients\/acme\.nova-mail\.json:3:51 {2}warning {2}The port must be 25/m);
    const json = runCli(['lint', '--stdin', '--format', 'json'], { input: BROKEN });
    assert.equal(json.status, 1);
    assert.equal(JSON.parse(json.stdout)[0].file, '<stdin>');
  });

  it('refuses --stdin with files, and --fix with --stdin, saying why', () => {
    const withFiles = runCli(['lint', '--stdin', 'examples'], { input: GOOD });
    assert.equal(withFiles.status, 2);
    assert.match(withFiles.stderr, /^--stdin reads standard input: give no files or folders with it\./);
    const withFix = runCli(['lint', '--stdin', '--fix'], { input: GOOD });
    assert.equal(withFix.status, 2);
    assert.match(withFix.stderr, /^--fix cannot rewrite standard input/);
    // So its summary does not offer --fix (a helper's finding); a file's does.
    const fixable = runCli(['lint', '--stdin'], { input: PORT_ONLY });
    assert.match(fixable.stdout, /1 problem \(1 warning\)/);
    assert.doesNotMatch(fixable.stdout, /--fix/);
    const file = runCli(['lint', 'port.nova-mail.json'], {
      cwd: tempTree({ 'port.nova-mail.json': PORT_ONLY }),
    });
    assert.match(file.stdout, /1 problem can be fixed with --fix/);
  });

  it('checks a file nested 6,000 deep beside others instead of crashing the run (regression)', () => {
    const deep = `{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false}, "sender": {"mode": "personRegister"}, "persons": [], "company": ${'['.repeat(6000)}${']'.repeat(6000)}}`;
    const dir = tempTree({ 'deep.nova-mail.json': deep, 'port.nova-mail.json': PORT_ONLY });
    const result = runCli(['lint', '--format', 'json', dir]);
    assert.equal(result.status, 1, result.stderr);
    const [deepReport, portReport] = JSON.parse(result.stdout);
    const about = deepReport.problems.filter((p: { rule: string }) =>
      ['no-sender-person', 'schema'].includes(p.rule),
    );
    assert.deepEqual(
      about.map((p: { rule: string }) => p.rule),
      ['no-sender-person', 'schema', 'schema'],
    );
    assert.match(about[2].message, /Nested deeper than 64 levels/);
    assert.deepEqual(
      portReport.problems.map((p: { rule: string }) => p.rule),
      ['smtp-port'],
    );
  });

  it('lists at most 100 problems of a rule per file, then how many more', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `"extra${i}": ${i}`).join(', ');
    const dir = tempTree({ 'many.nova-mail.json': GOOD.replace('{', `{${keys}, `) });
    const [report] = JSON.parse(runCli(['lint', '--format', 'json', dir]).stdout);
    assert.equal(report.problems.length, 101);
    assert.match(report.problems.at(-1).message, /^…and 900 more schema problems in this file/);
  });

  it('shows control characters from a file, never obeys them (regression: a name could forge a problem line)', () => {
    const forged = GOOD.replace(
      '"Teppo Testaaja"',
      '"Teppo\\u001b[2K\\rnova-mail.json:1:1  error  All good  parse"',
    ).replace('["Sähköpostilähettäjä"]', '[]');
    assert.notEqual(forged, GOOD);
    const dir = tempTree({ 'nova-mail.json': forged });
    const result = runCli(['lint', dir], { env: { FORCE_COLOR: '0' } });
    assert.equal(result.status, 1);
    assert.ok(!hasTerminalControls(result.stdout), JSON.stringify(result.stdout));
    assert.match(result.stdout, /Teppo\\x1b\[2K\\rnova-mail\.json:1:1/);
  });

  onPosix(
    'skips a FIFO named like our files while walking, and refuses one given by name (never hangs)',
    () => {
      const dir = tempTree({ 'port.nova-mail.json': PORT_ONLY });
      execFileSync('mkfifo', [path.join(dir, 'pipe.nova-mail.json')]);
      const walked = runCli(['lint', '--format', 'json', dir]);
      assert.equal(walked.status, 0, walked.stderr);
      assert.deepEqual(
        JSON.parse(walked.stdout).map((r: { file: string }) => path.basename(r.file)),
        ['port.nova-mail.json'],
      );
      const named = runCli([
        'lint',
        path.join(dir, 'pipe.nova-mail.json'),
        path.join(dir, 'port.nova-mail.json'),
      ]);
      assert.equal(named.status, 2);
      assert.match(
        named.stderr,
        /pipe\.nova-mail\.json: cannot read: a pipe, socket or device, not a regular file\n/,
      );
      assert.match(named.stdout, /smtp-port/);
    },
  );

  onPosix('reads and fixes a file whose name is not valid UTF-8 (Windows names are Unicode)', () => {
    const dir = tempTree({});
    const name = Buffer.concat([
      Buffer.from(dir + '/caf'),
      Buffer.from([0xe9]),
      Buffer.from('.nova-mail.json'),
    ]);
    fs.writeFileSync(name, NEEDS_FIX);
    const result = runCli(['lint', '--fix', '--format', 'json', dir]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(path.basename(JSON.parse(result.stdout)[0].file), 'caf\\xe9.nova-mail.json');
    assert.ok(fs.readFileSync(name, 'utf8').includes('"smtpPassword": "xxx"'));
  });

  onPosix('reports an unreadable subfolder by its own path and still checks the rest', () => {
    const dir = tempTree({ 'locked/x.nova-mail.json': BROKEN, 'open/port.nova-mail.json': PORT_ONLY });
    // Root reads anything: the CLI then runs as nobody, who may read all but the locked folder (and
    // maybe not the checkout, say a fresh clone in a private temporary folder: it gets its own copy;
    // nor a Node installed in root's home, as CI's Node 22 and 24 are: it gets a link to it).
    const asNobody = isRoot
      ? { uid: 65534, gid: 65534, cwd: dir, cli: path.join(dir, 'cli.js'), node: path.join(dir, 'node') }
      : {};
    if (isRoot) {
      fs.copyFileSync(CLI, path.join(dir, 'cli.js'));
      linkOrCopy(process.execPath, path.join(dir, 'node'));
      execFileSync('chmod', ['-R', 'a+rX', dir]);
    }
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    const result = runCli(['lint', dir], asNobody);
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, new RegExp(`^${dir}/locked: cannot read: permission denied$`, 'm'));
    assert.match(result.stdout, /open\/port\.nova-mail\.json:3:51 {2}warning/);
  });

  it('--fix: keeps the mode, refuses read-only files and links leading outside, each with one line', () => {
    const dir = tempTree({
      'in/mode.nova-mail.json': NEEDS_FIX,
      'in/readonly.nova-mail.json': NEEDS_FIX,
      'outside/elsewhere.json': NEEDS_FIX,
    });
    const file = (name: string) => path.join(dir, name);
    fs.chmodSync(file('in/mode.nova-mail.json'), 0o640);
    fs.chmodSync(file('in/readonly.nova-mail.json'), 0o444);
    // Where no link can be made (Windows without the right, Wine), the rest is still checked.
    if (CAN_SYMLINK) fs.symlinkSync(file('outside/elsewhere.json'), file('in/link.nova-mail.json'));
    const result = runCli(['lint', '--fix', path.join(dir, 'in')]);
    assert.equal(result.status, 2, 'files that were asked to be fixed were not');
    assert.match(result.stderr, /readonly\.nova-mail\.json: not fixed: the file is read-only$/m);
    if (CAN_SYMLINK)
      assert.match(
        result.stderr,
        /link\.nova-mail\.json: not fixed: it is a link to .*elsewhere\.json, outside the folders being checked$/m,
      );
    assert.equal(result.stderr.trim().split('\n').length, CAN_SYMLINK ? 2 : 1);
    assert.ok(fs.readFileSync(file('in/mode.nova-mail.json'), 'utf8').includes('"smtpPassword": "xxx"'));
    if (!ON_WINDOWS) assert.equal(fs.statSync(file('in/mode.nova-mail.json')).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(file('in/readonly.nova-mail.json'), 'utf8'), NEEDS_FIX);
    assert.equal(fs.readFileSync(file('outside/elsewhere.json'), 'utf8'), NEEDS_FIX);
  });

  it('--fix writes a valid file for a person whose e-mail object is empty (regression: no comma)', () => {
    const source = GOOD.replace(/"email": \{[^}]*\}/, '"email": {}');
    const dir = tempTree({ 'nova-mail.json': source });
    runCli(['lint', '--fix', dir]);
    const fixed = fs.readFileSync(path.join(dir, 'nova-mail.json'), 'utf8');
    assert.doesNotThrow(() => JSON.parse(fixed), fixed);
    assert.match(fixed, /"smtpUsername": "xxx",\n\s+"smtpPassword": "xxx"/);
  });

  it('--fix leaves a file with a syntax error as it is, and says why', () => {
    const source = NEEDS_FIX.replace('"port": 25,', '"port": 25,,');
    const dir = tempTree({ 'nova-mail.json': source });
    const result = runCli(['lint', '--fix', dir]);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /nova-mail\.json: not fixed: the file is not valid JSON; correct the syntax error first$/m,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'nova-mail.json'), 'utf8'), source);
  });

  it('says usage errors in Finnish too, and a crash is not mistaken for one', () => {
    const unknown = runCli(['lint', '--lang', 'fi', '--bogus', 'examples']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, 'Tuntematon valitsin --bogus.\nKäyttöohje: "nova-mail --help".\n');
    const missing = runCli(['lint', '--format'], { env: { LANG: 'fi_FI.UTF-8' } });
    assert.equal(missing.stderr, 'Valitsin --format tarvitsee arvon.\nKäyttöohje: "nova-mail --help".\n');
    assert.ok(!/unexpected failure/.test(unknown.stderr + missing.stderr));
    // A file named like an option is named whole (regression: "Unknown option --fix", a real one).
    const named = runCli(['lint', '--fix.nova-mail.json']);
    assert.equal(named.stderr.split('\n')[0], 'Unknown option --fix.nova-mail.json.');
  });
});

/** A hard link where the file system allows one (Node is 100 MB), else a copy. */
function linkOrCopy(from: string, to: string) {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}
