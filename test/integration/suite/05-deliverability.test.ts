import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Explanation } from '../../../src/core';
import type { DeliverabilityOutcome } from '../../../src/extension/commands/deliverability';
import type { ConfigurationNode } from '../../../src/extension/view/configurations-view';
import { dkimZone, receivedMessage, signingKey } from '../../dns/messages';
import { startDnsServer, type DnsServer } from '../../../scripts/servers/dns';
import { configSendingFrom, RELAY, RELAY_IP, ROWS, ZONE } from '../../dns/zones';
import {
  closeAllEditors,
  code,
  novaMailApi,
  openChecked,
  screenshot,
  testing,
  waitFor,
  waitForTab,
  withSettings,
  workspaceUri,
} from '../helpers';

const SOURCE = 'nova-mail (DNS)';
const ADDRESSES = [ROWS.passA, ROWS.failReject, ROWS.nospf, ROWS.notFound];

function dnsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** A report the extension opened beside `source` (a read-only document of its own scheme), by its title. */
function reportDocument(title: string, source: vscode.Uri): Thenable<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(
    vscode.Uri.from({ scheme: 'nova-mail-report', path: `/${title}.md`, query: source.toString() }),
  );
}

/** Where the JSON string of an address stands in the document. */
function rangeOfAddress(document: vscode.TextDocument, address: string): vscode.Range {
  const offset = document.getText().indexOf(JSON.stringify(address));
  assert.ok(offset >= 0, address);
  return new vscode.Range(
    document.positionAt(offset),
    document.positionAt(offset + JSON.stringify(address).length),
  );
}

