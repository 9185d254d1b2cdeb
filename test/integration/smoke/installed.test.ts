import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, openChecked, screenshot } from '../helpers';

describe('the installed .vsix', () => {
  it('is the copy from the extensions folder, not the development folder', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'nova-mail is installed');
    const expected = process.env.NOVA_MAIL_EXPECT_EXTENSIONS_DIR;
    assert.ok(expected, 'the launcher names the extensions folder');
    assert.ok(extension.extensionPath.startsWith(expected), extension.extensionPath);
    assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'src')), 'no sources shipped');
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'nodemailer.js')));
  });

  it('checks the broken example and offers its fixes', async () => {
    const [editor, diagnostics] = await openChecked('broken.nova-mail.json');
    assert.ok(diagnostics.map(code).includes('real-password'));
    const port = diagnostics.find((d) => code(d) === 'smtp-port');
    assert.ok(port);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      port.range,
    );
    assert.ok(actions?.some((a) => a.title === 'Set the port to 25'));
    await screenshot('installed-vsix');
  });

  it('writes a new configuration with zero problems', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('novaMail.newConfiguration', {
      mode: 'personRegister',
      company: 'Savusauna Oy',
      person: { name: 'Sauli Savu', citrixId: '123456saasav', address: 'sauli@savusauna.fi' },
    });
    assert.ok(uri);
    assert.equal(
      path.basename(uri.fsPath),
      'savusauna-oy.nova-mail.json',
      'nova-mail.json exists, so the company name is used',
    );
    const [, diagnostics] = await openChecked(path.basename(uri.fsPath));
    assert.deepEqual(diagnostics, []);
  });
});
