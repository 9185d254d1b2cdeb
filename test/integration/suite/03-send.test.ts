import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { CheckOutcome, SendOutcome } from '../../../src/core/send';
import type { SendCommandOutcome } from '../../../src/extension/send-commands';
import { startCatcher, type Catcher } from '../../send/servers';
import { closeAllEditors, openFile, screenshot, withSettings } from '../helpers';

describe('Send test email, inside VS Code, to a loopback smtp-server', () => {
  let catcher: Catcher;
  let restore: () => Promise<void>;
  before(async () => {
    catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
    restore = await withSettings({
      'testSend.server': `127.0.0.1:${catcher.port}`,
      'testSend.confirm': false,
    });
  });
  after(async () => {
    await restore();
    await catcher.close();
    await closeAllEditors();
  });

  it("sends the open file's test message through the server override; the message arrives", async () => {
    const editor = await openFile('laskutus.nova-mail.json');
    const outcome = await vscode.commands.executeCommand<SendOutcome>('novaMail.sendTestEmail', {
      to: 'vastaanottaja@example.test',
    });
    assert.ok(outcome?.ok, outcome && !outcome.ok ? outcome.failure.message : 'no outcome');
    assert.match(outcome.result.serverReply, /^250 /);
    assert.equal(catcher.received.length, 1);
    const mail = catcher.received[0];
    assert.deepEqual(mail.rcptTo, ['vastaanottaja@example.test', 'laskutus@laskutus-oy.fi']);
    assert.deepEqual(mail.parsed.from?.value, [
      { name: 'Laskutus Oy laskutus', address: 'laskutus@laskutus-oy.fi' },
    ]);
    assert.ok(mail.parsed.text?.includes('Yritys / Company: Laskutus Oy'));
    assert.equal(editor.document.isDirty, false);
    // Toasts stay hidden while tests run; the notification centre shows the result message.
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('send-result', '.notifications-center .notification-list-item');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('sends as a chosen person in person-register mode', async () => {
    await openFile('nova-mail.json');
    const outcome = await vscode.commands.executeCommand<SendOutcome>('novaMail.sendTestEmail', {
      to: 'vastaanottaja@example.test',
      person: '999999sansaa',
    });
    assert.ok(outcome?.ok);
    assert.equal(catcher.received.at(-1)?.mailFrom, 'sanna.saannollinen@esimerkki.fi');
  });

  it('refuses a file with a real password, before connecting', async () => {
    const before = catcher.received.length;
    const outcome = await vscode.commands.executeCommand<SendCommandOutcome>('novaMail.sendTestEmail', {
      uri: (await openFile('broken.nova-mail.json')).document.uri,
      to: 'vastaanottaja@example.test',
      sendAnyway: true,
    });
    assert.ok(outcome && 'refused' in outcome, 'refused, not cancelled or sent');
    assert.equal(outcome.refused.kind, 'real-credentials');
    assert.ok(!outcome.refused.message.includes('Kesä2026'), 'the password is not repeated');
    assert.equal(catcher.received.length, before);
  });

  it('checks the SMTP connection without sending anything', async () => {
    await openFile('laskutus.nova-mail.json');
    const before = catcher.received.length;
    const outcome = await vscode.commands.executeCommand<CheckOutcome>('novaMail.checkConnection');
    assert.ok(outcome?.ok, outcome && !outcome.ok ? outcome.failure.message : 'no outcome');
    assert.match(outcome.report.greeting, /^220 /);
    assert.ok(outcome.report.capabilities.includes('PIPELINING'), outcome.report.capabilities.join(', '));
    assert.equal(catcher.received.length, before);
  });

  it('loads nodemailer only to send, from its own file', async () => {
    const extension = vscode.extensions.getExtension('nova-mail.nova-mail');
    assert.ok(extension);
    const loaded = Object.keys(require.cache).filter((file) => file.startsWith(extension.extensionPath));
    assert.ok(
      loaded.some((file) => file.endsWith('/dist/nodemailer.js')),
      'loaded by now, after sending',
    );
    assert.ok(!loaded.some((file) => file.includes('/node_modules/nodemailer/')), 'never from node_modules');
  });
});
