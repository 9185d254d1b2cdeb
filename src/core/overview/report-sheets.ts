/**
 * The report as a workbook's sheets, before any file format: one sheet of the addresses (the
 * rows of `report --format json`), one of the files (what the Nova Mail view shows of each), each
 * with its headings in the language asked and its columns as wide as their widest cell. Cells are
 * the JSON report's values: text, counts as numbers, nothing where the JSON has null. The report
 * has no date: no cell is one.
 */
import { formatMessage } from '../catalog';
import type { Lang } from '../types';
import { escapeControl } from '../visible-text';
import { REPORT_COLUMNS, REPORT_FILE_COLUMNS, type ReportFileRow, type ReportRow } from './report';
import { REPORT_MESSAGES } from './report-messages';

export type ReportColumn = (typeof REPORT_COLUMNS)[number] | (typeof REPORT_FILE_COLUMNS)[number];
export type WorkbookCell = string | number | null;

export interface WorkbookSheet {
  name: string;
  headings: string[];
  /** Each column's width in characters. */
  widths: number[];
  rows: WorkbookCell[][];
}

/** Each column's heading in the catalog (a new column without one does not compile). */
const HEADINGS: Record<ReportColumn, keyof typeof REPORT_MESSAGES> = {
  company: 'report.column.company',
  file: 'report.column.file',
  senderMode: 'report.column.sender-mode',
  person: 'report.column.person',
  citrixId: 'report.column.citrix-id',
  address: 'report.column.address',
  ownServer: 'report.column.own-server',
  persons: 'report.column.persons',
  addresses: 'report.column.addresses',
  errors: 'report.column.errors',
  warnings: 'report.column.warnings',
};

export function reportHeading(column: ReportColumn, lang: Lang): string {
  return formatMessage(REPORT_MESSAGES, { id: HEADINGS[column] }, lang);
}

/** The two sheets: the addresses, then the files. */
export function reportSheets(
  rows: readonly ReportRow[],
  files: readonly ReportFileRow[],
  lang: Lang,
): WorkbookSheet[] {
  const say = (id: keyof typeof REPORT_MESSAGES) => formatMessage(REPORT_MESSAGES, { id }, lang);
  return [
    sheet(
      say('report.sheet.addresses'),
      REPORT_COLUMNS,
      rows.map((row) => REPORT_COLUMNS.map((column) => row[column])),
      lang,
    ),
    sheet(
      say('report.sheet.files'),
      REPORT_FILE_COLUMNS,
      files.map((file) => REPORT_FILE_COLUMNS.map((column) => file[column])),
      lang,
    ),
  ];
}

function sheet(
  name: string,
  columns: readonly ReportColumn[],
  values: readonly WorkbookCell[][],
  lang: Lang,
): WorkbookSheet {
  const headings = columns.map((column) => reportHeading(column, lang));
  // Text is the JSON's, its control characters shown (\x1b), as in the CSV: none is obeyed, and
  // XML could not hold most of them anyway.
  const cells = values.map((row) =>
    row.map((value) => (typeof value === 'string' ? cellText(value) : value)),
  );
  const widths = headings.map((heading, i) => {
    const widest = Math.max(heading.length, ...cells.map((cells) => String(cells[i] ?? '').length));
    // Room for the filter button beside a heading; a long file path is cut off, not the sheet widened.
    return Math.min(Math.max(widest + 3, 8), 60);
  });
  return { name, headings, widths, rows: cells };
}

/** Excel's limit for one cell; a longer one makes it refuse the workbook. */
export const MAX_CELL_LENGTH = 32_767;

/**
 * A string as a cell: control characters shown (\x1b); a lone surrogate, U+FFFD, U+FFFE and
 * U+FFFF shown as \uXXXX too, since the workbook library drops them (and a lone low surrogate with
 * the character before it: "x\udc00y" became "y"); cut at Excel's limit with an ellipsis.
 */
export function cellText(value: string): string {
  const shown = escapeControl(value).replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffd-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return shown.length > MAX_CELL_LENGTH ? `${shown.slice(0, MAX_CELL_LENGTH - 1)}…` : shown;
}
