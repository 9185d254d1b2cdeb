import * as vscode from 'vscode';

/** Reports are read-only documents of this scheme: nothing to save, nothing left dirty. */
export const REPORT_SCHEME = 'nova-mail-report';

/**
 * The Markdown reports the extension opens in a preview beside the editor (an explained message,
 * a Nova entry sheet). Showing a report of the same title again replaces its text.
 */
export class ReportDocuments implements vscode.Disposable, vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }

  /** Opens (or refreshes) the report `title` about `source` in a Markdown preview beside. */
  async show(title: string, source: vscode.Uri, markdown: string): Promise<vscode.Uri> {
    const report = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${title}.md`, query: source.toString() });
    this.reports.set(report.toString(), markdown);
    this.changed.fire(report);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
    return report;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
