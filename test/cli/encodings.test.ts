/**
 * Files as Windows writes them (issue 25, item 16): Windows PowerShell 5.1's `Out-File` and `>`
 * write UTF-16 LE with a BOM. They are read, checked and fixed in the encoding they came in; a file
 * that is no text at all is a problem in JSON and SARIF output too, not only a line on stderr.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readConfigurationFile } from '../../src/core';
import { readExample } from '../helpers';
import { runCli, tempTree } from './run-cli';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('UTF-16 files with a BOM, and files that are not text', () => {
  const clean = readExample('laskutus.nova-mail.json');
  const wrongPort = clean.replace('"port": 25', '"port": 2525');

  it('checks a UTF-16 LE and a UTF-16 BE file as their text (regression: "not valid UTF-8")', () => {
    for (const bytes of [utf16le(clean), utf16be(clean)]) {
      const dir = tempTree({ 'nova-mail.json': bytes });
      const result = runCli(['lint', 'nova-mail.json'], { cwd: dir });
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.equal(result.stderr, '');
      assert.deepEqual(readConfigurationFile(path.join(dir, 'nova-mail.json')), { text: clean });
    }
  });

  it('--fix writes a UTF-16 LE file back as UTF-16 LE with its BOM, changing only the fixed value', () => {
    const dir = tempTree({ 'nova-mail.json': utf16le(wrongPort) });
    const result = runCli(['lint', '--fix', 'nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'nova-mail.json')), utf16le(clean));
  });

  it('a file that is not text is a problem in JSON and SARIF output, not only on stderr', () => {
    const dir = tempTree({ 'nova-mail.json': Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x00, 0xff]) });
    const json = runCli(['lint', '--format', 'json', 'nova-mail.json'], { cwd: dir });
    assert.equal(json.status, 2);
    const [report] = JSON.parse(json.stdout) as { file: string; problems: { messageId: string }[] }[];
    assert.equal(report.file, 'nova-mail.json');
    assert.deepEqual(
      report.problems.map((problem) => problem.messageId),
      ['parse.unreadable'],
    );
    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', 'nova-mail.json'], { cwd: dir }).stdout);
    assert.equal(sarif.runs[0].results.length, 1);
  });
});
