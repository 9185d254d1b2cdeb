import * as path from 'path';
import type { Lang } from '../core';
import { discoverFiles } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { CLI_TEXT } from './messages';
import { checkFile } from './check-file';
import type { FileReport } from './report';
import type { Io } from './io';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintCommandOptions {
  targets: string[];
  format: Format;
  fix: boolean;
  lang: Lang;
  version: string;
}

/** `nova-mail lint`: exit 0 without errors, 1 with an error-severity problem, 2 when input failed. */
export function runLint(options: LintCommandOptions, io: Io): number {
  const text = CLI_TEXT[options.lang];
  const { files, failures } = discoverFiles(options.targets);
  let inputFailed = failures.length > 0;
  for (const failure of failures) io.stderr(text.cannotRead(failure.arg, failure.reason));
  if (files.length === 0 && failures.length === 0) {
    io.stderr(text.noFiles(options.targets.join(', ')));
    return 2;
  }

  const reports: FileReport[] = [];
  for (const file of files) {
    const outcome = checkFile(file, { fix: options.fix, lang: options.lang });
    if ('readError' in outcome) {
      io.stderr(text.cannotRead(outcome.file, outcome.readError));
      inputFailed = true;
      continue;
    }
    if (outcome.writeError !== undefined) {
      io.stderr(text.cannotWrite(outcome.file, outcome.writeError));
      inputFailed = true;
    }
    reports.push({ file: displayPath(outcome.file, io.cwd), problems: outcome.problems });
  }

  if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, options.lang, options.version, io.cwd));
  else {
    const output = formatStylish(reports, options.lang, io.color);
    if (output) io.stdout(output.trimEnd());
  }

  if (inputFailed) return 2;
  return reports.some((report) => report.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
}

/** As given when relative (walking keeps paths relative); absolute ones relative to the cwd when inside it. */
function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
