/**
 * `report --format xlsx` and `--output`, as a process: the workbook's parts as Excel reads them
 * (unzipped here; test/cli/report-libreoffice.test.ts has LibreOffice read every cell back), and
 * where the bytes may go.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { ownServerConfig, personConfig, readExample, text } from '../helpers';
import { itWhere } from '../platform';
import { CLI, runCli, runCliBytes, tempTree } from './run-cli';

function clients(): string {
  const tricky = personConfig();
  tricky.company = 'Kaava Oy';
  tricky.persons[0].name = '=HYPERLINK("http://evil.test")';
  tricky.persons[1].name = '+358 40 123';
  tricky.persons[1].email.username = '@SUM(A1)';
  return tempTree({
    'nova-mail.json': readExample('nova-mail.json'),
    'laskutus.nova-mail.json': readExample('laskutus.nova-mail.json'),
    'kaava.nova-mail.json': text(tricky),
    'oma.nova-mail.json': text(ownServerConfig()),
  });
}

/** The workbook's XML parts by name. */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const sheetNames = (xml: Record<string, string>) =>
  [...xml['xl/workbook.xml'].matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => match[1]);

describe('nova-mail report --format xlsx (the built CLI as a process)', () => {
  it('writes a workbook: addresses and files, frozen bold header, widths, an auto filter each', () => {
    const dir = clients();
    const result = runCli(['report', '--format', 'xlsx', '--output', 'out/raportti.xlsx', '.'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '', 'nothing on standard output');
    const xml = parts(fs.readFileSync(path.join(dir, 'out', 'raportti.xlsx')));
    assert.deepEqual(sheetNames(xml), ['Addresses', 'Files']);
    const json = JSON.parse(runCli(['report', '--format', 'json', '.'], { cwd: dir }).stdout) as unknown[];
    const [addresses, files] = [xml['xl/worksheets/sheet1.xml'], xml['xl/worksheets/sheet2.xml']];
    assert.match(
      addresses,
      /<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"\/>/,
    );
    assert.match(addresses, new RegExp(`<autoFilter ref="A1:H${json.length + 1}"/>`));
    assert.match(files, /<autoFilter ref="A1:H5"\/>/, 'four files and the header');
    assert.equal([...addresses.matchAll(/<col [^>]*width="\d+" customWidth="1"\/>/g)].length, 8);
    // One <definedNames>, with the filter's hidden name of each sheet (LibreOffice needs it).
    assert.equal(xml['xl/workbook.xml'].split('<definedNames').length, 2, xml['xl/workbook.xml']);
    assert.match(xml['xl/workbook.xml'], /localSheetId="1" hidden="1">'Files'!\$A\$1:\$H\$5</);
    // Printed landscape on A4, one page wide, with the grid and the header row on every page.
    assert.match(
      addresses,
      /^<\?xml[^>]*\?><worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/,
    );
    assert.match(
      addresses,
      /<printOptions gridLines="1"\/><pageMargins [^>]*\/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/,
    );
    assert.match(
      xml['xl/workbook.xml'],
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">'Addresses'!\$1:\$1</,
    );
    // The header row's cells take the bold font.
    assert.match(xml['xl/styles.xml'], /<font>(?:(?!<\/font>).)*<b\/>/);
    assert.match(addresses, /<c r="A1" s="1" t="s">/);
  });

  it('never makes a formula: =, +, - and @ first stay text, exactly as in the JSON', () => {
    const dir = clients();
    const result = runCliBytes(['report', '--format', 'xlsx', 'kaava.nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const xml = parts(result.stdout);
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])
      assert.doesNotMatch(xml[sheet], /<f>|<f |t="str"/, sheet);
    const strings = [...xml['xl/sharedStrings.xml'].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    for (const shown of ['=HYPERLINK(&quot;http://evil.test&quot;)', '+358 40 123', '@SUM(A1)'])
      assert.ok(
        strings.includes(shown) || strings.includes(shown.replace(/&quot;/g, '"')),
        `${shown} in ${strings.join(' | ')}`,
      );
  });

  it('says headings and sheet names in Finnish with --lang fi', () => {
    const dir = clients();
    const xml = parts(runCliBytes(['report', '--format', 'xlsx', '--lang', 'fi', '.'], { cwd: dir }).stdout);
    assert.deepEqual(sheetNames(xml), ['Osoitteet', 'Tiedostot']);
    assert.match(xml['xl/sharedStrings.xml'], /<t>Yritys<\/t>.*<t>Citrix-tunnus<\/t>/s);
    assert.match(xml['xl/sharedStrings.xml'], /<t>Oma postipalvelu<\/t>/);
  });

  it('writes the bytes to a pipe, never to a terminal', () => {
    const dir = clients();
    const piped = runCliBytes(['report', '--format', 'xlsx', '.'], { cwd: dir });
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(piped.stdout.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
  });

  itWhere(
    process.platform === 'linux' && fs.existsSync('/usr/bin/script'),
    'a terminal of its own needs util-linux script',
  )('refuses a terminal, saying --output, before reading anything', () => {
    const dir = clients();
    // script(1) gives the CLI a pseudo-terminal as its standard output.
    const result = spawnSync(
      '/usr/bin/script',
      ['-qec', `"${process.execPath}" "${CLI}" report --format xlsx .`, '/dev/null'],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } },
    );
    assert.equal(result.status, 2, result.stdout);
    assert.match(
      result.stdout,
      /an xlsx workbook is a binary file, not for the terminal\. Give --output <file>/,
    );
    assert.doesNotMatch(result.stdout, /PK/);
  });

  it('--output as ESLint has it: folders made, a file replaced, a folder refused, any format', () => {
    const dir = clients();
    fs.writeFileSync(path.join(dir, 'old.json'), 'old report');
    const json = runCli(['report', '--format', 'json', '-o', 'old.json', '.'], { cwd: dir });
    assert.equal(json.status, 0, json.stderr);
    assert.equal(
      fs.readFileSync(path.join(dir, 'old.json'), 'utf8'),
      runCli(['report', '--format', 'json', '.'], { cwd: dir }).stdout,
      'replaced with what standard output gets',
    );
    const deep = runCli(['report', '--format', 'csv', '-o', path.join('a', 'b', 'r.csv'), '.'], { cwd: dir });
    assert.equal(deep.status, 0, deep.stderr);
    assert.ok(fs.readFileSync(path.join(dir, 'a', 'b', 'r.csv'), 'utf8').startsWith('\ufeffcompany,'));

    const folder = runCli(['report', '--format', 'xlsx', '-o', 'a', '.'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /^Not written: --output a is a folder; name a file/m);
    const throughFile = runCli(['report', '--format', 'xlsx', '-o', 'old.json/r.xlsx', '.'], { cwd: dir });
    assert.equal(throughFile.status, 2);
    assert.match(
      throughFile.stderr,
      /^Cannot write old\.json\/r\.xlsx: a part of its path is a file, not a folder$/m,
    );
    const empty = runCli(['report', '--format', 'xlsx', '--output=', '.'], { cwd: dir });
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /Option --output needs a value/);
    const finnish = runCli(['report', '--lang', 'fi', '--format', 'xlsx', '-o', 'a', '.'], { cwd: dir });
    assert.match(finnish.stderr, /^Ei kirjoitettu: --output a on kansio/m);
  });
});
