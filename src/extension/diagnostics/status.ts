import * as vscode from 'vscode';
import { FIXED_CONTEXT } from '../contexts';
import { DIAGNOSTIC_SOURCE, showsHere, type DiagnosticsController } from './diagnostics';
import { isNovaMailDocument, NOVA_MAIL_SELECTOR } from '../workspace/documents';
import { translator } from '../l10n';
import { readSettings } from '../settings/settings';

/**
 * "nova-mail: N problems" (or OK) in the language status of our files: the count the Problems view
 * shows for the file, ours and VS Code's JSON problems together, each part named in the detail.
 */
export class ProblemStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('novaMail.problems', NOVA_MAIL_SELECTOR);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Nova Mail';
    this.subscriptions = [
      this.item,
      diagnostics.onDidUpdate(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  get detail(): string {
    return this.item.detail ?? '';
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isNovaMailDocument(document)) return;
    const settings = readSettings(document.uri);
    const say = translator(settings.language);
    // The Problems view lists no hints (sent-items): neither does the count.
    const ours = this.diagnostics
      .get(document.uri)
      .filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    const json = jsonProblems(document.uri);
    // VS Code's JSON support reports a little later than we do (or not at all when turned off):
    // until it does, our own count of the syntax and schema problems stands in for it.
    const text = document.getText();
    const hiddenStructural =
      this.diagnostics.lastCheck(document.uri)?.problems.filter((p) => !showsHere(p, settings, text))
        .length ?? 0;
    const jsonCount = json.length > 0 ? json.length : hiddenStructural;
    const count = ours.length + jsonCount;
    this.item.text = !settings.enable
      ? say('status.off')
      : count === 0
        ? say('status.ok')
        : say('status.problems', { count });
    this.item.detail = count === 0 ? '' : say('status.detail', { ours: ours.length, json: jsonCount });
    const errors =
      ours.some((d) => d.severity === vscode.DiagnosticSeverity.Error) ||
      json.some((d) => d.severity === vscode.DiagnosticSeverity.Error) ||
      (json.length === 0 && hiddenStructural > 0);
    this.item.severity = errors
      ? vscode.LanguageStatusSeverity.Error
      : count > 0
        ? vscode.LanguageStatusSeverity.Warning
        : vscode.LanguageStatusSeverity.Information;
    this.item.command = { command: 'workbench.actions.view.problems', title: say('status.show-problems') };
    // The walkthrough's "Fix the problems" completes when a checked file has no error left.
    if (settings.enable && !errors && this.diagnostics.lastCheck(document.uri))
      void vscode.commands.executeCommand('setContext', FIXED_CONTEXT, true);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The problems VS Code's JSON support shows on the file (its diagnostics carry source "json" or none). */
function jsonProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(
      (d) =>
        d.source !== DIAGNOSTIC_SOURCE && (d.source === undefined || d.source === '' || d.source === 'json'),
    );
}
