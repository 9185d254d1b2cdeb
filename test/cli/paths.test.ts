import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readExample } from '../helpers';
import { ON_WINDOWS } from '../platform';
import { runCli, tempTree } from './run-cli';

const GOOD = readExample('nova-mail.json');
const PORT_2525 = GOOD.replace('"port": 25', '"port": 2525');
const FIXED = /"port": 25,/;

/** The ways a user names one file: every one of them must be found, shown and fixed. */
function argumentForms(dir: string): [string, string][] {
  const forms: [string, string][] = [
    ['relative, with /', 'w/fixme.nova-mail.json'],
    ['relative, as the system writes it', path.join('w', 'fixme.nova-mail.json')],
    ['absolute', path.join(dir, 'w', 'fixme.nova-mail.json')],
    ['the folder', 'w'],
  ];
  if (ON_WINDOWS)
    forms.push(
      ['relative, with \\', 'w\\fixme.nova-mail.json'],
      ['a drive letter, with /', path.join(dir, 'w', 'fixme.nova-mail.json').replace(/\\/g, '/')],
      [
        'a lower-case drive letter',
        path.join(dir, 'w', 'fixme.nova-mail.json').replace(/^[A-Z]:/, (d) => d.toLowerCase()),
      ],
    );
  return forms;
}

describe('nova-mail lint and --fix on paths as users give them (backslashes and drive letters on Windows)', () => {
  for (const [form, example] of argumentForms('<dir>')) {
    it(`--fix fixes a file named ${form} (${example})`, () => {
      const dir = tempTree({ 'w/fixme.nova-mail.json': PORT_2525 });
      const arg = argumentForms(dir).find(([name]) => name === form)?.[1] as string;
      const result = runCli(['lint', '--fix', arg], { cwd: dir });
      assert.equal(result.stderr, '', 'no refusal');
      assert.equal(result.status, 0);
      assert.equal(result.stdout, '', 'nothing left to report');
      assert.match(fs.readFileSync(path.join(dir, 'w', 'fixme.nova-mail.json'), 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'w')), ['fixme.nova-mail.json'], 'no temporary file');
    });
  }

  it('shows paths as the system writes them in stylish output, and with / in JSON and SARIF', () => {
    const dir = tempTree({ 'w/sub/a.nova-mail.json': PORT_2525 });
    const stylish = runCli(['lint', 'w/sub/a.nova-mail.json', 'w'], { cwd: dir });
    const native = path.join('w', 'sub', 'a.nova-mail.json');
    assert.deepEqual(
      stylish.stdout.split('\n').filter((line) => line.includes(':3:51')),
      [`${native}:3:51  warning  The port must be 25 (Ohjaustiedot → Portti).  smtp-port`],
      'one file, named once, one way',
    );
    const json = JSON.parse(runCli(['lint', '--format', 'json', 'w'], { cwd: dir }).stdout);
    assert.deepEqual(
      json.map((report: { file: string }) => report.file),
      ['w/sub/a.nova-mail.json'],
    );
    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', 'w'], { cwd: dir }).stdout);
    assert.equal(sarif.runs[0].artifacts[0].location.uri, 'w/sub/a.nova-mail.json');
    const csv = runCli(['report', '--format', 'csv', 'w'], { cwd: dir }).stdout;
    assert.match(csv, /,w\/sub\/a\.nova-mail\.json,/);
  });

  it('finds names as Windows and macOS write them, in any letter case and either Unicode form', () => {
    const nfd = 'Yhtio\u0308.nova-mail.json';
    const dir = tempTree({
      'Nova-Mail.JSON': PORT_2525,
      'ASIAKAS.NOVA-MAIL.JSON': PORT_2525,
      [nfd]: PORT_2525,
      'Yhti\u00f6 2.nova-mail.json': PORT_2525,
    });
    const listed = runCli(['lint', '--format', 'json', '.'], { cwd: dir });
    const files = JSON.parse(listed.stdout).map((report: { file: string }) => report.file);
    assert.deepEqual(
      [...files].sort(),
      ['ASIAKAS.NOVA-MAIL.JSON', 'Nova-Mail.JSON', nfd, 'Yhti\u00f6 2.nova-mail.json'].sort(),
    );
    const fixed = runCli(['lint', '--fix', '.'], { cwd: dir });
    assert.equal(fixed.status, 0, fixed.stderr);
    for (const name of fs.readdirSync(dir))
      assert.match(fs.readFileSync(path.join(dir, name), 'utf8'), FIXED, name);
  });

  it('checks both of two names that differ only in case, where the disk keeps both', () => {
    const dir = tempTree({ 'a.nova-mail.json': PORT_2525 });
    fs.writeFileSync(path.join(dir, 'A.nova-mail.json'), GOOD.replace('"ssl": false', '"ssl": true'));
    const names = fs.readdirSync(dir);
    const result = runCli(['lint', '--format', 'json', '.'], { cwd: dir });
    const reports = JSON.parse(result.stdout) as { file: string; problems: { rule: string }[] }[];
    // A case-insensitive file system (Windows, macOS) holds one file with the second content.
    assert.equal(reports.length, names.length);
    if (names.length === 2)
      assert.deepEqual(
        reports.map((report) => [report.file, report.problems.map((p) => p.rule)]),
        [
          ['A.nova-mail.json', ['smtp-ssl']],
          ['a.nova-mail.json', ['smtp-port']],
        ],
      );
  });

  it('keeps CRLF line ends and a UTF-8 BOM (as Notepad writes them) through --fix', () => {
    const notepad = '\ufeff' + PORT_2525.replace('"ssl": false', '"ssl": true').replace(/\n/g, '\r\n');
    const dir = tempTree({ 'nova-mail.json': notepad });
    const result = runCli(['lint', '--fix', 'nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'nova-mail.json'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM kept');
    const text = bytes.toString('utf8');
    assert.equal(text, notepad.replace('"port": 2525', '"port": 25').replace('"ssl": true', '"ssl": false'));
  });
  it('shows a name that begins with a BOM with it, and one in Finnish as written (regression)', () => {
    // A walk decoded names with a TextDecoder, which drops a leading BOM: two names looked alike.
    const dir = tempTree({ 'w/\ufeffa.nova-mail.json': PORT_2525, 'w/äö.nova-mail.json': PORT_2525 });
    const result = runCli(['lint', '--format', 'json', 'w'], { cwd: dir });
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((report) => report.file);
    assert.deepEqual(files.sort(), ['w/\ufeffa.nova-mail.json', 'w/äö.nova-mail.json'].sort());
  });
});
