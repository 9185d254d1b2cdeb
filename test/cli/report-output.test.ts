/**
 * Where the report may be written, and what a spreadsheet may make of it: regressions from a helper
 * who tried the workbook and the Finnish CSV as an attacker.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { reportCsv, type ReportRow } from '../../src/core';
import { cellText, MAX_CELL_LENGTH } from '../../src/core/overview/report-sheets';
import { personConfig, readExample, text } from '../helpers';
import { CAN_SYMLINK, itWhere, ON_WINDOWS } from '../platform';
import { runCli, runCliBytes, tempTree } from './run-cli';

const ROW: ReportRow = {
  company: 'A',
  file: 'a.nova-mail.json',
  senderMode: 'personRegister',
  person: null,
  citrixId: null,
  address: 'a@a.fi',
  errors: 0,
  warnings: 0,
};

describe('report: what a spreadsheet may make of a cell', () => {
  it('quotes a cell holding either delimiter, so that an Excel splitting on the other one sees one cell', () => {
    // Before: only this file's delimiter was quoted, and only a cell's first character defused;
    // `x;=1+1;` in the , CSV was three cells in an Excel splitting on ; (Finnish settings), the
    // middle one a formula. Quotes do not hold in mid-field: the = after the ; is defused too.
    for (const delimiter of [',', ';', '\t'] as const) {
      const csv = reportCsv(
        [
          { ...ROW, person: 'x;=1+1;' },
          { ...ROW, person: 'y,=SUM(1),' },
          { ...ROW, person: 't\tu' },
        ],
        delimiter,
      );
      assert.ok(csv.includes(`"x;'=1+1;"`), delimiter);
      assert.ok(csv.includes(`"y,'=SUM(1),"`), delimiter);
    }
  });

  it('a workbook cell keeps what the library would drop, and stays within the limit of Excel', () => {
    // Before: write-excel-file dropped a lone surrogate with the character before it ("x\udc00y" -> "y").
    assert.equal(cellText('x\udc00y'), 'x\\udc00y');
    assert.equal(cellText('\ud800'), '\\ud800');
    assert.equal(cellText('\ufffd\ufffe'), '\\ufffd\\ufffe');
    assert.equal(cellText('😀 ä'), '😀 ä');
    const long = cellText('n'.repeat(100_000));
    assert.equal(long.length, MAX_CELL_LENGTH);
    assert.ok(long.endsWith('…'));
  });
});

describe('report --output: never over what it reads, a link, or half a file', () => {
  const tree = () =>
    tempTree({ 'clients/nova-mail.json': readExample('nova-mail.json'), 'keep.xlsx': 'keep' });

  it('refuses a name of a configuration file, an input file, a folder-like name; keeps the file', () => {
    const dir = tree();
    const before = fs.readFileSync(path.join(dir, 'clients/nova-mail.json'), 'utf8');
    const named = runCli(['report', '-f', 'csv', '-o', 'clients/nova-mail.json', 'clients'], { cwd: dir });
    assert.equal(named.status, 2);
    assert.match(named.stderr, /is named like a nova-mail configuration/);
    fs.writeFileSync(path.join(dir, 'data.json'), text(personConfig()));
    const input = runCli(['report', '-f', 'csv', '-o', 'data.json', 'data.json'], { cwd: dir });
    assert.equal(input.status, 2);
    assert.match(input.stderr, /is one of the files the report reads/);
    assert.equal(fs.readFileSync(path.join(dir, 'data.json'), 'utf8'), text(personConfig()));
    const folder = runCli(['report', '-f', 'csv', '-o', 'new/', 'clients'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.ok(!fs.existsSync(path.join(dir, 'new')));
    assert.equal(fs.readFileSync(path.join(dir, 'clients/nova-mail.json'), 'utf8'), before);
  });

  it('leaves the last report as it was when nothing could be read; writes whole files, no leftovers', () => {
    const dir = tree();
    const missing = runCli(['report', '-f', 'xlsx', '-o', 'keep.xlsx', 'nonexistent'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no file could be read, so keep\.xlsx was left as it was/);
    assert.equal(fs.readFileSync(path.join(dir, 'keep.xlsx'), 'utf8'), 'keep');
    const written = runCli(['report', '-f', 'xlsx', '-o', 'keep.xlsx', 'clients'], { cwd: dir });
    assert.equal(written.status, 0, written.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'keep.xlsx')).subarray(0, 2).toString(), 'PK');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clients', 'keep.xlsx']);
    // The replaced report keeps its mode (the temporary file is created 0600, as --fix's).
    if (!ON_WINDOWS) {
      fs.chmodSync(path.join(dir, 'keep.xlsx'), 0o640);
      assert.equal(runCli(['report', '-f', 'xlsx', '-o', 'keep.xlsx', 'clients'], { cwd: dir }).status, 0);
      assert.equal(fs.statSync(path.join(dir, 'keep.xlsx')).mode & 0o777, 0o640);
    }
  });

  it('-o - is standard output', () => {
    const dir = tree();
    const result = runCliBytes(['report', '-f', 'xlsx', '-o', '-', 'clients'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.subarray(0, 2).toString(), 'PK');
    assert.ok(!fs.existsSync(path.join(dir, '-')));
  });

  itWhere(CAN_SYMLINK, 'no symbolic links can be made here')(
    'refuses a symbolic link, which would write where it leads',
    () => {
      const dir = tree();
      fs.symlinkSync(path.join(dir, 'clients/nova-mail.json'), path.join(dir, 'link.xlsx'));
      const result = runCli(['report', '-f', 'xlsx', '-o', 'link.xlsx', 'clients'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /is a symbolic link/);
      assert.equal(
        fs.readFileSync(path.join(dir, 'clients/nova-mail.json'), 'utf8'),
        readExample('nova-mail.json'),
      );
    },
  );

  itWhere(!ON_WINDOWS && fs.existsSync('/proc/self'), 'needs /proc')(
    'an --output under a folder that cannot hold one is one line and exit 2 (it hung, spinning a core)',
    () => {
      const dir = tree();
      // Node's recursive mkdir retries /proc/nova-mail-x forever: ENOENT, its parent exists, again.
      for (const output of ['/proc/nova-mail-x/r.md', '/proc/nova-mail-x/a/b/r.csv']) {
        const result = runCli(['report', '-o', output, 'clients'], { cwd: dir });
        assert.equal(result.status, 2, `${output}: killed after 60 s when null`);
        assert.equal(result.stderr, `Cannot write ${output}: no such file or directory\n`);
      }
      const deep = runCli(['report', '-o', 'x/y/z/r.md', 'clients'], { cwd: dir });
      assert.equal(deep.status, 0, deep.stderr);
      assert.ok(fs.readFileSync(path.join(dir, 'x/y/z/r.md'), 'utf8').includes('|'));
    },
  );

  itWhere(!ON_WINDOWS && fs.existsSync('/dev/full'), 'needs /dev/full')(
    'a standard output that cannot be written is one line and exit 2, for bytes and text alike',
    () => {
      const dir = tree();
      for (const format of ['xlsx', 'csv']) {
        const out = fs.openSync('/dev/full', 'w');
        const result = runCli(['report', '-f', format, 'clients'], { cwd: dir, stdout: out });
        fs.closeSync(out);
        assert.equal(result.status, 2, format);
        assert.equal(
          result.stderr,
          'Cannot write the standard output: no space left on device (ENOSPC). Nothing more was written.\n',
        );
      }
      // In the run's language, --lang included (it was the environment's alone).
      const out = fs.openSync('/dev/full', 'w');
      const finnish = runCli(['report', 'clients', '--lang', 'fi'], { cwd: dir, stdout: out });
      fs.closeSync(out);
      assert.equal(finnish.status, 2);
      assert.match(
        finnish.stderr,
        /^Vakiotulosteeseen ei voi kirjoittaa: .*\(ENOSPC\)\. Mitään ei kirjoitettu enempää\.\n$/,
      );
    },
  );
});
