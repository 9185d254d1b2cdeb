/**
 * The report as another spreadsheet program reads it: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, which `npm test` installs with scripts/debian-packages.txt) opens the
 * workbook and the Finnish `;` CSV of examples/ (and a file whose names look like formulas), and
 * writes every sheet back as plain CSV; every cell must be the JSON report's. One soffice run
 * converts both files, with a profile of its own so that parallel runs do not share one.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { REPORT_COLUMNS, REPORT_FILE_COLUMNS, reportFileRow, reportHeading, summarize } from '../../src/core';
import { EXAMPLES, personConfig, text } from '../helpers';
import { itWhere } from '../platform';
import { runCli, tempTree } from './run-cli';

/** CSV as LibreOffice writes it: `,`, `"`, UTF-8, from row 1; all sheets, each to a file of its own. */
const WRITE_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** Our Finnish CSV as Excel reads it: `;`, `"`, UTF-8, no formula evaluated. (The xlsx ignores it.) */
const READ_CSV = 'CSV:59,34,76,1,,0,false,false,false,false,false,-1,false';
/** An English (`,`) CSV as a Finnish Excel reads it when double-clicked: split on `;`, formulas on. */
const READ_OTHER_WITH_FORMULAS = 'CSV:59,34,76,1,,0,false,false,false,false,false,-1,true';

/** A copy of examples/, with one file more: names that look like formulas, `;` and quotes. */
function tree(): string {
  const formulas = personConfig();
  formulas.company = 'Kaava; "Lainaus" Äiti Oy';
  formulas.persons[0].name = '=HYPERLINK("http://evil.test")';
  formulas.persons[1].name = '+358 40 123';
  formulas.persons[1].email.username = '@SUM(A1)';
  formulas.persons[1].email.address = '-1+2@esimerkki.fi';
  // Split on the other delimiter, this was three cells, the middle one a formula (a helper's finding).
  formulas.persons[2] = { ...formulas.persons[1], name: 'x;=1+1;y' };
  const dir = tempTree({ 'examples/kaava.nova-mail.json': text(formulas) });
  fs.cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
  return dir;
}

/** A cell as LibreOffice writes it back: text as it is, a count as its digits, nothing for null. */
const shown = (value: string | number | null) => (value === null ? '' : String(value));

itWhere(
  process.platform !== 'win32',
  "LibreOffice is the Linux machine's Debian package; Windows' Node under Wine has none",
)('LibreOffice reads every cell of the workbook and the Finnish CSV as the JSON report has it', () => {
  const dir = tree();
  const json = runCli(['report', '--format', 'json', 'examples'], { cwd: dir });
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout) as Record<string, string | number | null>[];
  assert.ok(rows.some((row) => row.person === '=HYPERLINK("http://evil.test")'));
  assert.ok(rows.some((row) => row.file === 'examples/own-server/microsoft365.nova-mail.json'));
  for (const [format, file] of [
    ['xlsx', 'report.xlsx'],
    ['csv', 'report.csv'],
  ]) {
    const written = runCli(
      ['report', '--format', format, '--lang', 'fi', '-o', path.join('in', file), 'examples'],
      {
        cwd: dir,
      },
    );
    assert.equal(written.status, 0, written.stderr);
  }

  const started = Date.now();
  const soffice = convertToCsv(dir, READ_CSV, [
    path.join('in', 'report.xlsx'),
    path.join('in', 'report.csv'),
  ]);
  console.log(`soffice converted both files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const read = (name: string): string[][] => {
    const file = path.join(dir, 'out', name);
    assert.ok(fs.existsSync(file), `LibreOffice wrote no ${name}: ${soffice.stdout}`);
    return parse(fs.readFileSync(file, 'utf8'), { bom: true, relax_column_count: true });
  };

  // The workbook's addresses: the Finnish headings, then each JSON row's values, formulas as text.
  assert.deepEqual(read('report-Osoitteet.csv'), [
    REPORT_COLUMNS.map((column) => reportHeading(column, 'fi')),
    ...rows.map((row) => REPORT_COLUMNS.map((column) => shown(row[column]))),
  ]);
  // The workbook's files: each file's summary, and its company, counts and addresses are the JSON's.
  const files = [...new Set(rows.map((row) => row.file as string))];
  const fileRows = files.map((file) =>
    reportFileRow(file, summarize(fs.readFileSync(path.join(dir, file), 'utf8'), { lang: 'fi' })),
  );
  for (const fileRow of fileRows) {
    const its = rows.filter((row) => row.file === fileRow.file);
    assert.equal(fileRow.addresses, its.filter((row) => row.address !== null).length, fileRow.file);
    for (const key of ['company', 'senderMode', 'errors', 'warnings'] as const)
      assert.equal(fileRow[key], its[0][key], `${fileRow.file}: ${key}`);
  }
  assert.deepEqual(read('report-Tiedostot.csv'), [
    REPORT_FILE_COLUMNS.map((column) => reportHeading(column, 'fi')),
    ...fileRows.map((fileRow) => REPORT_FILE_COLUMNS.map((column) => shown(fileRow[column]))),
  ]);
  // The Finnish CSV, split on `;`: the JSON keys, then each row, a formula-looking cell as text with
  // the apostrophe the CSV gives it (nothing was evaluated: "=HYPERLINK(...)" is not a link's text).
  assert.deepEqual(read('report-report.csv'), [
    [...REPORT_COLUMNS],
    ...rows.map((row) =>
      REPORT_COLUMNS.map((column) => shown(row[column]).replace(/(^|[,;])(?=[=+\-@])/g, "$1'")),
    ),
  ]);
});

itWhere(
  process.platform !== 'win32',
  "LibreOffice is the Linux machine's Debian package; Windows' Node under Wine has none",
)('an English CSV opened by an Excel that splits on ; and runs formulas: no cell is run', () => {
  const dir = tree();
  const written = runCli(
    ['report', '--format', 'csv', '--lang', 'en', '-o', path.join('in', 'en.csv'), 'examples'],
    {
      cwd: dir,
    },
  );
  assert.equal(written.status, 0, written.stderr);
  convertToCsv(dir, READ_OTHER_WITH_FORMULAS, [path.join('in', 'en.csv')]);
  const rows: string[][] = parse(fs.readFileSync(path.join(dir, 'out', 'en-en.csv'), 'utf8'), {
    bom: true,
    relax_column_count: true,
  });
  const cells = rows.flat();
  // Split there (quotes do not hold in mid-field), but the piece is text, "'=1+1", not 2.
  assert.ok(cells.includes("'=1+1"), cells.filter((cell) => cell.includes('1+1')).join(' | '));
  assert.ok(!cells.includes('2'), 'no =1+1 was run');
});

/**
 * LibreOffice converts the inputs (read with `infilter`) to CSV files in `dir`/out, each sheet to a
 * file of its own, with a profile of its own (parallel runs never share one). Fails, naming the
 * package, where soffice is missing.
 */
function convertToCsv(dir: string, infilter: string, inputs: string[]) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-soffice-'));
  const soffice = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      `--infilter=${infilter}`,
      '--convert-to',
      WRITE_CSV,
      '--outdir',
      'out',
      ...inputs,
    ],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  if (soffice.error && (soffice.error as NodeJS.ErrnoException).code === 'ENOENT')
    assert.fail(
      'soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui ' +
        '(npm test installs it, with the rest of scripts/debian-packages.txt)',
    );
  assert.equal(soffice.status, 0, `${soffice.error?.message ?? ''}\n${soffice.stdout}\n${soffice.stderr}`);
  return soffice;
}
