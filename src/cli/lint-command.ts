import { lint, type Lang } from '../core';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { CLI_TEXT } from './messages';
import { checkFile } from './check-file';
import { readStdin } from './read-text';
import type { FileReport } from './report';
import type { Io } from './io';
import { escapeControl } from './terminal-text';
import { displayPath, findTargets } from './targets';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintCommandOptions {
  targets: string[];
  format: Format;
  fix: boolean;
  lang: Lang;
  version: string;
  /** Read the text from standard input instead (ESLint's --stdin); shown under this name. */
  stdin?: { filename: string };
}

/** `nova-mail lint`: exit 0 without errors, 1 with an error-severity problem, 2 when input failed. */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const text = CLI_TEXT[options.lang];
  const warn = (line: string) => io.stderr(escapeControl(line));
  const reports: FileReport[] = [];
  let inputFailed = false;

  if (options.stdin) {
    const read = await readStdin(io.stdin);
    if (!read.ok) {
      warn(text.cannotRead(options.stdin.filename, text.fsProblem(read.problem, read.size)));
      return 2;
    }
    reports.push({ file: options.stdin.filename, problems: lint(read.text, { lang: options.lang }) });
  } else {
    const targets = findTargets(options.targets, text, warn);
    if (!targets) return 2;
    const { files, roots } = targets;
    inputFailed = targets.inputFailed;
    for (const file of files) {
      const outcome = await checkFile(file, { fix: options.fix, lang: options.lang, roots });
      if ('readError' in outcome) {
        warn(text.cannotRead(file.display, text.fsProblem(outcome.readError, outcome.size)));
        inputFailed = true;
        continue;
      }
      if (typeof outcome.notFixed === 'string') {
        // The core would not fix it (a syntax error): its problems say the rest, and set the exit code.
        warn(text.notFixed(file.display, outcome.notFixed));
      } else if (outcome.notFixed !== undefined) {
        warn(text.notFixed(file.display, text.writeRefusal(outcome.notFixed)));
        inputFailed = true;
      }
      reports.push({
        file: displayPath(file.display, io.cwd),
        bytes: file.bytes,
        problems: outcome.problems,
      });
    }
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
