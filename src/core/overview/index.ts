/** One file at a glance, every client at once: the summary, the consultant's report, the entry sheet. */
export { summarize, type ConfigSummary, type PersonSummary } from './summary';
export { REPORT_COLUMNS, reportRows, type ReportRow } from './report';
export { entrySheet, sheetHtml, sheetMarkdown, type EntrySheet, type SheetResult } from './sheet';
export { markdownCode, markdownText } from '../markdown';
