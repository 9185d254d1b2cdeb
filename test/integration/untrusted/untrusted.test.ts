import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { code, novaMailApi, openChecked, testing } from '../helpers';

describe('an untrusted workspace (restricted mode)', () => {
  it('is untrusted, and files are still checked', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const [, diagnostics] = await openChecked('broken.nova-mail.json');
    assert.ok(diagnostics.map(code).includes('real-password'));
  });

  it('refuses to send or to connect, saying why', async () => {
    const outcome = await (
      await testing()
    ).sendTestEmail({ to: 'vastaanottaja@example.test', sendAnyway: true });
    assert.equal(outcome, undefined);
    const log = (await novaMailApi()).outputLines();
    assert.equal(
      log.at(-1),
      'Sending test mail needs a trusted workspace; checking the file works without trust.',
    );
    assert.equal(await vscode.commands.executeCommand('novaMail.checkConnection'), undefined);
    assert.equal(
      log.at(-1),
      'Sending test mail needs a trusted workspace; checking the file works without trust.',
    );
  });
});
