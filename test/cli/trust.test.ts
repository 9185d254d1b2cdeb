/** Issue 20: the second trust pass, each defect a regression test against the built CLI. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { definedConfig, hasTerminalControls, personConfig, readExample, text } from '../helpers';
import { itWhere, ON_WINDOWS } from '../platform';
import { startCatcher, type Catcher } from '../../scripts/servers/smtp';
import { runCli, runCliAsync, tempTree } from './run-cli';

const GOOD = readExample('nova-mail.json');

describe('a real password under a key in another letter case (issue 20, 3)', () => {
  const config = () => {
    const c = personConfig();
    c.persons[0].email.SmtpPassword = 'Hunter2Real';
    return text(c);
  };
  let catcher: Catcher;
  before(async () => {
    catcher = await startCatcher({});
  });
  after(() => catcher.close());

  it('is real-password, and --fix replaces it with xxx', () => {
    const dir = tempTree({ 'nova-mail.json': config() });
    const linted = JSON.parse(runCli(['lint', '--format', 'json', 'nova-mail.json'], { cwd: dir }).stdout);
    const rules = linted[0].problems.map((p: { rule: string }) => p.rule);
    assert.ok(rules.includes('real-password'), rules.join());
    assert.ok(!JSON.stringify(linted).includes('Hunter2Real'), 'never in the output');
    const fixed = runCli(['lint', '--fix', 'nova-mail.json'], { cwd: dir });
    assert.equal(fixed.status, 1, 'the key itself is still a schema error');
    const after = fs.readFileSync(path.join(dir, 'nova-mail.json'), 'utf8');
    assert.ok(!after.includes('Hunter2Real'));
    assert.match(after, /"SmtpPassword": "xxx"/);
  });

  it('is refused by send-test, before anything connects', async () => {
    const dir = tempTree({ 'nova-mail.json': config() });
    const result = await runCliAsync(
      ['send-test', 'nova-mail.json', '--to', 'a@example.test', '--server', `127.0.0.1:${catcher.port}`],
      { cwd: dir },
    );
    assert.equal(result.status, 2);
    assert.match(result.stderr, /real password/);
    assert.equal(catcher.received.length, 0);
  });
});

describe('--fix, and what fixable means (issue 20, 4, 9, 13)', () => {
  it('fixes a file nested deeper than 64 levels (regression: refused as not valid JSON)', () => {
    const deep = '['.repeat(70) + '0' + ']'.repeat(70);
    const source = GOOD.replace('"port": 25', '"port": 2525').replace(/\n}\n$/, `,\n  "x": ${deep}\n}\n`);
    const dir = tempTree({ 'nova-mail.json': source });
    const result = runCli(['lint', '--fix', 'nova-mail.json'], { cwd: dir });
    assert.ok(!result.stderr.includes('not fixed'), result.stderr);
    assert.equal(
      fs.readFileSync(path.join(dir, 'nova-mail.json'), 'utf8'),
      source.replace('"port": 2525', '"port": 25'),
    );
  });

  it('refuses a file with a second hard link, saying why (regression: the other name kept the old text)', () => {
    const dir = tempTree({ 'nova-mail.json': GOOD.replace('"port": 25', '"port": 2525') });
    fs.linkSync(path.join(dir, 'nova-mail.json'), path.join(dir, 'copy.json'));
    const result = runCli(['lint', '--fix', 'nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /nova-mail\.json: not fixed: the file has 2 hard links/);
    assert.equal(
      fs.readFileSync(path.join(dir, 'copy.json'), 'utf8'),
      fs.readFileSync(path.join(dir, 'nova-mail.json'), 'utf8'),
    );
  });

  it('calls a hint that --fix leaves a suggestion, not fixable, and does not count it as fixable', () => {
    const dir = tempTree({ 'nova-mail.json': text({ ...definedConfig(), deliveryReceipt: false }) });
    const json = JSON.parse(runCli(['lint', '--format', 'json', 'nova-mail.json'], { cwd: dir }).stdout);
    assert.deepEqual(
      json[0].problems.map((p: { rule: string; fixable: boolean; suggestion: boolean }) => [
        p.rule,
        p.fixable,
        p.suggestion,
      ]),
      [['sent-items', false, true]],
    );
    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', 'nova-mail.json'], { cwd: dir }).stdout);
    assert.deepEqual(sarif.runs[0].results[0].properties, {
      severity: 'hint',
      fixable: false,
      suggestion: true,
    });
    const stylish = runCli(['lint', 'nova-mail.json'], { cwd: dir }).stdout;
    assert.ok(!/can be fixed/.test(stylish), stylish);
  });
});

describe('control characters and odd names in every output (issue 20, 5, 6)', () => {
  const ESC_NAME = 'Teppo \u001b[31mPunainen\u0007 \u202eäpäT \u009b';
  const dir = () => {
    const c = personConfig();
    c.persons[0].name = ESC_NAME;
    c.persons[0].email.smtpPassword = 'Salainen1';
    return tempTree({ 'nova-mail.json': text(c) });
  };

  it('report --format csv shows them escaped, and sheet refuses them, never passing them to the terminal', () => {
    const where = dir();
    const csv = runCli(['report', '--format', 'csv', '.'], { cwd: where }).stdout;
    assert.ok(!hasTerminalControls(csv) && !/[\u0080-\u009f\u202a-\u202e]/.test(csv), JSON.stringify(csv));
    assert.match(csv, /Teppo \\x1b\[31mPunainen\\x07 \\u202eäpäT \\x9b/);
    // Such a name is an error (control-characters): the sheet refuses it, and says so plainly.
    const fixedFile = personConfig();
    fixedFile.persons[0].name = ESC_NAME;
    const clean = tempTree({ 'nova-mail.json': text(fixedFile) });
    const html = runCli(['sheet', '--format', 'html', 'nova-mail.json'], { cwd: clean });
    assert.equal(html.status, 1, html.stderr);
    assert.equal(html.stdout, '');
    assert.ok(
      !hasTerminalControls(html.stderr.replace(/\n/g, '')) &&
        !/[\u0080-\u009f\u202a-\u202e]/.test(html.stderr),
    );
  });

  it('JSON and SARIF escape C1 controls and bidi overrides, keeping the same values', () => {
    const c = personConfig();
    c.persons[0].name = ESC_NAME;
    c.persons[0].roles = []; // missing-sender-role names the person
    const where = tempTree({ 'nova-mail.json': text(c) });
    for (const format of ['json', 'sarif']) {
      const output = runCli(['lint', '--format', format, '.'], { cwd: where }).stdout;
      assert.ok(!/[\u0080-\u009f\u202a-\u202e]/.test(output), format);
      assert.ok(output.includes('\\u009b') && output.includes('\\u202e'), format);
      JSON.parse(output);
    }
    const report = JSON.parse(runCli(['report', '--format', 'json', '.'], { cwd: where }).stdout);
    assert.equal(report[0].person, ESC_NAME, 'the value is the same for a JSON reader');
  });

  it('shows the invisible ones escaped too: zero-width space, bidi marks, line separators, the BOM, the soft hyphen (regression)', () => {
    // A helper found U+2028, U+200B, U+FEFF and U+200F passed raw: two names that look the same.
    const name = 'Tep\u00adpo\u200b Te\u200fst\u2028aaja\ufeff';
    const c = personConfig();
    c.persons[0].name = name;
    c.persons[0].roles = [];
    const where = tempTree({ 'nova-mail.json': text(c), 'a\u200b.nova-mail.json': text(c) });
    const invisible = /[\u00ad\u200b\u200f\u2028\ufeff]/;
    const csv = runCli(['report', '--format', 'csv', '.'], { cwd: where }).stdout;
    assert.ok(csv.startsWith('\ufeff'), 'the BOM Excel reads UTF-8 by');
    assert.ok(!invisible.test(csv.slice(1)), JSON.stringify(csv));
    assert.ok(csv.includes('Tep\\xadpo\\u200b Te\\u200fst\\u2028aaja\\ufeff'), JSON.stringify(csv));
    const stylish = runCli(['lint', '.'], { cwd: where });
    assert.ok(!invisible.test(stylish.stdout + stylish.stderr), JSON.stringify(stylish.stdout));
    assert.ok(stylish.stdout.includes('a\\u200b.nova-mail.json'), stylish.stdout);
    const json = runCli(['lint', '--format', 'json', '.'], { cwd: where }).stdout;
    assert.ok(!invisible.test(json), json);
    assert.equal(
      JSON.parse(runCli(['report', '--format', 'json', '.'], { cwd: where }).stdout)[0].person,
      name,
    );
  });

  itWhere(!ON_WINDOWS, 'Windows names are Unicode')(
    'SARIF gives a name that is not UTF-8 its own bytes, percent-encoded (regression: %5Cxff)',
    () => {
      const where = tempTree({});
      const name = Buffer.concat([
        Buffer.from(where + '/bad'),
        Buffer.from([0xff]),
        Buffer.from('.nova-mail.json'),
      ]);
      fs.writeFileSync(name, GOOD.replace('"port": 25', '"port": 2525'));
      const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', '.'], { cwd: where }).stdout);
      assert.equal(sarif.runs[0].artifacts[0].location.uri, 'bad%FF.nova-mail.json');
    },
  );
});

describe('command-line arguments (issue 20, 7)', () => {
  it('--timeout -5 is a bad number, not a missing value; --relay "" is a usage error', () => {
    const timeout = runCli(['check-dns', '--timeout', '-5', 'examples']);
    assert.equal(timeout.status, 2);
    assert.match(timeout.stderr, /--timeout must be a whole number of milliseconds .*\(got "-5"\)/);
    const send = runCli([
      'send-test',
      'examples/nova-mail.json',
      '--to',
      'a@example.test',
      '--timeout',
      '-5',
    ]);
    assert.match(send.stderr, /--timeout must be a whole number/);
    const relay = runCli(['check-dns', '--relay', '', 'examples']);
    assert.equal(relay.status, 2);
    assert.match(relay.stderr, /--relay must be a host name or an IP address/);
  });
});

describe('an unreadable file among readable ones (issue 20, 8)', () => {
  it('report lists the others, notes the unreadable one, and exits 2', () => {
    const dir = tempTree({ 'a.nova-mail.json': GOOD, 'b.nova-mail.json': Buffer.from([0x7b, 0xff, 0x7d]) });
    const result = runCli(['report', '.'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^b\.nova-mail\.json: cannot read: not valid UTF-8/m);
    assert.match(result.stdout, /\| Esimerkki Oy \| a\.nova-mail\.json \|/);
    assert.match(
      result.stdout,
      /Not in the table: could not be read:\n\n- b\.nova-mail\.json: not valid UTF-8/,
    );
  });

  it('explain-mail --config <folder> still prints its report, and exits 2', () => {
    const dir = tempTree({
      'configs/a.nova-mail.json': GOOD,
      'configs/b.nova-mail.json': Buffer.from([0x7b, 0xff, 0x7d]),
      'm.eml': 'From: teppo.testaaja@esimerkki.fi\r\nTo: x@example.test\r\nSubject: s\r\n\r\nbody\r\n',
    });
    const result = runCli(
      [
        'explain-mail',
        'm.eml',
        '--config',
        'configs',
        '--relay',
        '192.0.2.25',
        '--dns-server',
        '127.0.0.1:9',
        '--timeout',
        '200',
      ],
      { cwd: dir },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /b\.nova-mail\.json: cannot read: not valid UTF-8/);
    assert.match(result.stdout, /^# What happened to this message/);
    assert.match(result.stdout, /configs\/a\.nova-mail\.json/, 'the readable config was looked in');
  });
});
