import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CheckOutcome } from '../../../src/core';
import type { ConfigurationNode } from '../../../src/extension/view/configurations-view';
import type { SendCommandOutcome } from '../../../src/extension/commands/send';
import { startMailbox, type Mailbox } from '../../../scripts/servers/smtp';
import {
  closeAllEditors,
  fixAllOnSave,
  drive,
  novaMailApi,
  openFile,
  QUICK_INPUT,
  retry,
  screenshot,
  testing,
  waitForDiagnostics,
  withSettings,
  workspaceUri,
} from '../helpers';

const USER = 'laskutus@kuusi.fi';
const PASSWORD = 'abcd efgh ijkl mnop'; // an app password's shape
const FILE = 'oma.nova-mail.json';
/** Where the sends go (novaMail.testSend.server): each saved password is bound to this host. */
const HOST = '127.0.0.1';

/** A Gmail configuration as "profile": "ownServer" has it: the login in the file, no password. */
function ownServerFile(password = 'xxx', smtp: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      company: 'Kuusi Oy',
      profile: 'ownServer',
      smtp: { server: 'smtp.gmail.com', port: 587, ssl: true, authentication: 'appPassword', ...smtp },
      deliveryReceipt: false,
      sender: { mode: 'defined', address: USER, name: 'Kuusi Oy laskutus', username: USER, password },
    },
    null,
    2,
  );
}

function why(outcome: SendCommandOutcome): string {
  if (!outcome) return 'no outcome (stopped)';
  if (outcome.ok) return 'ok';
  return 'failure' in outcome
    ? `${outcome.failure.message} ${outcome.failure.hint}`
    : outcome.refused.message;
}

