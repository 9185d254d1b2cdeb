import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  code,
  EXTENSION_ID,
  openFile,
  retry,
  screenshot,
  waitForDiagnostics,
} from '../helpers';

describe('the extension in a real VS Code', () => {
  after(closeAllEditors);

  it('is activated by VS Code itself (nobody calls activate()) and checks an opened file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the development folder`);
    const editor = await openFile('broken.nova-mail.json');
    assert.equal(editor.document.languageId, 'json');
    await waitForDiagnostics(
      editor.document.uri,
      (d) => d.length > 0,
      'diagnostics, with no activate() called here',
    );
    assert.equal(extension.isActive, true);
    const loaded = Object.keys(require.cache).filter((file) =>
      /nodemailer|mailauth|extension-commands/.test(file),
    );
    assert.deepEqual(
      loaded,
      [],
      'nodemailer, mailauth and the desktop commands are not loaded by activation (only to send, to check DNS)',
    );
  });

  it("a desktop command's first call loads the desktop commands and runs (Fix all's move of passwords too)", async () => {
    const commandsLoaded = () =>
      Object.keys(require.cache).some((file) => /extension-commands\.js$/.test(file));
    assert.equal(commandsLoaded(), false, 'loaded before any was called');
    // Fix all runs it after its edit; it is in no menu (regression: forgotten, it was unknown until
    // another desktop command had loaded the rest).
    const uri = vscode.Uri.file('/nonexistent/none.nova-mail.json');
    await vscode.commands.executeCommand('novaMail.movePasswordsToSecretStorage', uri, []);
    assert.equal(commandsLoaded(), true);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['novaMail.sendTestEmail', 'novaMail.checkDeliverability', 'novaMail.explainMail'])
      assert.ok(commands.includes(command), command);
  });

  it('completes smtp.port from the contributed schema, with its Nova label', async () => {
    const editor = await openFile('completion.nova-mail.json', '{\n  "smtp": {\n    \n  }\n}\n');
    const position = new vscode.Position(2, 4);
    const list = await retry(
      () =>
        vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          editor.document.uri,
          position,
        ),
      (result) => result.items.some((item) => label(item) === 'port'),
      'a completion item "port"',
    );
    const port = list.items.find((item) => label(item) === 'port');
    assert.ok(port);
    const labels = list.items.map(label);
    assert.ok(labels.includes('server') && labels.includes('ssl'), labels.join(', '));
    const resolved = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
      undefined,
      10,
    );
    const documentation = resolved.items.find((item) => label(item) === 'port')?.documentation;
    const text = typeof documentation === 'string' ? documentation : (documentation?.value ?? '');
    assert.match(text, /Ohjaustiedot → Portti/);
  });

  it('shows diagnostics for the broken example', async () => {
    const editor = await openFile('broken.nova-mail.json');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    assert.ok(diagnostics.map(code).includes('smtp-port'));
    await screenshot('harness-broken-example');
  });
});

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
