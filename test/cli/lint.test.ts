import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { portableSeparators, RULE_IDS } from '../../src/core';
import { BROKEN_AFTER_FIX_ALL, readExample } from '../helpers';
import { CAN_SYMLINK } from '../platform';
import { runCli, tempTree } from './run-cli';

const GOOD = readExample('nova-mail.json');
const BROKEN = readExample('broken.nova-mail.json');
const PORT_ONLY = GOOD.replace('"port": 25', '"port": 2525');

describe('nova-mail lint (the built CLI as a process)', () => {
  it('exits 0 on the correct examples and prints nothing', () => {
    const result = runCli(['lint', 'examples/nova-mail.json', 'examples/laskutus.nova-mail.json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('exits 1 on the broken example, one file:line:col line per problem, no colour when piped', () => {
    const result = runCli(['lint', 'examples']);
    assert.equal(result.status, 1);
    const broken = path.join('examples', 'broken.nova-mail.json'); // as the system writes paths
    assert.ok(
      result.stdout
        .split('\n')
        .some((line) => line.startsWith(`${broken}:5:23  warning  `) && line.endsWith('smtp-server')),
      result.stdout,
    );
    assert.match(result.stdout, /^✖ 19 problems \(12 errors, 6 warnings, 1 hint\)$/m);
    assert.ok(!result.stdout.includes('\u001b['), 'no ANSI codes');
    assert.ok(runCli(['lint', 'examples'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31m'));
  });

  it('exits 0 when only warnings are found', () => {
    const dir = tempTree({ 'nova-mail.json': PORT_ONLY });
    const result = runCli(['lint', dir]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /1 problem \(1 warning\)/);
  });

  it('prints exactly the JSON contract', () => {
    const dir = tempTree({ 'a.nova-mail.json': PORT_ONLY, 'b.nova-mail.json': GOOD });
    const result = runCli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: 'a.nova-mail.json',
        problems: [
          {
            rule: 'smtp-port',
            severity: 'warning',
            message: 'The port must be 25 (Ohjaustiedot → Portti).',
            messageId: 'smtp-port.wrong',
            data: { port: 25 },
            range: { start: { line: 2, character: 50 }, end: { line: 2, character: 54 } },
            fixable: true,
            suggestion: false,
          },
        ],
      },
      { file: 'b.nova-mail.json', problems: [] },
    ]);
  });

  it('prints SARIF 2.1.0 with documented rules and 1-based regions', () => {
    const result = runCli(['lint', '-f', 'sarif', 'examples/broken.nova-mail.json']);
    assert.equal(result.status, 1);
    const sarif = JSON.parse(result.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    const rules = run.tool.driver.rules;
    assert.deepEqual(
      rules.map((r: { id: string }) => r.id),
      RULE_IDS,
    );
    for (const rule of rules) assert.match(rule.help.text, new RegExp(`\\(docs/rules/${rule.id}\\.md\\)$`));
    assert.equal(run.results.length, 19);
    const port = run.results.find((r: { ruleId: string }) => r.ruleId === 'smtp-port');
    assert.equal(rules[port.ruleIndex].id, 'smtp-port');
    assert.equal(port.level, 'warning');
    assert.deepEqual(port.locations[0].physicalLocation.region, {
      startLine: 5,
      startColumn: 51,
      endLine: 5,
      endColumn: 54,
    });
    assert.equal(port.locations[0].physicalLocation.artifactLocation.uri, 'examples/broken.nova-mail.json');
    const hint = run.results.find((r: { ruleId: string }) => r.ruleId === 'sent-items');
    assert.equal(hint.level, 'note');
  });

  it('--fix rewrites only files with fixes, keeps formatting, and reports what is left', () => {
    const dir = tempTree({
      'broken.nova-mail.json': BROKEN.replace(/\n/g, '\r\n'),
      'good/nova-mail.json': GOOD,
    });
    const good = path.join(dir, 'good/nova-mail.json');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(good, past, past);
    const result = runCli(['lint', '--fix', '--format', 'json', dir]);
    assert.equal(result.status, 1, 'unfixable errors remain');
    const left = JSON.parse(result.stdout)[0].problems.map((p: { rule: string }) => p.rule);
    assert.deepEqual(left, BROKEN_AFTER_FIX_ALL);
    const fixed = fs.readFileSync(path.join(dir, 'broken.nova-mail.json'), 'utf8');
    assert.match(fixed, /"port": 25, "ssl": false \}/);
    assert.ok(!/[^\r]\n/.test(fixed), 'CRLF kept');
    assert.ok(!fixed.includes('Kesä2026!'), 'the real password is gone');
    assert.equal(fs.statSync(good).mtimeMs, past.getTime(), 'a file without fixes is not rewritten');
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.includes('tmp')),
      [],
    );
  });

  it('finds our file names recursively, skipping node_modules and .git and other JSON', () => {
    const dir = tempTree({
      'a/b/c/deep.nova-mail.json': PORT_ONLY,
      'a/nova-mail.json': GOOD,
      'node_modules/x/nova-mail.json': BROKEN,
      '.git/nova-mail.json': BROKEN,
      'a/package.json': '{',
      'a/nova-mail.json.bak': '{',
      'a/.nova-mail.json': '{',
    });
    const result = runCli(['lint', '--format', 'json', dir]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout).map((r: { file: string }) =>
        portableSeparators(path.relative(dir, path.resolve(r.file))),
      ),
      ['a/b/c/deep.nova-mail.json', 'a/nova-mail.json'],
    );
  });

  it('says clearly which input it cannot read, exits 2, and still checks the others', () => {
    const dir = tempTree({
      'ok/nova-mail.json': PORT_ONLY,
      'bad.nova-mail.json': Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    });
    if (CAN_SYMLINK)
      fs.symlinkSync(path.join(dir, 'gone.json'), path.join(dir, 'ok', 'dangling.nova-mail.json'));
    const result = runCli([
      'lint',
      path.join(dir, 'missing.nova-mail.json'),
      path.join(dir, 'bad.nova-mail.json'),
      path.join(dir, 'ok'),
    ]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.nova-mail\.json: cannot read: no such file or directory/);
    assert.match(result.stderr, /bad\.nova-mail\.json: cannot read: not valid UTF-8/);
    if (CAN_SYMLINK)
      assert.match(
        result.stderr,
        /dangling\.nova-mail\.json: cannot read: a symbolic link to a file that does not exist/,
      );
    assert.match(result.stdout, /smtp-port/);
    assert.equal(result.stderr.trim().split('\n').length, CAN_SYMLINK ? 3 : 2, 'one line each');
  });

  it('exits 2 when no file is found or the usage is wrong', () => {
    const empty = tempTree({ 'readme.txt': 'x' });
    assert.equal(runCli(['lint', empty]).status, 2);
    assert.match(runCli(['lint', empty]).stderr, /No nova-mail\.json/);
    for (const args of [
      ['lint'],
      ['lint', '--format', 'xml', 'examples'],
      ['lint', '--bogus', 'examples'],
      ['frobnicate'],
      ['lint', '--lang', 'sv', 'examples'],
    ]) {
      const result = runCli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /nova-mail --help/);
    }
  });

  it('speaks Finnish with --lang fi or a Finnish locale', () => {
    const dir = tempTree({ 'nova-mail.json': PORT_ONLY });
    assert.match(runCli(['lint', '--lang', 'fi', dir]).stdout, /varoitus {2}Portin pitää olla 25/);
    assert.match(runCli(['lint', dir], { env: { LANG: 'fi_FI.UTF-8' } }).stdout, /1 ongelma \(1 varoitus\)/);
    assert.match(
      runCli(['lint', '--lang', 'en', dir], { env: { LANG: 'fi_FI.UTF-8' } }).stdout,
      /The port must be 25/,
    );
  });

  it('prints help and version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /nova-mail lint \[--format stylish\|json\|sarif\]/);
    const version = runCli(['--version']);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });
});