describe('An own mail server: the password in SecretStorage, TLS and AUTH against a loopback server', () => {
  let mailbox: Mailbox;
  let restore: () => Promise<void>;
  let restoreCa: () => Promise<void>;
  before(async () => {
    mailbox = await startMailbox({ user: USER, password: PASSWORD });
    fs.writeFileSync(workspaceUri('test-ca.pem').fsPath, mailbox.cert);
    restore = await withSettings({ 'testSend.server': `127.0.0.1:${mailbox.port}` });
    // A user setting: a workspace may not make a certificate trusted (see the test below).
    restoreCa = await withSettings(
      { 'testSend.caFile': workspaceUri('test-ca.pem').fsPath },
      'novaMail',
      'user',
    );
  });
  after(async () => {
    await restoreCa();
    await restore();
    await mailbox.close();
    await closeAllEditors();
    for (const name of [FILE, 'test-ca.pem']) fs.rmSync(workspaceUri(name).fsPath, { force: true });
  });

  it('sends over STARTTLS, logged in with the password from the secret storage', async () => {
    const editor = await openFile(FILE, ownServerFile());
    await (await testing()).storeSmtpPassword(editor.document.uri, USER, HOST, PASSWORD);
    const outcome = await (await testing()).sendTestEmail({ to: 'vastaanottaja@example.test' });
    assert.ok(outcome?.ok, why(outcome));
    assert.deepEqual(mailbox.logins, [USER]);
    assert.equal(mailbox.received.at(-1)?.secure, true);
    assert.ok(!editor.document.getText().includes(PASSWORD), 'the file never holds it');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('own-server-send-result', '.notifications-center .notification-list-item');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('asks for the password at the first send (never shown), and saves it once the server took it', async () => {
    const { document } = await openFile(FILE, ownServerFile());
    await vscode.commands.executeCommand('novaMail.forgetSmtpPassword', document.uri);
    assert.equal(await (await testing()).smtpPassword(document.uri, USER, HOST), undefined);
    const sending = (await testing()).sendTestEmail({ to: 'vastaanottaja@example.test' });
    await drive(
      { waitFor: QUICK_INPUT },
      { text: `Password for ${USER}` },
      { type: PASSWORD },
      { press: 'Enter' },
    );
    const outcome = await sending;
    assert.ok(outcome?.ok, why(outcome));
    assert.equal(await (await testing()).smtpPassword(document.uri, USER, HOST), PASSWORD);
    // Not "from the secret storage": none was saved when it was sent (regression).
    const log = (await novaMailApi()).outputLines().join('\n');
    assert.match(
      log,
      /Login: laskutus@kuusi\.fi \(the password just typed; saved once the server takes it\)/,
    );
  });

  it('never sends a saved password to another host: it asks again, naming the host the send goes to', async () => {
    const { document } = await openFile(FILE, ownServerFile());
    await vscode.commands.executeCommand('novaMail.forgetSmtpPassword', document.uri);
    // Saved for the file's own server; the send goes to the override, 127.0.0.1.
    await (await testing()).storeSmtpPassword(document.uri, USER, 'smtp.gmail.com', PASSWORD);
    const logins = mailbox.logins.length;
    const sending = (await testing()).sendTestEmail({ to: 'vastaanottaja@example.test' });
    await drive(
      { waitFor: QUICK_INPUT },
      { text: `Password for ${USER} at 127.0.0.1:${mailbox.port}` },
      { press: 'Escape' },
    );
    assert.equal(await sending, undefined, 'stopped: no password for this host');
    assert.equal(mailbox.logins.length, logins, 'nothing was sent to it');
  });

  it('SSL off with a login: asks before the password goes unencrypted, and sends nothing unless told', async () => {
    // VS Code answers a modal dialog with "cancel" while extension tests run: the refusal path.
    const { document } = await openFile(FILE, ownServerFile('xxx', { ssl: false }));
    await (await testing()).storeSmtpPassword(document.uri, USER, HOST, PASSWORD);
    const logins = mailbox.logins.length;
    const outcome = await (
      await testing()
    ).sendTestEmail({
      to: 'vastaanottaja@example.test',
      sendAnyway: true,
    });
    assert.equal(outcome, undefined);
    assert.equal(mailbox.logins.length, logins);
    assert.equal(
      (await novaMailApi()).outputLines().at(-1),
      'Stopped: the password was not to go unencrypted.',
    );
  });

  it('a typed password is not saved when the server never took it (a TLS failure)', async () => {
    // Port 465 with SSL on is TLS from the first byte, and this server starts in plain text.
    const { document } = await openFile(FILE, ownServerFile('xxx', { port: 465 }));
    await vscode.commands.executeCommand('novaMail.forgetSmtpPassword', document.uri);
    const sending = (await testing()).sendTestEmail({ to: 'vastaanottaja@example.test', sendAnyway: true });
    await drive(
      { waitFor: QUICK_INPUT },
      { text: `Password for ${USER}` },
      { type: PASSWORD },
      { press: 'Enter' },
    );
    const outcome = await sending;
    assert.ok(outcome && !outcome.ok && 'failure' in outcome && outcome.failure.kind === 'tls', why(outcome));
    assert.equal(await (await testing()).smtpPassword(document.uri, USER, HOST), undefined);
  });

  it('a workspace cannot name a CA file to trust (novaMail.testSend.caFile is a user setting)', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.workspace
          .getConfiguration('novaMail')
          .update('testSend.caFile', '/tmp/evil-ca.pem', vscode.ConfigurationTarget.Workspace),
      ),
    );
  });

  it('a saved password the server refuses is forgotten, and the refusal explained (535 5.7.8)', async () => {
    const { document } = await openFile(FILE, ownServerFile());
    await (await testing()).storeSmtpPassword(document.uri, USER, HOST, 'the account password');
    const outcome = await (await testing()).sendTestEmail({ to: 'vastaanottaja@example.test' });
    assert.ok(outcome && !outcome.ok && 'failure' in outcome, why(outcome));
    assert.equal(outcome.failure.kind, 'auth');
    assert.deepEqual(outcome.failure.explained, { id: 'reply.5.7.8', status: '5.7.8' });
    assert.equal(await (await testing()).smtpPassword(document.uri, USER, HOST), undefined);
    // The Nova Mail view's last result carries the explanation's id, never the server's words.
    const node = await retry(
      () => vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel'),
      (nodes) => nodes.some((n) => n.file.endsWith(FILE) && n.lastSend?.ok === false),
      'the last send in the view',
    ).then((nodes) => nodes.find((n) => n.file.endsWith(FILE)));
    assert.deepEqual(node?.lastSend?.explained, { id: 'reply.5.7.8', status: '5.7.8' });
    // Its words are the desktop entry's to give (the web entry leaves the table of replies out).
    assert.match(
      (node && (await testing()).viewTooltip(node)) ?? '',
      /\n5\.7\.8: Google did not accept the username and password\./,
    );
  });

  it('checks the connection as it sends: STARTTLS, the certificate verified against novaMail.testSend.caFile', async () => {
    const { document } = await openFile(FILE, ownServerFile());
    const outcome = await vscode.commands.executeCommand<CheckOutcome>(
      'novaMail.checkConnection',
      document.uri,
    );
    assert.ok(outcome?.ok, outcome && !outcome.ok ? outcome.failure.message : 'no outcome');
    // What the server offers after STARTTLS (the login among it), not the list from before.
    assert.ok(
      outcome.report.capabilities.some((keyword) => keyword.startsWith('AUTH')),
      outcome.report.capabilities.join(', '),
    );
  });

  it('Fix all on save moves an own server password to the secret storage too, never drops it (regression)', async () => {
    const editor = await openFile(FILE, ownServerFile('Oikea-Salasana-2'));
    const { uri } = editor.document;
    await vscode.commands.executeCommand('novaMail.forgetSmtpPassword', uri);
    await waitForDiagnostics(uri, (all) => all.some((d) => JSON.stringify(d.code).includes('real-password')));
    const restoreSave = await fixAllOnSave();
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 1), ' '));
      await vscode.commands.executeCommand('workbench.action.files.save');
      // For the server the file names (smtp.gmail.com), not the override's host: see the test below.
      await retry(
        async () => (await testing()).smtpPassword(uri, USER, 'smtp.gmail.com'),
        (saved) => saved === 'Oikea-Salasana-2',
        'the password in the secret storage',
      );
      assert.ok(!editor.document.getText().includes('Oikea-Salasana-2'));
    } finally {
      await restoreSave();
    }
  });

  it('moves a real password out of the file into the secret storage with a quick fix', async () => {
    const editor = await openFile(FILE, ownServerFile('Oikea-Salasana-1'));
    const { uri } = editor.document;
    const isRealPassword = (d: vscode.Diagnostic) => JSON.stringify(d.code).includes('real-password');
    const problem = (await waitForDiagnostics(uri, (all) => all.some(isRealPassword))).find(isRealPassword);
    assert.ok(problem);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      problem.range,
    );
    const move = actions.find((action) => action.command?.command === 'novaMail.movePasswordToSecretStorage');
    assert.ok(move?.edit && move.command, actions.map((action) => action.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));
    assert.ok(!editor.document.getText().includes('Oikea-Salasana-1'));
    assert.match(editor.document.getText(), /"password": "xxx"/);
    // Kept for the server the file names, not for the override's host (a helper's finding: the
    // override got it, and a workspace's override would have sent it elsewhere without asking).
    assert.equal(await (await testing()).smtpPassword(uri, USER, 'smtp.gmail.com'), 'Oikea-Salasana-1');
    assert.notEqual(await (await testing()).smtpPassword(uri, USER, HOST), 'Oikea-Salasana-1');
    await editor.document.save();
  });
});
