import * as fs from 'fs';
import * as path from 'path';
import {
  describeFsProblem,
  fsProblem,
  isNovaMailFileName,
  markdownText,
  portableSeparators,
  reportCsv,
  reportFileRow,
  reportHeading,
  reportWorkbook,
  safeJson,
  REPORT_COLUMNS,
  reportRows,
  summarize,
  type CsvDelimiter,
  type Lang,
  type ReportFileRow,
  type ReportRow,
} from '../core';
import type { Io } from './io';
import type { REPORT_FORMATS } from './formats';
import { makeFolders } from './make-folders';
import { moreSayer, type MoreMessageId } from './more-messages';
import { readTargets } from './targets';
import { createExclusively, temporaryNameBeside } from './write-file';
import { escapeControl, escapeLines } from './terminal-text';

/**
 * `nova-mail report`: one row per sending address across the files, to standard output or, with
 * --output, to a file (as ESLint's --output-file: its folder made when missing, a file there
 * replaced, a folder refused). A workbook is bytes, not text: not written to a terminal. Exit 0 when
 * written (whatever the problems), 2 on usage errors, unreadable input, no file found, or an
 * output that could not be written.
 */
export async function runReport(
  args: {
    targets: string[];
    format: (typeof REPORT_FORMATS)[number];
    lang: Lang;
    delimiter: CsvDelimiter;
    output?: string;
  },
  io: Io,
): Promise<number> {
  const say = moreSayer(args.lang);
  const warn = (line: string) => io.stderr(escapeControl(line));
  // Refused before any file is read: nothing is worked out to be thrown away. `-o -` is standard
  // output, as in most tools.
  const output = args.output === '-' ? undefined : args.output;
  if (args.format === 'xlsx' && output === undefined && io.stdoutIsTerminal) {
    warn(say('report.binary-to-terminal'));
    return 2;
  }
  const target = output === undefined ? undefined : path.resolve(io.cwd, output);
  const refusal = target === undefined ? undefined : outputRefusal(target, output ?? '');
  if (refusal) {
    // The example names a file in that folder: `ex/` gave `ex//report.xlsx`.
    warn(say(refusal, { file: output ?? '', folder: (output ?? '').replace(/[\\/]+$/, '') }));
    return 2;
  }
  const targets = readTargets(args.targets, args.lang, warn, io.cwd);
  if (!targets) return 2;
  const { files, inputFailed, unread } = targets;
  if (
    target !== undefined &&
    isOneOf(
      target,
      files.map(({ file }) => path.resolve(io.cwd, file)),
    )
  ) {
    warn(say('report.output-is-input', { file: output ?? '' }));
    return 2;
  }
  if (target !== undefined && files.length === 0) {
    warn(say('report.nothing-read', { file: output ?? '' }));
    return 2;
  }
  const rows: ReportRow[] = [];
  const fileRows: ReportFileRow[] = [];
  for (const { file, text } of files) {
    // `/` in every format: the same on every system, and Markdown reads `\` as an escape.
    const shown = portableSeparators(file);
    const summary = summarize(text, { lang: args.lang });
    rows.push(...reportRows(shown, summary));
    fileRows.push(reportFileRow(shown, summary));
  }

  const report: string | Uint8Array =
    args.format === 'json'
      ? safeJson(rows)
      : args.format === 'csv'
        ? reportCsv(rows, args.delimiter)
        : args.format === 'xlsx'
          ? await reportWorkbook(rows, fileRows, args.lang)
          : escapeLines(markdownTable(rows, args.lang) + notRead(unread, args.lang));
  if (target === undefined) {
    if (typeof report === 'string') io.stdout(report);
    else io.stdoutBytes(report);
  } else {
    try {
      makeFolders(path.dirname(target));
      writeWhole(target, typeof report === 'string' ? report + '\n' : report);
    } catch (error) {
      // mkdir meets a file where a folder of the path should be (EEXIST), or the write does (ENOTDIR).
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'EEXIST' || code === 'ENOTDIR'
          ? say('report.path-through-file')
          : describeFsProblem(fsProblem(error), args.lang);
      warn(say('report.cannot-write', { file: output ?? '', reason }));
      return 2;
    }
  }
  return inputFailed ? 2 : 0;
}

/**
 * Why --output may not be written, before anything is read: a folder (or a name ending in a
 * separator), a device, pipe or socket (the rename would replace it), a symbolic link (it would
 * write wherever it leads: a helper turned a client's nova-mail.json into a workbook through one),
 * a name of a configuration file (the next lint would read the report).
 */
function outputRefusal(target: string, given: string): MoreMessageId | undefined {
  if (isFolder(target) || /[\\/]$/.test(given)) return 'report.output-is-folder';
  if (isLink(target)) return 'report.output-is-link';
  // The workbook is written beside it and renamed over it: a device (-o /dev/null, run as root) or
  // a pipe was replaced by a regular file.
  if (isSpecial(target)) return 'report.output-not-regular';
  if (isNovaMailFileName(path.basename(target))) return 'report.output-is-config';
  return undefined;
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The same file as one of these (by its real path, where it is there). */
function isOneOf(target: string, files: readonly string[]): boolean {
  const real = (file: string) => {
    try {
      return fs.realpathSync.native(file);
    } catch {
      return path.resolve(file);
    }
  };
  const wanted = real(target);
  return files.some((file) => real(file) === wanted);
}

/**
 * The whole file or nothing: written beside the target, then renamed over it, so that a full disk
 * or a failed run never leaves a half-written or emptied report where the last one was.
 */
function writeWhole(target: string, data: string | Uint8Array): void {
  // The --fix writer's temporary name and exclusive create: unguessable, and never through a link.
  const temporary = temporaryNameBeside(Buffer.from(target)).toString();
  let fd: number | undefined;
  let created = false; // what is at that name is ours to remove only once we made it (as --fix)
  try {
    fd = createExclusively(Buffer.from(temporary));
    created = true;
    fs.writeFileSync(fd, data);
    // Created 0600 for --fix's sake; a report is as readable as any new file (or as the one replaced).
    if (process.platform !== 'win32') fs.fchmodSync(fd, modeOf(target) ?? 0o666 & ~process.umask());
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      if (fd !== undefined) fs.closeSync(fd);
      if (created) fs.rmSync(temporary, { force: true });
    } catch {
      // The write's own error says what went wrong.
    }
    throw error;
  }
}

function modeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** A device, a pipe or a socket (not a file, a folder or a link). */
function isSpecial(file: string): boolean {
  try {
    const stat = fs.lstatSync(file);
    return !stat.isFile() && !stat.isDirectory() && !stat.isSymbolicLink();
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false; // not there (it is made), or not reachable (the write says why)
  }
}

/** Under the Markdown table: the files that are not in it because they could not be read. */
function notRead(unread: readonly { file: string; why: string }[], lang: Lang): string {
  if (unread.length === 0) return '';
  const heading = moreSayer(lang)('report.not-read');
  const lines = unread.map(
    ({ file, why }) => `- ${markdownText(portableSeparators(file))}: ${markdownText(why)}`,
  );
  return `\n\n${heading}:\n\n${lines.join('\n')}`;
}

function markdownTable(rows: readonly ReportRow[], lang: Lang): string {
  const cell = (value: string | number | null) => (value === null ? '—' : markdownText(String(value)));
  const lines = [
    `| ${REPORT_COLUMNS.map((key) => reportHeading(key, lang)).join(' | ')} |`,
    `| ${REPORT_COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${REPORT_COLUMNS.map((key) => cell(row[key])).join(' | ')} |`),
  ];
  return lines.join('\n');
}
