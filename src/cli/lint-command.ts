import * as path from 'path';
import { fixAll, lint, type Lang } from '../core';
import { discoverFiles } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { CLI_TEXT } from './messages';
import { readText, writeTextAtomically } from './read-text';
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
    const read = readText(file);
    if (!read.ok) {
      io.stderr(text.cannotRead(file, read.reason));
      inputFailed = true;
      continue;
    }
    let content = read.text;
    if (options.fix) {
      const fixed = fixAll(content, { lang: options.lang }).text;
      if (fixed !== content) {
        try {
          writeTextAtomically(file, fixed);
          content = fixed;
        } catch (error) {
          io.stderr(text.cannotWrite(file, error instanceof Error ? error.message : String(error)));
          inputFailed = true;
        }
      }
    }
    reports.push({ file: displayPath(file, io.cwd), problems: lint(content, { lang: options.lang }) });
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

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative
    : path.resolve(cwd, file);
}
