import * as vscode from 'vscode';
import { trackActiveFile } from './workspace/active-file-context';
import { NovaMailCodeActions } from './diagnostics/code-actions';
import { ConfigurationsView } from './view/configurations-view';
import { DiagnosticsController } from './diagnostics/diagnostics';
import { NOVA_MAIL_SELECTOR } from './workspace/documents';
import { KeptVerdictsStore } from './state/kept-verdicts';
import { LastResults } from './state/last-results';
import { Log } from './log';
import { registerNewConfiguration } from './commands/new-config';
import { ReportDocuments } from './workspace/report-documents';
import { RuleDocs } from './diagnostics/rule-docs';
import { SheetCommand } from './commands/sheet';
import { ProblemStatus } from './diagnostics/status';
import { WorkspaceScan } from './diagnostics/workspace-scan';
import type { NovaMailApi } from './api';

/** What both hosts have: the editor's checks, fixes, view, sheet and reports (nothing of the network). */
export interface Editor {
  docs: RuleDocs;
  diagnostics: DiagnosticsController;
  output: Log;
  results: LastResults;
  kept: KeptVerdictsStore;
  reports: ReportDocuments;
  view: ConfigurationsView;
  /** The API without its testing hooks (each entry adds its own). */
  api: Omit<NovaMailApi, 'testing'>;
}

/**
 * Activation's common part, for the desktop entry (extension.ts) and the browser's (browser.ts):
 * listeners and providers only; the workspace scan starts after activation returns.
 */
export function startEditor(context: vscode.ExtensionContext): Editor {
  const activatedAt = Date.now();
  const docs = new RuleDocs(context.extensionUri);
  const diagnostics = new DiagnosticsController(docs);
  const status = new ProblemStatus(diagnostics);
  const scan = new WorkspaceScan(diagnostics);
  const output = new Log();
  const results = new LastResults(context.workspaceState);
  const reports = new ReportDocuments();
  const kept = new KeptVerdictsStore(context.workspaceState);
  const view = new ConfigurationsView(diagnostics, results, kept);
  context.subscriptions.push(
    diagnostics,
    scan,
    status,
    output,
    results,
    kept,
    reports,
    new SheetCommand(reports, diagnostics),
    view,
    registerNewConfiguration(),
    vscode.commands.registerCommand('novaMail.showRuleDocumentation', (rule: unknown) =>
      typeof rule === 'string' ? docs.show(rule) : undefined,
    ),
    trackActiveFile(),
    vscode.languages.registerCodeActionsProvider(
      NOVA_MAIL_SELECTOR,
      new NovaMailCodeActions(diagnostics),
      NovaMailCodeActions.metadata,
    ),
  );
  return {
    docs,
    diagnostics,
    output,
    results,
    kept,
    reports,
    view,
    api: {
      statusText: () => status.text,
      statusDetail: () => status.detail,
      whenChecked: (document) => diagnostics.whenChecked(document),
      whenIdle: () => diagnostics.whenIdle(),
      whenScanned: () => scan.whenScanned(),
      scanTimes: () => ({ activatedAt, scan: scan.lastScan() }),
      outputLines: () => output.lines(),
    },
  };
}
