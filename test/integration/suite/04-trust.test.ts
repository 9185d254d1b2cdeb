import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  code,
  novaMailApi,
  openChecked,
  ours,
  waitFor,
  waitForDiagnostics,
} from '../helpers';

const EMPTY_EMAIL = `{
  "smtp": { "server": "smtp.visma.local", "port": 25, "ssl": false },
  "deliveryReceipt": true,
  "sender": { "mode": "personRegister" },
  "persons": [
    {
      "name": "Teppo Testaaja",
      "roles": ["Sähköpostilähettäjä"],
      "email": {}
    }
  ]
}
`;

/** A half-typed file: a real password, the trusted-sender address as server, port 587, no end. */
const HALF_TYPED = `{
  "smtp": { "server": "smtp.od.visma.fi", "port": 587, "ssl": false },
  "sender": { "mode": "personRegister" },
  "persons": [
    { "name": "Teppo", "roles": ["Sähköpostilähettäjä"],
      "email": { "username": "999999teptes", "address": "teppo@esimerkki.fi", "smtpPassword": "Kesä2026!",
`;

describe('what the editor must never do (regressions)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('Fix all on a person whose e-mail object is empty writes valid JSON, with both placeholders', async () => {
    const [editor] = await openChecked('tyhja.nova-mail.json', EMPTY_EMAIL);
    const [fixAll] =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.novaMail',
      )) ?? [];
    assert.ok(fixAll?.edit && (await vscode.workspace.applyEdit(fixAll.edit)));
    const fixed = JSON.parse(editor.document.getText());
    assert.deepEqual(fixed.persons[0].email, { smtpUsername: 'xxx', smtpPassword: 'xxx' });
  });

  it('checks a file that does not parse: a real password is still an error, and the status is not OK', async () => {
    const [editor, diagnostics] = await openChecked('puolikas.nova-mail.json', HALF_TYPED);
    assert.deepEqual(diagnostics.map(code).sort(), ['real-password', 'smtp-port', 'smtp-server']);
    assert.equal(
      diagnostics.find((d) => code(d) === 'real-password')?.severity,
      vscode.DiagnosticSeverity.Error,
    );
    const api = await novaMailApi();
    assert.notEqual(api.statusText(), 'nova-mail: OK');
    for (const text of ['', '// a comment\n{}']) {
      await editor.edit((edit) =>
        edit.replace(
          new vscode.Range(
            editor.document.positionAt(0),
            editor.document.positionAt(editor.document.getText().length),
          ),
          text,
        ),
      );
      await api.whenChecked(editor.document);
      assert.match(api.statusText(), /^nova-mail: \d+ problems?$/, JSON.stringify(text));
    }
  });

  it('checks only files and new files: not the other side of a diff (a document of another scheme)', async () => {
    const scheme = 'nova-mail-test';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, {
      provideTextDocumentContent: () => HALF_TYPED,
    });
    try {
      const other = await vscode.workspace.openTextDocument(
        vscode.Uri.parse(`${scheme}:/diff/broken.nova-mail.json`),
      );
      await vscode.window.showTextDocument(other);
      // Opened (and so checked, were it checked) before this file of ours:
      await openChecked('broken.nova-mail.json');
      assert.deepEqual(ours(other.uri), []);
    } finally {
      provider.dispose();
    }
  });

  it('knows its files whatever the letter case: diagnostics and the schema for ACME.Nova-Mail.JSON', async () => {
    const [editor, diagnostics] = await openChecked(
      'ACME.Nova-Mail.JSON',
      '{"smtp": {"server": "smtp.visma.local", "port": 587, "ssl": false}, "sender": {"mode": "personRegister"}, "colour": "blue"}',
    );
    assert.ok(diagnostics.map(code).includes('smtp-port'));
    await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(editor.document.uri)
          .some((d) => d.source !== 'nova-mail' && /colour/.test(d.message))
          ? true
          : undefined,
      (listener) => vscode.languages.onDidChangeDiagnostics(listener),
      'the schema (from VS Code JSON) to flag "colour"',
      30_000,
    );
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'still ours');
  });
});
