import * as vscode from 'vscode';
import { trackActiveFile } from './workspace/active-file-context';
import { NovaMailCodeActions } from './diagnostics/code-actions';
import { ConfigurationsView } from './view/configurations-view';
import { DeliverabilityCommands } from './commands/deliverability';
import { DiagnosticsController } from './diagnostics/diagnostics';
import { NOVA_MAIL_SELECTOR } from './workspace/documents';
import { ExplainCommand } from './commands/explain';
import { KeptVerdictsStore } from './state/kept-verdicts';
import { LastResults } from './state/last-results';
import { Log } from './log';
import { MessageEditor } from './send/message-editor';
import type { NewConfigAnswers } from '../core';
import { newConfigurationCommand, registerNewConfiguration } from './commands/new-config';
import { ReportDocuments } from './workspace/report-documents';
import { RuleDocs } from './diagnostics/rule-docs';
import { SendCommands, type SendCommandOutcome, type SendTestEmailArgs } from './commands/send';
import { SheetCommand } from './commands/sheet';
import { SmtpPasswords } from './send/passwords';
import { ProblemStatus } from './diagnostics/status';
import { registerTasks } from './workspace/tasks';
import { WorkspaceScan, type ScanStats } from './diagnostics/workspace-scan';

/** What the extension exposes to its integration tests (and other extensions). */
export interface NovaMailApi {
  /** The language status shown for the active nova-mail file: its text and its detail. */
  statusText(): string;
  statusDetail(): string;
  /** Resolves once the diagnostics of the document's current version are published. */
  whenChecked(document: vscode.TextDocument): Promise<void>;
  /** Resolves once no check waits for a typing pause. */
  whenIdle(): Promise<void>;
  /** Resolves once the workspace scan under way (novaMail.scope: workspace) has checked every file. */
  whenScanned(): Promise<void>;
  /** For the benchmark: when activation began, and the last complete scan (files, end). */
  scanTimes(): { activatedAt: number; scan?: ScanStats };
  /** The last lines written to the Nova Mail output channel. */
  outputLines(): readonly string[];
  /**
   * The commands with their questions answered in advance, for the extension's own integration
   * tests: there only (absent from an installed extension), never through a command's arguments.
   */
  testing?: {
    sendTestEmail(args: SendTestEmailArgs): Promise<SendCommandOutcome>;
    newConfiguration(answers: NewConfigAnswers): Promise<vscode.Uri | undefined>;
    /** Saves an own server's password as Set SMTP password would (the secret storage). */
    storeSmtpPassword(file: vscode.Uri, user: string, host: string, password: string): Promise<void>;
    smtpPassword(file: vscode.Uri, user: string, host: string): Promise<string | undefined>;
    /** Drops the deliverability diagnostics and puts the kept ones back, as activation does after a restart. */
    restoreKeptVerdicts(): Promise<void>;
  };
}

/**
 * Activation is cheap on purpose (it also happens for any JSON file): listeners and providers only.
 * The workspace scan starts after activation returns; nodemailer is loaded only to send, and mailauth
 * only when DNS is checked or a received message explained (never at activation or while typing).
 */
export function activate(context: vscode.ExtensionContext): NovaMailApi {
  const activatedAt = Date.now();
  const docs = new RuleDocs(context.extensionUri);
  const diagnostics = new DiagnosticsController(docs);
  const status = new ProblemStatus(diagnostics);
  const scan = new WorkspaceScan(diagnostics);
  const output = new Log();
  const messageEditor = new MessageEditor();
  const results = new LastResults(context.workspaceState);
  const passwords = new SmtpPasswords(context.secrets);
  const sends = new SendCommands(output, context.workspaceState, messageEditor, results, passwords);
  const reports = new ReportDocuments();
  const kept = new KeptVerdictsStore(context.workspaceState);
  const deliverability = new DeliverabilityCommands(output, docs, results, kept, reports);
  context.subscriptions.push(
    diagnostics,
    scan,
    status,
    output,
    messageEditor,
    sends,
    passwords,
    results,
    kept,
    deliverability,
    reports,
    new ExplainCommand(output, reports),
    new SheetCommand(reports, diagnostics),
    new ConfigurationsView(diagnostics, results, kept),
    registerTasks(context.extensionUri),
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
    statusText: () => status.text,
    statusDetail: () => status.detail,
    whenChecked: (document) => diagnostics.whenChecked(document),
    whenIdle: () => diagnostics.whenIdle(),
    whenScanned: () => scan.whenScanned(),
    scanTimes: () => ({ activatedAt, scan: scan.lastScan() }),
    outputLines: () => output.lines(),
    ...(context.extensionMode === vscode.ExtensionMode.Production
      ? {}
      : {
          testing: {
            sendTestEmail: (args) => sends.sendTestEmail(args),
            newConfiguration: (answers) => newConfigurationCommand(answers),
            storeSmtpPassword: async (file, user, host, password) =>
              passwords.store(file, user, host, password),
            smtpPassword: async (file, user, host) => passwords.get(file, user, host),
            restoreKeptVerdicts: () => deliverability.restoreAfresh(),
          },
        }),
  };
}

export function deactivate(): void {}
