import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportOutcome } from '../../../src/extension/commands/export-report';
import type { ConfigurationNode } from '../../../src/extension/view/configurations-view';
import { withSettings, workspaceUri } from '../helpers';

/** Export report with its file and format given, as a script does: no quick pick, no save dialog. */
function exportReport(target: vscode.Uri, format: 'xlsx' | 'csv'): Promise<ExportOutcome | undefined> {
  return Promise.resolve(
    vscode.commands.executeCommand<ExportOutcome | undefined>('novaMail.exportReport', target, format),
  );
}

describe('Export report, in VS Code', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-export-'));
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes the workbook of every configuration the view shows: addresses and files', async () => {
    const nodes = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    const target = vscode.Uri.file(path.join(out, 'in', 'a', 'new', 'folder', 'raportti.xlsx'));
    const outcome = await exportReport(target, 'xlsx');
    assert.ok(outcome?.written, JSON.stringify(outcome));
    assert.equal(outcome.file, target.toString());
    const parts = Object.fromEntries(
      Object.entries(unzipSync(fs.readFileSync(target.fsPath))).map(([name, data]) => [
        name,
        strFromU8(data),
      ]),
    );
    assert.deepEqual(
      [...parts['xl/workbook.xml'].matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => match[1]),
      ['Addresses', 'Files'],
    );
    // One row per sending address, one per configuration of the view (each with its header).
    assert.match(
      parts['xl/worksheets/sheet1.xml'],
      new RegExp(`<autoFilter ref="A1:H${outcome.rows + 1}"/>`),
    );
    assert.match(
      parts['xl/worksheets/sheet2.xml'],
      new RegExp(`<autoFilter ref="A1:H${nodes.length + 1}"/>`),
    );
    assert.ok(outcome.rows >= nodes.length, `${outcome.rows} rows, ${nodes.length} files`);
    for (const text of ['Laskutus Oy', 'laskutus.nova-mail.json', 'laskutus@laskutus-oy.fi', '999999teptes'])
      assert.ok(parts['xl/sharedStrings.xml'].includes(`<t>${text}</t>`), text);
  });

  it('writes the CSV with ; in Finnish (what Finnish Excel splits on), the same rows as the workbook', async () => {
    const restore = await withSettings({ language: 'fi' });
    try {
      const target = vscode.Uri.file(path.join(out, 'raportti.csv'));
      const outcome = await exportReport(target, 'csv');
      assert.ok(outcome?.written, JSON.stringify(outcome));
      const lines = fs.readFileSync(target.fsPath, 'utf8').trimEnd().split('\n');
      assert.equal(lines[0], '\ufeffcompany;file;senderMode;person;citrixId;address;errors;warnings');
      assert.equal(lines.length, outcome.rows + 1);
      assert.ok(
        lines.includes('Laskutus Oy;laskutus.nova-mail.json;defined;;;laskutus@laskutus-oy.fi;0;0'),
        lines.join('\n'),
      );
    } finally {
      await restore();
    }
  });

  it('says why, and writes nothing, where the file cannot be written (a folder)', async () => {
    const outcome = await exportReport(workspaceUri('.vscode'), 'csv');
    assert.ok(outcome && !outcome.written, JSON.stringify(outcome));
    assert.match(outcome.reason, /^The report was not written to \.vscode: /);
    assert.ok(fs.statSync(workspaceUri('.vscode').fsPath).isDirectory());
  });
});
