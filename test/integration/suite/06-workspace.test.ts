import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ConfigurationNode } from '../../../src/extension/view/configurations-view';
import type { DeliverabilityAllOutcome } from '../../../src/extension/commands/deliverability';
import { startDnsServer } from '../../../scripts/servers/dns';
import { RELAY, ZONE } from '../../dns/zones';
import { startCatcher } from '../../../scripts/servers/smtp';
import { CLIENT_FILES, clientText } from '../clients';
import {
  closeAllEditors,
  code,
  novaMailApi,
  ours,
  retry,
  screenshot,
  testing,
  waitFor,
  waitForDiagnostics,
  withSettings,
  workspaceRoot,
  workspaceUri,
} from '../helpers';

function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(code).sort();
}

/** What every generated client file shows now, against what it must show. */
function mismatches(): string[] {
  return CLIENT_FILES.filter(
    (client) => JSON.stringify(rules(workspaceUri(client.path))) !== JSON.stringify(client.expected),
  ).map((client) => `${client.path}: ${JSON.stringify(rules(workspaceUri(client.path)))}`);
}

function untilEveryClientIsRight(what: string): Promise<true> {
  return waitFor(
    () => (mismatches().length === 0 ? true : undefined),
    (listener) => vscode.languages.onDidChangeDiagnostics(listener),
    what,
    30_000,
    () => mismatches().slice(0, 5).join('; '),
  );
}

