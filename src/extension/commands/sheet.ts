import * as vscode from 'vscode';
import { fileNameOf } from '../workspace/documents';
import { core } from '../core';
import type { DiagnosticsController } from '../diagnostics/diagnostics';
import type { ReportDocuments } from '../workspace/report-documents';
import { fileOf, openTarget } from '../workspace/target-file';

export type SheetOutcome =
  { shown: true; report: vscode.Uri; markdown: string } | { shown: false; reason: string };

/**
 * "Show Nova entry sheet": the file's values walked through Nova's own screens, in a Markdown
 * preview beside it (see the core's entrySheet). Refused, with the reason, while the file has
 * error-severity problems (as the editor shows them: the user's rule severities count).
 */
export class SheetCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly reports: ReportDocuments,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.registration = vscode.commands.registerCommand('novaMail.showEntrySheet', (arg?: unknown) =>
      this.show(fileOf(arg)),
    );
  }

  /** Resolves with what was shown or why not (for scripts and tests); undefined when no file. */
  async show(given: vscode.Uri | undefined): Promise<SheetOutcome | undefined> {
    const target = await openTarget(given);
    if (!target) return undefined;
    const { document, settings, say } = target;
    const result = core().entrySheet(document.getText(), this.diagnostics.problemsFor(document));
    if (!result.ok) {
      const reason = result.message[settings.lang];
      void vscode.window.showErrorMessage(reason);
      return { shown: false, reason };
    }
    const file = vscode.workspace.asRelativePath(document.uri);
    const markdown = core().sheetMarkdown(result.sheet, file, settings.lang);
    const title = say('sheet.title', { file: fileNameOf(document.uri) });
    return { shown: true, report: await this.reports.show(title, document.uri, markdown), markdown };
  }

  dispose(): void {
    this.registration.dispose();
  }
}
