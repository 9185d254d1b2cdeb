import * as vscode from 'vscode';
import { core } from '../core';
import { translator } from '../l10n';
import { readSettings } from '../settings/settings';
import type { ConfigurationsView } from '../view/configurations-view';
import { fileNameOf } from '../workspace/documents';
import { exportSayer } from './export-messages';

export type ReportFormat = 'xlsx' | 'csv';

export type ExportOutcome =
  { written: true; file: string; format: ReportFormat; rows: number } | { written: false; reason: string };

/**
 * "Export report" (the Nova Mail view's title): the report of every configuration the view shows,
 * as `nova-mail report` writes it — an Excel workbook, or the CSV with the delimiter of the
 * language's Excel (`;` in Finnish) — chosen in a quick pick, to a file chosen in a save dialog,
 * written through workspace.fs (a remote's file too). The workbook's library (dist/xlsx.js) is
 * loaded only then. Desktop only: in a browser the command says so (desktop-only.ts). A test or a
 * script gives the file and the format, and no dialog is shown.
 */
export class ExportReportCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly view: ConfigurationsView) {
    this.registration = vscode.commands.registerCommand(
      'novaMail.exportReport',
      (target?: unknown, format?: unknown) =>
        this.export(
          target instanceof vscode.Uri ? target : undefined,
          format === 'xlsx' || format === 'csv' ? format : undefined,
        ),
    );
  }

  /** Resolves with what was written or why not; undefined when the person cancelled a dialog. */
  async export(target?: vscode.Uri, given?: ReportFormat): Promise<ExportOutcome | undefined> {
    const { lang, language } = readSettings();
    const say = exportSayer(lang);
    const delimiter = core().csvDelimiterOf(lang);
    const format =
      given ??
      (
        await vscode.window.showQuickPick(
          [
            { format: 'xlsx' as const, label: say('export.xlsx'), detail: say('export.xlsx-detail') },
            {
              format: 'csv' as const,
              label: say('export.csv'),
              detail: say('export.csv-detail', { delimiter }),
            },
          ],
          { placeHolder: say('export.format') },
        )
      )?.format;
    if (!format) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const file =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: folder && vscode.Uri.joinPath(folder, `nova-mail-report.${format}`),
        filters: { [format === 'xlsx' ? 'Excel' : 'CSV']: [format] },
      }));
    if (!file) return undefined;

    const summaries = await this.view.summarized();
    if (summaries.length === 0) return refused(translator(language)('file.none-in-workspace'));
    const rows = summaries.flatMap(({ file, summary }) => core().reportRows(file, summary));
    try {
      const bytes =
        format === 'xlsx'
          ? await core().reportWorkbook(
              rows,
              summaries.map(({ file, summary }) => core().reportFileRow(file, summary)),
              lang,
            )
          : new TextEncoder().encode(core().reportCsv(rows, delimiter) + '\n');
      await vscode.workspace.fs.writeFile(file, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return refused(say('export.failed', { file: fileNameOf(file), reason }));
    }
    void vscode.window.showInformationMessage(
      say('export.written', { file: fileNameOf(file), count: rows.length }),
    );
    return { written: true, file: file.toString(), format, rows: rows.length };
  }

  dispose(): void {
    this.registration.dispose();
  }
}

function refused(reason: string): ExportOutcome {
  void vscode.window.showErrorMessage(reason);
  return { written: false, reason };
}