describe('the whole workspace (novaMail.scope: workspace)', () => {
  after(closeAllEditors);

  it('shows the problems of every client file without opening any, and none for excluded folders', async () => {
    await (await novaMailApi()).whenScanned();
    await untilEveryClientIsRight('the problems of all 60 client files');
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const broken = CLIENT_FILES.filter((client) => client.expected.length > 0);
    assert.equal(broken.length, 12);
    assert.ok(broken.every((client) => !open.has(workspaceUri(client.path).toString())));
    assert.deepEqual(rules(workspaceUri('clients/alue/etela/asiakas-90.nova-mail.json')), ['real-password']);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('workspace-problems', '.markers-panel', '.nova-mail.json');
  });

  it('follows the disk: a write updates the problems, a new file gets its own, a delete or rename takes them along', async () => {
    const fixed = workspaceUri('clients/asiakas-05.nova-mail.json');
    const created = workspaceUri('clients/uusi-asiakas.nova-mail.json');
    const renamed = workspaceUri('clients/uusi-nimi.nova-mail.json');
    try {
      fs.writeFileSync(fixed.fsPath, clientText('Asiakas 6 Oy'));
      await waitForDiagnostics(fixed, (d) => d.length === 0, 'the fixed file clean');
      fs.writeFileSync(created.fsPath, clientText('Uusi Oy', 'port'));
      await waitForDiagnostics(created, (d) => d.map(code).join() === 'smtp-port', 'the new file checked');
      fs.renameSync(created.fsPath, renamed.fsPath);
      await waitForDiagnostics(renamed, (d) => d.map(code).join() === 'smtp-port', 'the new name checked');
      await waitForDiagnostics(created, (d) => d.length === 0, 'nothing left on the old name');
      fs.rmSync(renamed.fsPath);
      await waitForDiagnostics(renamed, (d) => d.length === 0, 'nothing left once deleted');
    } finally {
      fs.rmSync(created.fsPath, { force: true });
      fs.rmSync(renamed.fsPath, { force: true });
      fs.writeFileSync(fixed.fsPath, clientText('Asiakas 6 Oy', 'password'));
    }
    await untilEveryClientIsRight('every client file as generated again');
  });

  it('checks the files of a folder moved in whole, and drops them when it moves out (regression: the watcher names the folder only)', async () => {
    // On Linux VS Code's watcher reports a folder moved (or copied fast) into the workspace, not the
    // files in it; and a folder moved out or deleted, not its files.
    const outside = fs.mkdtempSync(path.join(path.dirname(workspaceRoot()), 'kopio-'));
    const inside = workspaceUri('clients/siirretty');
    const top = vscode.Uri.joinPath(inside, 'siirretty.nova-mail.json');
    const nested = vscode.Uri.joinPath(inside, 'alue/syva.nova-mail.json');
    const moved = path.join(outside, 'siirretty');
    fs.mkdirSync(path.join(moved, 'alue'), { recursive: true });
    fs.writeFileSync(path.join(moved, 'siirretty.nova-mail.json'), clientText('Siirretty Oy', 'port'));
    fs.writeFileSync(path.join(moved, 'alue/syva.nova-mail.json'), clientText('Syvä Oy', 'port'));
    try {
      fs.renameSync(moved, inside.fsPath);
      for (const uri of [top, nested])
        await waitForDiagnostics(uri, (d) => d.map(code).join() === 'smtp-port', 'the moved-in file checked');
      fs.renameSync(inside.fsPath, moved);
      for (const uri of [top, nested])
        await waitForDiagnostics(uri, (d) => d.length === 0, 'nothing left once moved out');
      fs.renameSync(moved, inside.fsPath);
      await waitForDiagnostics(nested, (d) => d.length > 0, 'the file moved in again checked');
      fs.rmSync(inside.fsPath, { recursive: true });
      for (const uri of [top, nested])
        await waitForDiagnostics(uri, (d) => d.length === 0, 'nothing left once its folder is deleted');
    } finally {
      fs.rmSync(inside.fsPath, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('the view lists a clean file created on disk, and drops it once deleted (regression)', async () => {
    const uri = workspaceUri('clients/puhdas.nova-mail.json');
    const listed = async () =>
      (await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel')).some(
        (node) => node.file === 'clients/puhdas.nova-mail.json',
      );
    await listed(); // the model is built before the file exists
    fs.writeFileSync(uri.fsPath, clientText('Puhdas Oy'));
    try {
      await retry(listed, (yes) => yes, 'the new clean file in the view');
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
    await retry(listed, (yes) => !yes, 'the deleted clean file gone from the view');
  });

  it('a configuration that cannot be read (a link to itself) gets one problem saying so, gone with the file', async () => {
    const uri = workspaceUri('clients/silmukka.nova-mail.json');
    fs.symlinkSync(uri.fsPath, uri.fsPath);
    try {
      const [problem] = await waitForDiagnostics(
        uri,
        (d) => d.length > 0,
        'the problem of the unreadable file',
      );
      assert.equal(problem.message, 'Not checked: the file cannot be read (too many symbolic links).');
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], [0, 0]);
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no problem once the link is deleted');
  });

  it('a link to a file that does not exist gets the same one problem as in the CLI (regression: silent)', async () => {
    const uri = workspaceUri('clients/katkennut.nova-mail.json');
    fs.symlinkSync(workspaceUri('clients/poissa.json').fsPath, uri.fsPath);
    try {
      const [problem] = await waitForDiagnostics(
        uri,
        (d) => d.length > 0,
        'the problem of the dangling link',
      );
      assert.equal(
        problem.message,
        'Not checked: the file cannot be read (a symbolic link to a file that does not exist).',
      );
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no problem once the link is deleted');
  });

  it("an editor's unsaved text wins over the disk, and the disk counts again once it is closed unsaved", async () => {
    const uri = workspaceUri('clients/asiakas-01.nova-mail.json');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const offset = text.indexOf('"port": 25') + '"port": '.length;
    await editor.edit((edit) =>
      edit.replace(
        new vscode.Range(editor.document.positionAt(offset), editor.document.positionAt(offset + 2)),
        '587',
      ),
    );
    await waitForDiagnostics(uri, (d) => d.map(code).join() === 'smtp-port', "the editor's problem");
    fs.writeFileSync(uri.fsPath, clientText('Asiakas 2 Oy', 'password'));
    try {
      // The write is seen (the watcher fires) yet the editor's text stays the one checked.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(rules(uri), ['smtp-port'], 'the unsaved text counts, not the disk');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitForDiagnostics(
        uri,
        (d) => d.map(code).join() === 'real-password',
        "the disk's problem after close",
      );
    } finally {
      fs.writeFileSync(uri.fsPath, text);
    }
    await waitForDiagnostics(uri, (d) => d.length === 0, 'clean again');
  });

  it('with novaMail.scope: openFiles, unopened files have no problems; back to workspace, they have them again', async () => {
    const restore = await withSettings({ scope: 'openFiles' });
    try {
      await (await novaMailApi()).whenScanned();
      const broken = CLIENT_FILES.filter((client) => client.expected.length > 0);
      await waitFor(
        () => (broken.every((client) => ours(workspaceUri(client.path)).length === 0) ? true : undefined),
        (listener) => vscode.languages.onDidChangeDiagnostics(listener),
        'no problems for unopened files',
        20_000,
      );
    } finally {
      await restore();
    }
    await (await novaMailApi()).whenScanned();
    await untilEveryClientIsRight('every client file checked again');
  });

  it('a changed rule setting or language reaches the unopened files too (their settings are kept until one changes)', async () => {
    await (await novaMailApi()).whenScanned();
    await untilEveryClientIsRight('every client file checked');
    const file = workspaceUri('clients/alue/etela/asiakas-90.nova-mail.json');
    const english = ours(file)[0]?.message;
    const restore = await withSettings({ language: 'fi', rules: { 'real-password': 'warning' } });
    try {
      await (await novaMailApi()).whenScanned();
      await waitForDiagnostics(
        file,
        (d) =>
          d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning && d[0].message !== english,
        'the Finnish warning of an unopened file',
      );
      assert.match(ours(file)[0].message, /älä tallenna/);
    } finally {
      await restore();
    }
    await (await novaMailApi()).whenScanned();
    await waitForDiagnostics(
      file,
      (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error && d[0].message === english,
      'the English error again',
    );
  });

  it('novaMail.maxFiles: checks the first files only', async () => {
    const restore = await withSettings({ maxFiles: 10 });
    try {
      await (await novaMailApi()).whenScanned();
      const late = workspaceUri('clients/asiakas-50.nova-mail.json');
      await waitForDiagnostics(late, (d) => d.length === 0, 'a file past the first 10 left out');
      const withProblems = CLIENT_FILES.filter((client) => ours(workspaceUri(client.path)).length > 0);
      assert.ok(withProblems.length <= 10, `${withProblems.length} files have problems`);
      // A file created past the limit is not checked either (regression: each new file was). The
      // clean rewrite of a checked file, after it, says when the watcher's news has been heard.
      const created = workspaceUri('clients/yli-rajan.nova-mail.json');
      const checked = workspaceUri(withProblems[0].path);
      const before = fs.readFileSync(checked.fsPath);
      try {
        fs.writeFileSync(created.fsPath, clientText('Yli Rajan Oy', 'port'));
        fs.writeFileSync(checked.fsPath, clientText('Siisti Oy'));
        await waitForDiagnostics(checked, (d) => d.length === 0, 'the checked file clean');
        assert.deepEqual(rules(created), []);
      } finally {
        fs.rmSync(created.fsPath, { force: true });
        fs.writeFileSync(checked.fsPath, before);
      }
    } finally {
      await restore();
    }
    await (await novaMailApi()).whenScanned();
    await untilEveryClientIsRight('every client file checked again');
  });

  it('the Nova Mail view lists every company with its sender mode, persons and counts; a node reveals its place', async () => {
    await (await novaMailApi()).whenScanned();
    await untilEveryClientIsRight('every client file checked');
    const model = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    const byFile = new Map(model.map((node) => [node.file, node]));
    // Every client not excluded, none excluded (other suites add files of their own to the workspace).
    assert.deepEqual(
      CLIENT_FILES.filter((client) => byFile.has(client.path) === client.excluded).map(
        (client) => client.path,
      ),
      [],
    );
    assert.ok(byFile.has('nova-mail.json') && byFile.has('laskutus.nova-mail.json'));
    const client = byFile.get('clients/asiakas-05.nova-mail.json');
    assert.deepEqual(
      client && [client.label, client.senderMode, client.persons, client.errors, client.warnings],
      ['Asiakas 6 Oy', 'personRegister', 1, 1, 0],
    );
    assert.deepEqual(
      client?.children.map((child) => [child.kind, child.label, child.citrixId, child.address, child.ok]),
      [['person', 'Asta Asiakas', '123456asiasi', 'asta.asiakas@esimerkki.fi', true]],
    );
    const port = byFile.get('clients/asiakas-10.nova-mail.json');
    assert.deepEqual(port && [port.errors, port.warnings], [0, 1]);
    const broken = byFile.get('broken.nova-mail.json');
    assert.ok(
      broken && broken.errors > 0 && broken.children.some((child) => !child.ok),
      JSON.stringify(broken),
    );

    const person = broken.children.find((child) => !child.ok);
    await vscode.commands.executeCommand('novaMail.revealInFile', person);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), broken.uri);
    assert.equal(editor.document.offsetAt(editor.selection.active), person?.offset);

    // The context menu passes the node itself to a command: the entry sheet of a clean client.
    const clean = byFile.get('clients/asiakas-01.nova-mail.json');
    const sheet = await vscode.commands.executeCommand<{ shown: boolean; markdown?: string }>(
      'novaMail.showEntrySheet',
      clean,
    );
    assert.ok(
      sheet.shown && sheet.markdown?.includes('# Nova entry sheet: Asiakas 2 Oy'),
      JSON.stringify(sheet),
    );

    await closeAllEditors();
    await vscode.commands.executeCommand('novaMail.configurations.focus');
    await screenshot('nova-mail-view', undefined, 'Asiakas 6 Oy');
  });

  it('two files of one company say their file first in the view, so that they can be told apart (regression)', async () => {
    const copy = workspaceUri('laskutus-kopio.nova-mail.json');
    fs.writeFileSync(copy.fsPath, fs.readFileSync(workspaceUri('laskutus.nova-mail.json').fsPath));
    try {
      const model = await retry(
        () => vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel'),
        (nodes) => nodes.some((node) => node.file === 'laskutus-kopio.nova-mail.json'),
        'the copy in the view',
      );
      const count = (label: string) => model.filter((node) => node.label === label).length;
      const shared = model.filter((node) => node.label === 'Laskutus Oy');
      assert.ok(
        shared.length >= 2 && shared.every((node) => node.sharedLabel === true),
        JSON.stringify(shared),
      );
      assert.ok(
        model.every((node) => count(node.label) > 1 === (node.sharedLabel === true)),
        'a label of its own says no file',
      );
    } finally {
      fs.rmSync(copy.fsPath, { force: true });
    }
  });

  it("the view shows a file's last test send (a loopback server), and keeps no address or reply", async () => {
    const catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
    const restore = await withSettings({ 'testSend.server': `127.0.0.1:${catcher.port}` });
    const uri = workspaceUri('clients/asiakas-02.nova-mail.json');
    try {
      const outcome = await (await testing()).sendTestEmail({ uri, to: 'vastaanottaja@example.test' });
      assert.ok(outcome?.ok, JSON.stringify(outcome));
    } finally {
      await restore();
      await catcher.close();
    }
    const model = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    const client = model.find((candidate) => candidate.file === 'clients/asiakas-02.nova-mail.json');
    assert.equal(client?.lastSend?.ok, true, JSON.stringify(client));
    assert.doesNotMatch(JSON.stringify(client.lastSend), /example\.test|250/);
  });

  it('checks the deliverability of every configuration at once, unopened files included, each domain asked once', async () => {
    const dns = await startDnsServer(ZONE);
    const restore = await withSettings({
      'deliverability.relay': RELAY,
      'deliverability.dnsServer': dns.address,
    });
    let outcome: DeliverabilityAllOutcome;
    try {
      outcome = await vscode.commands.executeCommand<DeliverabilityAllOutcome>(
        'novaMail.checkDeliverabilityAll',
      );
    } finally {
      await restore();
      await dns.close();
    }
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const listed = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    assert.equal(outcome.files, listed.length, 'every configuration the view lists');
    assert.ok(outcome.domains.includes('esimerkki.fi'), outcome.domains.join(' '));
    // A client file no editor has opened, two folders down: its address's domain does not exist.
    const nested = 'clients/alue/etela/asiakas-90.nova-mail.json';
    const text = fs.readFileSync(workspaceUri(nested).fsPath, 'utf8');
    const found = vscode.languages
      .getDiagnostics(workspaceUri(nested))
      .filter((diagnostic) => diagnostic.source === 'nova-mail (DNS)');
    assert.deepEqual(found.map(code), ['domain-not-found']);
    const offset = text.indexOf('"asta.asiakas@esimerkki.fi"');
    assert.equal(found[0].range.start.line, text.slice(0, offset).split('\n').length - 1);
    assert.equal(found[0].range.start.character, offset - (text.lastIndexOf('\n', offset) + 1));
    // Each question about the clients' shared domain was asked once, for all the files.
    const esimerkki = dns.queries.filter((query) => query.endsWith(' esimerkki.fi'));
    assert.ok(esimerkki.length > 0);
    assert.deepEqual(esimerkki, [...new Set(esimerkki)]);
    // The view shows each file's result: whether it passed, how many problems, when; no address.
    const node = listed.find((candidate) => candidate.file === nested);
    assert.deepEqual(Object.keys(node?.lastDeliverability ?? {}).sort(), ['at', 'ok', 'problems']);
    assert.equal(node?.lastDeliverability?.ok, false);
    assert.equal(node?.lastDeliverability?.problems, 1);
  });
});
