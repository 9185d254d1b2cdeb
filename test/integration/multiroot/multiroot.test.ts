import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ConfigurationNode } from '../../../src/extension/view/configurations-view';
import { code, novaMailApi, ours, waitFor } from '../helpers';

function clientFile(folder: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === folder);
  assert.ok(root, `the workspace folder ${folder}`);
  return vscode.Uri.joinPath(root.uri, 'asiakas.nova-mail.json');
}

describe('a multi-root workspace: each folder with its own nova-mail settings', () => {
  it('checks both folders without opening a file, each with its folder’s rules and language', async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2);
    await (await novaMailApi()).whenScanned();
    const [finnish, english] = [clientFile('kirjanpito'), clientFile('palkat')];
    await waitFor(
      () => (ours(finnish).length > 0 && ours(english).length > 0 ? true : undefined),
      (listener) => vscode.languages.onDidChangeDiagnostics(listener),
      'the problems of both folders',
      30_000,
    );
    // kirjanpito/: smtp-port off, Finnish; palkat/: the defaults.
    assert.deepEqual(ours(finnish).map(code), ['real-password']);
    assert.match(ours(finnish)[0].message, /^Salasana \(SMTP\): älä tallenna tähän oikeaa salasanaa/);
    assert.deepEqual(ours(english).map(code).sort(), ['real-password', 'smtp-port']);
    assert.match(
      ours(english).find((d) => code(d) === 'real-password')?.message ?? '',
      /^Salasana \(SMTP\): never store a real password here/,
    );
  });

  it('the Nova Mail view names each file with its folder, and counts by the folder’s rules', async () => {
    const model = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    assert.deepEqual(
      model.map((node) => [node.file, node.label, node.errors, node.warnings]),
      [
        ['kirjanpito/asiakas.nova-mail.json', 'kirjanpito Oy', 1, 0],
        ['palkat/asiakas.nova-mail.json', 'palkat Oy', 1, 1],
      ],
    );
  });
});
