import { stringify } from 'csv-stringify/sync';
import {
  markdownText,
  portableSeparators,
  safeJson,
  REPORT_COLUMNS,
  reportRows,
  summarize,
  type Lang,
  type ReportRow,
} from '../core';
import type { Io } from './io';
import { CLI_TEXT } from './messages';
import { readTargets } from './targets';
import { escapeControl, escapeLines } from './terminal-text';

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'markdown' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const REPORT_FORMATS = ['markdown', 'csv', 'json'] as const;

const HEADINGS: Record<Lang, Record<keyof ReportRow, string>> = {
  en: {
    company: 'Company',
    file: 'File',
    senderMode: 'Sender mode',
    person: 'Person',
    citrixId: 'Citrix ID',
    address: 'Address',
    errors: 'Errors',
    warnings: 'Warnings',
  },
  fi: {
    company: 'Yritys',
    file: 'Tiedosto',
    senderMode: 'Lähettäjä',
    person: 'Henkilö',
    citrixId: 'Citrix-tunnus',
    address: 'Osoite',
    errors: 'Virheet',
    warnings: 'Varoitukset',
  },
};

/**
 * `nova-mail report`: one row per sending address across the files. Exit 0 when written (whatever
 * the problems), 2 on usage errors, unreadable input or no file found.
 */
export function runReport(
  args: { targets: string[]; format: (typeof REPORT_FORMATS)[number]; lang: Lang },
  io: Io,
): number {
  const text = CLI_TEXT[args.lang];
  const warn = (line: string) => io.stderr(escapeControl(line));
  const targets = readTargets(args.targets, text, warn, io.cwd);
  if (!targets) return 2;
  const { files, inputFailed, unread } = targets;
  const rows: ReportRow[] = files.flatMap(({ file, text: content }) =>
    // `/` in every format: the same on every system, and Markdown reads `\` as an escape.
    reportRows(portableSeparators(file), summarize(content, { lang: args.lang })),
  );

  if (args.format === 'json') io.stdout(safeJson(rows));
  else if (args.format === 'csv')
    // Excel, which these users open it in, needs the BOM to read UTF-8 (ä, ö).
    io.stdout(
      stringify(rows, {
        bom: true,
        header: true,
        columns: REPORT_COLUMNS.map((key) => ({ key, header: key })),
        cast: { number: String, string: spreadsheetSafe },
      }).trimEnd(),
    );
  else io.stdout(escapeLines(markdownTable(rows, args.lang) + notRead(unread, args.lang)));
  return inputFailed ? 2 : 0;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first: a person named "=HYPERLINK(...)")
 * gets a leading apostrophe, which Excel shows as text (OWASP's advice for CSV injection); control
 * characters (a tab or CR first, an ESC) are shown as \t, \r, \x1b.
 */
function spreadsheetSafe(value: string): string {
  const shown = escapeControl(value); // an ESC or a BEL from a name is shown, never obeyed
  return /^[=+\-@]/.test(shown) ? `'${shown}` : shown;
}

/** Under the Markdown table: the files that are not in it because they could not be read. */
function notRead(unread: readonly { file: string; why: string }[], lang: Lang): string {
  if (unread.length === 0) return '';
  const heading = { en: 'Not in the table: could not be read', fi: 'Ei taulukossa: ei voitu lukea' }[lang];
  const lines = unread.map(
    ({ file, why }) => `- ${markdownText(portableSeparators(file))}: ${markdownText(why)}`,
  );
  return `\n\n${heading}:\n\n${lines.join('\n')}`;
}

function markdownTable(rows: readonly ReportRow[], lang: Lang): string {
  const cell = (value: string | number | null) => (value === null ? '—' : markdownText(String(value)));
  const lines = [
    `| ${REPORT_COLUMNS.map((key) => HEADINGS[lang][key]).join(' | ')} |`,
    `| ${REPORT_COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${REPORT_COLUMNS.map((key) => cell(row[key])).join(' | ')} |`),
  ];
  return lines.join('\n');
}
