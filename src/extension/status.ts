import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { isNovaMailDocument, NOVA_MAIL_SELECTOR } from './documents';
import { t } from './i18n';
import { readSettings } from './settings';

/** "nova-mail: N problems" (or OK) in the language status of our files; a click opens Problems. */
export class ProblemStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('novaMail.problems', NOVA_MAIL_SELECTOR);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Nova Mail';
    this.subscriptions = [
      this.item,
      diagnostics.onDidUpdate(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isNovaMailDocument(document)) return;
    const settings = readSettings(document.uri);
    const diagnostics = this.diagnostics.get(document.uri);
    const count = diagnostics.length;
    this.item.text = !settings.enable
      ? t(settings.language, 'nova-mail: off')
      : count === 0
        ? t(settings.language, 'nova-mail: OK')
        : count === 1
          ? t(settings.language, 'nova-mail: 1 problem')
          : t(settings.language, 'nova-mail: {0} problems', count);
    this.item.severity = diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error)
      ? vscode.LanguageStatusSeverity.Error
      : count > 0
        ? vscode.LanguageStatusSeverity.Warning
        : vscode.LanguageStatusSeverity.Information;
    this.item.command = {
      command: 'workbench.actions.view.problems',
      title: t(settings.language, 'Show problems'),
    };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
