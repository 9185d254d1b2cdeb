import {
  csvDelimiterOf,
  markdownText,
  portableSeparators,
  reportCsv,
  safeJson,
  REPORT_COLUMNS,
  reportRows,
  summarize,
  type CsvDelimiter,
  type Lang,
  type ReportRow,
} from '../core';
import type { Io } from './io';
import { sayer, type CliMessageId } from './messages';
import { choiceOption, stringOption, UsageError, type Command } from './command';
import { readTargets } from './targets';
import { escapeControl, escapeLines } from './terminal-text';

export const REPORT_FORMATS = ['markdown', 'csv', 'json'] as const;

export const reportCommand: Command = {
  name: 'report',
  about: 'help.report.about',
  exit: 'help.report.exit',
  operands: { value: 'value.file-or-dir', name: 'operand.files', count: 'many' },
  options: {
    format: {
      type: 'string',
      short: 'f',
      default: 'markdown',
      choices: REPORT_FORMATS,
      help: 'help.report.format',
    },
    delimiter: { type: 'string', value: 'value.delimiter', help: 'help.report.delimiter' },
  },
  run: (input, io) => {
    const format = choiceOption(input, 'format', REPORT_FORMATS);
    const delimiter = stringOption(input, 'delimiter');
    if (delimiter !== undefined && format !== 'csv') throw new UsageError('usage.delimiter-without-csv');
    return runReport(
      {
        targets: input.operands,
        format,
        lang: input.lang,
        delimiter: delimiter === undefined ? csvDelimiterOf(input.lang) : delimiterOf(delimiter),
      },
      io,
    );
  },
};

/** `,`, `;`, or a tab: the word `tab` (cmd.exe cannot type one) or the character. */
function delimiterOf(given: string): CsvDelimiter {
  if (given === ',' || given === ';' || given === '\t') return given;
  if (given === 'tab') return '\t';
  throw new UsageError('usage.one-of', { option: '--delimiter', allowed: '",", ";", tab', got: given });
}

/**
 * `nova-mail report`: one row per sending address across the files. Exit 0 when written (whatever
 * the problems), 2 on usage errors, unreadable input or no file found.
 */
export function runReport(
  args: { targets: string[]; format: (typeof REPORT_FORMATS)[number]; lang: Lang; delimiter: CsvDelimiter },
  io: Io,
): number {
  const warn = (line: string) => io.stderr(escapeControl(line));
  const targets = readTargets(args.targets, args.lang, warn, io.cwd);
  if (!targets) return 2;
  const { files, inputFailed, unread } = targets;
  const rows: ReportRow[] = files.flatMap(({ file, text: content }) =>
    // `/` in every format: the same on every system, and Markdown reads `\` as an escape.
    reportRows(portableSeparators(file), summarize(content, { lang: args.lang })),
  );

  if (args.format === 'json') io.stdout(safeJson(rows));
  else if (args.format === 'csv') io.stdout(reportCsv(rows, args.delimiter));
  else io.stdout(escapeLines(markdownTable(rows, args.lang) + notRead(unread, args.lang)));
  return inputFailed ? 2 : 0;
}

/** Under the Markdown table: the files that are not in it because they could not be read. */
function notRead(unread: readonly { file: string; why: string }[], lang: Lang): string {
  if (unread.length === 0) return '';
  const heading = sayer(lang)('report.not-read');
  const lines = unread.map(
    ({ file, why }) => `- ${markdownText(portableSeparators(file))}: ${markdownText(why)}`,
  );
  return `\n\n${heading}:\n\n${lines.join('\n')}`;
}

function markdownTable(rows: readonly ReportRow[], lang: Lang): string {
  const cell = (value: string | number | null) => (value === null ? '—' : markdownText(String(value)));
  const lines = [
    `| ${REPORT_COLUMNS.map((key) => sayer(lang)(columnHeading(key))).join(' | ')} |`,
    `| ${REPORT_COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${REPORT_COLUMNS.map((key) => cell(row[key])).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Each column's heading, in the catalog (a new column without one does not compile). */
const COLUMN_HEADINGS: Record<(typeof REPORT_COLUMNS)[number], CliMessageId> = {
  company: 'report.company',
  file: 'report.file',
  senderMode: 'report.sender-mode',
  person: 'report.person',
  citrixId: 'report.citrix-id',
  address: 'report.address',
  errors: 'report.errors',
  warnings: 'report.warnings',
};

function columnHeading(key: (typeof REPORT_COLUMNS)[number]): CliMessageId {
  return COLUMN_HEADINGS[key];
}
