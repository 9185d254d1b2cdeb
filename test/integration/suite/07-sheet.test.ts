import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { SheetOutcome } from '../../../src/extension/commands/sheet';
import { closeAllEditors, openChecked, screenshot, waitForTab, withSettings, workspaceUri } from '../helpers';

function showSheet(uri: vscode.Uri): Promise<SheetOutcome | undefined> {
  return Promise.resolve(
    vscode.commands.executeCommand<SheetOutcome | undefined>('novaMail.showEntrySheet', uri),
  );
}

describe('Show Nova entry sheet, in VS Code', () => {
  after(closeAllEditors);

  it("opens the file's values in Nova's screen order, with a box per field, in a preview beside it", async () => {
    const [editor] = await openChecked('nova-mail.json');
    const outcome = await showSheet(editor.document.uri);
    assert.ok(outcome?.shown, JSON.stringify(outcome));
    const { markdown } = outcome;
    const order = [
      'Ohjaustiedot',
      'smtp.visma.local',
      'Teppo Testaaja',
      'Henkilöroolit',
      '999999teptes',
      'Sanna Säännöllinen',
    ];
    const positions = order.map((text) => markdown.indexOf(text));
    assert.ok(
      positions.every((position) => position >= 0),
      `${JSON.stringify(positions)}`,
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
      'in the order of Nova’s screens',
    );
    assert.match(markdown, /- \[ \] \*\*Portti\*\* \(Port\): `25`/);
    assert.match(markdown, /Tallenna/);
    const preview = await waitForTab('Nova entry sheet: nova-mail.json');
    assert.ok(preview.input instanceof vscode.TabInputWebview, preview.label);
    // What the preview renders is the document of the report's own read-only scheme.
    assert.equal((await vscode.workspace.openTextDocument(outcome.report)).getText(), markdown);
    await screenshot('entry-sheet', undefined, 'Ohjaustiedot');
  });

  it('refuses, with the reason in the chosen language and no value, while the file has errors', async () => {
    const restore = await withSettings({ language: 'fi' });
    try {
      const outcome = await showSheet(workspaceUri('broken.nova-mail.json'));
      assert.ok(outcome && !outcome.shown, JSON.stringify(outcome));
      assert.match(outcome.reason, /^Syöttölomaketta ei tehdä: tiedostossa on \d+ virhettä/);
      assert.doesNotMatch(outcome.reason, /smtp\.|@/);
    } finally {
      await restore();
    }
  });
});
