import * as vscode from 'vscode';
import type { DnsProblem } from '../core';
import { DNS_CHECKED_CONTEXT } from './contexts';
import { core } from './core';
import { diagnosticOf, ruleOf, toRange } from './diagnostics';
import { NOVA_MAIL_SELECTOR } from './documents';
import { translator } from './l10n';
import type { LastResults } from './last-results';
import type { Log } from './log';
import { documentationAction, type RuleDocs } from './rule-docs';
import { withCancellableProgress } from './progress';
import { readDeliverabilitySettings, readSettings } from './settings';
import { fileOf, targetDocument } from './target-file';

export const DNS_DIAGNOSTIC_SOURCE = 'nova-mail (DNS)';
/** The rules whose quick fix copies a whole SPF record to publish. */
const RECORD_RULES = new Set(['spf-not-authorized', 'spf-missing']);

/** What the command resolves with (for scripts and tests); undefined when there was no file. */
export type DeliverabilityOutcome =
  | { ok: true; problems: number; domains: string[] }
  | { ok: false; reason: 'cancelled' | 'relay' | 'setting'; message: string }
  | undefined;

/**
 * "Check deliverability": only on command (never at activation or while typing, SPEC §7). Its
 * results are diagnostics of their own collection on the sender addresses; an edit moves them
 * with their address (no DNS is asked) and drops those whose address changed.
 */
export class DeliverabilityCommands implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection(DNS_DIAGNOSTIC_SOURCE);
  /** The problems behind the diagnostics of each document. */
  private readonly found = new Map<string, DnsProblem[]>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly output: Log,
    private readonly docs: RuleDocs,
    private readonly results: LastResults,
  ) {
    this.subscriptions = [
      this.collection,
      vscode.commands.registerCommand('novaMail.checkDeliverability', (arg?: unknown) =>
        this.check(fileOf(arg)),
      ),
      vscode.commands.registerCommand('novaMail.copySpfRecord', (record: unknown, domain: unknown) =>
        typeof record === 'string' ? this.copy(record, String(domain)) : undefined,
      ),
      vscode.workspace.onDidChangeTextDocument((event) => this.follow(event.document)),
      vscode.languages.registerCodeActionsProvider(NOVA_MAIL_SELECTOR, this, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      }),
    ];
  }

  async check(uri: vscode.Uri | undefined): Promise<DeliverabilityOutcome> {
    const say = translator(readSettings(uri).language);
    const document = await targetDocument(uri, say);
    if (!document) return undefined;
    const settings = readSettings(document.uri);
    const sayHere = translator(settings.language);
    const { relay, dnsServer, server, badServer } = readDeliverabilitySettings(document.uri);
    if (badServer) {
      const message = sayHere('dnsBadServer', dnsServer);
      void vscode.window.showErrorMessage(message);
      return { ok: false, reason: 'setting', message };
    }
    const file = vscode.workspace.asRelativePath(document.uri);
    this.output.line(sayHere('logDnsStarted', new Date().toISOString()));
    this.output.line(sayHere('logFile', file));

    const text = document.getText();
    const result = await withCancellableProgress(sayHere('dnsChecking', file), (signal) =>
      core()
        .checkDeliverability([text], { relay, server, lang: settings.lang, rules: settings.rules, signal })
        .then((outcome) => ({ outcome, cancelled: signal.aborted })),
    );
    if (result.cancelled) {
      const message = sayHere('dnsCancelled');
      this.output.line(message);
      void vscode.window.showInformationMessage(message);
      return { ok: false, reason: 'cancelled', message };
    }
    const { outcome } = result;
    if (!outcome.ok) {
      this.output.line(outcome.message);
      void vscode.window.showErrorMessage(outcome.message);
      return { ok: false, reason: 'relay', message: outcome.message };
    }

    this.output.line(sayHere('logRelay', outcome.relay.host, outcome.relay.addresses.join(', ')));
    for (const domain of outcome.domains) this.output.line(`  ${domain.summary}`);
    // The document may have changed while DNS answered: the problems follow their addresses.
    this.show(document, core().relocateDnsProblems(document.getText(), outcome.files[0]));
    await vscode.commands.executeCommand('setContext', DNS_CHECKED_CONTEXT, true);
    const problems = outcome.files[0].length;
    const done =
      outcome.domains.length === 0
        ? sayHere('dnsNoSenders', file)
        : sayHere('dnsDone', file, problems, outcome.domains.length, outcome.relay.host);
    this.output.line(done);
    void vscode.window.showInformationMessage(done, sayHere('showOutput')).then((choice) => {
      if (choice) this.output.show();
    });
    this.results.record(document.uri, 'deliverability', { ok: problems === 0, problems });
    return { ok: true, problems, domains: outcome.domains.map((domain) => domain.domain) };
  }

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DNS_DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const say = translator(readSettings(document.uri).language);
    const problems = this.found.get(document.uri.toString()) ?? [];
    const actions: vscode.CodeAction[] = [];
    const rules = new Set<string>();
    for (const diagnostic of ours) {
      const rule = ruleOf(diagnostic, DNS_DIAGNOSTIC_SOURCE);
      if (!rule) continue;
      rules.add(rule);
      const problem = problems.find(
        (candidate) => candidate.rule === rule && toRange(candidate.range).isEqual(diagnostic.range),
      );
      if (!problem?.record || !RECORD_RULES.has(rule)) continue;
      const action = new vscode.CodeAction(
        say('copySpfRecord', problem.domain),
        vscode.CodeActionKind.QuickFix,
      );
      action.command = {
        command: 'novaMail.copySpfRecord',
        title: action.title,
        arguments: [problem.record, problem.domain],
      };
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    for (const rule of rules) actions.push(documentationAction(rule, say));
    return actions;
  }

  private async copy(record: string, domain: string): Promise<void> {
    await vscode.env.clipboard.writeText(record);
    const say = translator(readSettings().language);
    void vscode.window.showInformationMessage(say('copiedSpfRecord', domain));
  }

  private follow(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const problems = this.found.get(key);
    if (!problems) return;
    this.show(document, core().relocateDnsProblems(document.getText(), problems));
  }

  private show(document: vscode.TextDocument, problems: DnsProblem[]): void {
    const key = document.uri.toString();
    if (problems.length === 0) {
      this.found.delete(key);
      this.collection.delete(document.uri);
      return;
    }
    this.found.set(key, problems);
    this.collection.set(
      document.uri,
      problems.map((problem) => diagnosticOf(problem, DNS_DIAGNOSTIC_SOURCE, this.docs)),
    );
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
