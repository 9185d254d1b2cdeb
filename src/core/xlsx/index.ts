/**
 * The report as an Excel workbook. The library (write-excel-file) is loaded here only, when a
 * workbook is written; the bundles load it from a file of its own, dist/xlsx.js (see esbuild.js).
 */
import type { Lang } from '../types';
import type { ReportFileRow, ReportRow } from '../overview/report';
import { reportSheets } from '../overview/report-sheets';

type XlsxLibrary = typeof import('./xlsx-library');

/** `require`, not `import()`, so that the bundles load dist/xlsx.js. */
function loadXlsxLibrary(): XlsxLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./xlsx-library') as XlsxLibrary;
}

/** The .xlsx file of the report: the addresses' sheet and the files' sheet. */
export function reportWorkbook(
  rows: readonly ReportRow[],
  files: readonly ReportFileRow[],
  lang: Lang,
): Promise<Uint8Array> {
  return loadXlsxLibrary().writeWorkbook(reportSheets(rows, files, lang));
}

// The CSV: the CLI's and the desktop's Export report (the browser's bundle has none of the report's files).
export { CSV_DELIMITERS, csvDelimiterOf, reportCsv, type CsvDelimiter } from '../overview/report-csv';
// The files' sheet is the workbook's only: the browser's bundle (CSV only) carries none of it.
export { REPORT_FILE_COLUMNS, reportFileRow, type ReportFileRow } from '../overview/report';
export {
  reportHeading,
  reportSheets,
  type WorkbookCell,
  type WorkbookSheet,
} from '../overview/report-sheets';