describe('Check deliverability and Explain received mail, in VS Code, against a DNS server on 127.0.0.1', () => {
  let dns: DnsServer;
  let restore: () => Promise<void>;
  before(async () => {
    const key = signingKey();
    dns = await startDnsServer({ ...ZONE, ...dkimZone(key, ['pass-a.test']) });
    fs.writeFileSync(
      workspaceUri('received-good.eml').fsPath,
      await receivedMessage({
        from: ROWS.passA,
        key,
        // An invoice to Netvisor's scanning address (issue 26): the report judges it by the service's rules.
        to: '12345678@scan.netvisor.fi',
        attachments: [{ filename: 'Lasku 1001.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') }],
        authenticationResults:
          'mx.recipient.test; spf=pass smtp.mailfrom=laskut@pass-a.test; dkim=pass header.d=pass-a.test; dmarc=pass header.from=pass-a.test',
      }),
    );
    restore = await withSettings({ 'deliverability.relay': RELAY, 'deliverability.dnsServer': dns.address });
  });
  after(async () => {
    await restore();
    await dns.close();
    await closeAllEditors();
  });

  it('asks DNS nothing at activation or while typing; on command, puts each result on its address', async () => {
    const [editor] = await openChecked('clients.nova-mail.json', configSendingFrom(ADDRESSES));
    const { document } = editor;
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '  "deliveryReceipt": true,\n'));
    await (await novaMailApi()).whenChecked(document);
    assert.deepEqual(dns.queries, [], 'no DNS before the command');

    const outcome = await vscode.commands.executeCommand<DeliverabilityOutcome>(
      'novaMail.checkDeliverability',
    );
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.equal(outcome.domains.length, 4);
    const found = dnsDiagnostics(document.uri).map((d) => [code(d), d.range]);
    const expected: [string, string][] = [
      ['spf-not-authorized', ROWS.failReject],
      ['spf-missing', ROWS.nospf],
      ['dmarc-missing', ROWS.nospf],
      ['domain-not-found', ROWS.notFound],
    ];
    assert.equal(found.length, expected.length, JSON.stringify(found));
    for (const [rule, address] of expected) {
      const range = rangeOfAddress(document, address);
      assert.ok(
        found.some(([c, r]) => c === rule && (r as vscode.Range).isEqual(range)),
        `${rule} on ${address}: ${JSON.stringify(found)}`,
      );
    }
    const rejected = dnsDiagnostics(document.uri).find((d) => code(d) === 'spf-not-authorized');
    assert.equal(rejected?.severity, vscode.DiagnosticSeverity.Error);
    const target = (rejected?.code as { target: vscode.Uri }).target;
    assert.match(target.path, /docs\/rules\/spf-not-authorized\.md$/);
    const lines = (await novaMailApi()).outputLines();
    assert.ok(lines.includes(`Relay: ${RELAY} (${RELAY_IP})`), lines.slice(-8).join('\n'));
    assert.ok(lines.some((line) => line.includes('fail-reject.test: SPF does not authorize relay.test')));

    const at = rangeOfAddress(document, ROWS.failReject).start.translate(0, 3);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(rangeOfAddress(document, ROWS.failReject), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('deliverability-diagnostics', '.monaco-hover .hover-contents');
  });

  it('offers "Copy the corrected SPF record", which puts the whole record on the clipboard', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('clients.nova-mail.json'));
    const range = rangeOfAddress(document, ROWS.failReject);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
    );
    const copy = actions.find(
      (action) => action.title === 'Copy the corrected SPF record for fail-reject.test',
    );
    assert.ok(copy?.command, actions.map((action) => action.title).join(' | '));
    assert.ok(actions.some((action) => action.title === 'Show documentation for spf-not-authorized'));
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(copy.command.command, ...(copy.command.arguments ?? []));
    assert.equal(
      await vscode.env.clipboard.readText(),
      'v=spf1 include:spf.protection.outlook.test a:relay.test -all',
    );
  });

  it('keeps the results while their address stays (moving with it), drops one whose address changed, asks nothing', async () => {
    const editor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(workspaceUri('clients.nova-mail.json')),
    );
    const { document } = editor;
    const asked = dns.queries.length;
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '  "editBeforeSend": false,\n'));
    await waitFor(
      () => (dnsDiagnostics(document.uri).every((d) => d.range.start.line > 0) ? true : undefined),
      (listener) => vscode.languages.onDidChangeDiagnostics(listener),
      'the DNS results to move down a line',
      10_000,
    );
    const moved = dnsDiagnostics(document.uri).find((d) => code(d) === 'domain-not-found');
    assert.ok(moved?.range.isEqual(rangeOfAddress(document, ROWS.notFound)));

    const typo = rangeOfAddress(document, ROWS.notFound);
    await editor.edit((edit) => edit.replace(typo, JSON.stringify(ROWS.passA)));
    await waitFor(
      () => (dnsDiagnostics(document.uri).some((d) => code(d) === 'domain-not-found') ? undefined : true),
      (listener) => vscode.languages.onDidChangeDiagnostics(listener),
      'the result of the changed address to go',
      10_000,
    );
    assert.equal(dnsDiagnostics(document.uri).length, 3);
    assert.equal(dns.queries.length, asked, 'editing asked DNS nothing');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Undone, the address is what was checked again: its verdict is back (issue 26, kept verdicts).
    await waitFor(
      () => (dnsDiagnostics(document.uri).length === 4 ? true : undefined),
      (listener) => vscode.languages.onDidChangeDiagnostics(listener),
      'the reverted address to have its verdict back',
      10_000,
    );
  });

  it('explains a received message in a report opened beside it, naming the workspace file that sends as its From', async () => {
    const uri = workspaceUri('received-good.eml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const explanation = await vscode.commands.executeCommand<Explanation | undefined>(
      'novaMail.explainMail',
      uri,
    );
    assert.ok(explanation, 'an explanation');
    assert.equal(explanation.ok, true, explanation.advice.join('\n'));
    assert.deepEqual(explanation.ours?.dmarc, { result: 'pass', domain: 'pass-a.test', policy: 'reject' });
    assert.ok(
      explanation.sentBy?.some((sender) => sender.file === 'clients.nova-mail.json'),
      JSON.stringify(explanation.sentBy),
    );
    // The Markdown preview beside it shows the report (a read-only document of our own scheme).
    const preview = await waitForTab('What happened to received-good.eml');
    assert.ok(preview.input instanceof vscode.TabInputWebview, preview.label);
    const report = await reportDocument('What happened to received-good.eml', uri);
    assert.match(report.getText(), /^# What happened to this message/);
    assert.match(report.getText(), /It passed through \*\*relay\.test\*\*/);
    assert.equal(explanation.scanning?.[0]?.verdict, 'take', JSON.stringify(explanation.scanning));
    assert.match(
      report.getText(),
      /## The invoice-scanning service\n\n✅ Netvisor \(12345678@scan\.netvisor\.fi\) will take it/,
    );
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await screenshot('explain-report', undefined, 'What happened to this message');
  });

  it('keeps the verdicts: each says when it was checked, and the view, the report and a restart show them offline', async () => {
    const uri = workspaceUri('clients.nova-mail.json');
    const before = dnsDiagnostics(uri);
    assert.ok(before.length > 0, 'the first test checked this file');
    for (const diagnostic of before)
      assert.match(diagnostic.message, /\(Checked (just now|\d+ minutes? ago), /);
    const asked = dns.queries.length;

    await (await testing()).restoreKeptVerdicts();
    const restored = dnsDiagnostics(uri);
    assert.deepEqual(
      restored.map((d) => [code(d), d.range.start.line]),
      before.map((d) => [code(d), d.range.start.line]),
    );

    const nodes = await vscode.commands.executeCommand<ConfigurationNode[]>('novaMail.viewModel');
    const node = nodes.find((candidate) => candidate.uri === uri.toString());
    assert.equal(node?.lastDeliverability?.problems, before.length);
    const failing = node?.children.find((child) => child.address === ROWS.failReject);
    assert.deepEqual(failing?.dns?.problems, ['spf-not-authorized (error)']);

    await vscode.commands.executeCommand('novaMail.showDeliverabilityReport', uri);
    const preview = await waitForTab('Deliverability of clients.nova-mail.json');
    assert.ok(preview.input instanceof vscode.TabInputWebview, preview.label);
    const report = await reportDocument('Deliverability of clients.nova-mail.json', uri);
    assert.match(report.getText(), /This is what DNS said then, not now/);
    assert.match(report.getText(), /fail-reject\.test: SPF does not authorize relay\.test/);
    assert.equal(dns.queries.length, asked, 'nothing asked: the kept verdicts are shown offline');
  });
});
