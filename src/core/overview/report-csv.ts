/**
 * The report as CSV (RFC 4180), for a spreadsheet: a BOM so that Excel reads UTF-8 (ä, ö), a header
 * row of the JSON report's keys, and the delimiter the reader's Excel splits on — Finnish regional
 * settings make it `;` (the list separator), English ones `,`. Pure: the browser's bundle writes it
 * too (Export report in vscode.dev).
 */
import { escapeControl } from '../visible-text';
import type { Lang } from '../types';
import { REPORT_COLUMNS, type ReportRow } from './report';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** What Excel splits a double-clicked .csv on under that language's regional settings. */
export function csvDelimiterOf(lang: Lang): CsvDelimiter {
  return lang === 'fi' ? ';' : ',';
}

/** The whole CSV, lines ending in LF, none after the last. */
export function reportCsv(rows: readonly ReportRow[], delimiter: CsvDelimiter): string {
  const line = (cells: readonly string[]) => cells.map(quoted).join(delimiter);
  return (
    '\ufeff' +
    [
      line(REPORT_COLUMNS),
      ...rows.map((row) => line(REPORT_COLUMNS.map((key) => spreadsheetSafe(row[key])))),
    ].join('\n')
  );
}

/**
 * Quoted (its quotes doubled) when it holds any delimiter a spreadsheet may split on, or a quote:
 * not only this file's. A name `x;=1+1;` in the `,` CSV, opened by an Excel that splits on `;`,
 * was three cells, the middle one a formula (a helper's finding). Line breaks are escaped already.
 */
function quoted(cell: string): string {
  return /[,;\t"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A cell as text a spreadsheet shows and never runs. One starting with =, +, - or @ (a person named
 * "=HYPERLINK(...)") gets a leading apostrophe, which Excel shows as text (OWASP's advice for CSV
 * injection), and so does each such character after a , or ; inside it; control characters (a tab or CR first, an ESC) are shown as \t, \r, \x1b. Null is empty.
 */
function spreadsheetSafe(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const shown = escapeControl(value); // an ESC or a BEL from a name is shown, never obeyed
  // After a , or ; inside the cell too: an Excel splitting the line on the other delimiter starts a
  // cell there, and quotes do not help in mid-field ("x;=1+1;y" read on ; ran =1+1).
  return shown.replace(/(^|[,;])(?=[=+\-@])/g, "$1'");
}
