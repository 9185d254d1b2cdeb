import { lint, lintContent, type Lang } from '../core';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { cannotRead, sayer, writeRefusal } from './messages';
import { choiceOption, stringOption, UsageError, type Command } from './command';
import { version } from '../../package.json';
import { checkFile, lintFile } from './check-file';
import { PASSWORD_ENV } from './password-env';
import { readStdin } from './read-text';
import type { FileReport } from './report';
import type { Io } from './io';
import { escapeControl } from './terminal-text';
import { contentNotRead, displayPath, findTargets } from './targets';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const lintCommand: Command = {
  name: 'lint',
  about: 'help.lint.about',
  exit: 'help.lint.exit',
  operands: { value: 'value.file-or-dir', name: 'operand.files', count: 'any' },
  options: {
    format: { type: 'string', short: 'f', default: 'stylish', choices: FORMATS, help: 'help.lint.format' },
    fix: { type: 'boolean', default: false, help: 'help.lint.fix' },
    stdin: { type: 'boolean', default: false, help: 'help.lint.stdin' },
    'stdin-filename': { type: 'string', value: 'value.name', help: 'help.lint.stdin-filename' },
  },
  run(input, io) {
    const { values, operands } = input;
    const stdinFilename = stringOption(input, 'stdin-filename');
    if (values.stdin && operands.length > 0) throw new UsageError('usage.stdin-with-targets');
    if (values.stdin && values.fix) throw new UsageError('usage.fix-with-stdin');
    if (!values.stdin && stdinFilename !== undefined)
      throw new UsageError('usage.stdin-filename-without-stdin');
    if (!values.stdin && operands.length === 0) throw new UsageError('usage.lint-targets');
    return runLint(
      {
        targets: operands,
        format: choiceOption(input, 'format', FORMATS),
        fix: values.fix === true,
        lang: input.lang,
        version,
        stdin: values.stdin ? { filename: stdinFilename ?? '<stdin>' } : undefined,
      },
      io,
    );
  },
};

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
  const say = sayer(options.lang);
  const warn = (line: string) => io.stderr(escapeControl(line));
  const reports: FileReport[] = [];
  let inputFailed = false;

  if (options.stdin) {
    const read = await readStdin(io.stdin);
    if (!read.ok) {
      warn(cannotRead(say, options.lang, options.stdin.filename, read.problem, read.size));
      return 2;
    }
    reports.push({ file: options.stdin.filename, problems: lint(read.text, { lang: options.lang }) });
  } else {
    const targets = findTargets(options.targets, options.lang, warn);
    if (!targets) return 2;
    const { files, roots } = targets;
    inputFailed = targets.inputFailed;
    for (const file of files) {
      // Without --fix nothing waits: a promise a file cost 10,000 files 10 ms (see the commit).
      const outcome = options.fix
        ? await checkFile(file, { fix: true, lang: options.lang, roots })
        : lintFile(file, options.lang);
      if ('readError' in outcome) {
        warn(cannotRead(say, options.lang, file.display, outcome.readError, outcome.size));
        inputFailed = true;
        // A machine reading JSON or SARIF sees the file too, with the one problem saying why.
        if (options.format !== 'stylish') {
          reports.push({
            file: displayPath(file.display, io.cwd),
            bytes: file.bytes,
            problems: lintContent(contentNotRead(outcome.readError, outcome.size), { lang: options.lang }),
          });
        }
        continue;
      }
      if (typeof outcome.notFixed === 'string') {
        // The core would not fix it (a syntax error): its problems say the rest, and set the exit code.
        warn(say('file.not-fixed', { file: file.display, reason: outcome.notFixed }));
      } else if (outcome.notFixed !== undefined) {
        warn(say('file.not-fixed', { file: file.display, reason: writeRefusal(say, outcome.notFixed) }));
        inputFailed = true;
      }
      for (const user of outcome.passwordsRemoved ?? [])
        warn(say('file.password-removed', { file: file.display, user, env: PASSWORD_ENV }));
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
    const output = formatStylish(reports, options.lang, io.color, !options.stdin);
    if (output) io.stdout(output.trimEnd());
  }

  if (inputFailed) return 2;
  return reports.some((report) => report.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
}
