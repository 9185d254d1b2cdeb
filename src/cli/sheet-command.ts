import { entrySheet, lint, sheetHtml, sheetMarkdown, type Lang } from '../core';
import { pathFromArgument } from './file-path';
import type { Io } from './io';
import { cannotRead, sayer } from './messages';
import { choiceOption, type Command } from './command';
import { readText } from './read-text';
import { displayPath } from './targets';
import { escapeControl, escapeLines } from './terminal-text';

export const SHEET_FORMATS = ['markdown', 'html'] as const;

export const sheetCommand: Command = {
  name: 'sheet',
  about: 'help.sheet.about',
  exit: 'help.sheet.exit',
  operands: { value: 'value.file', name: 'operand.config', count: 'one' },
  options: {
    format: {
      type: 'string',
      short: 'f',
      default: 'markdown',
      choices: SHEET_FORMATS,
      help: 'help.sheet.format',
    },
  },
  run: (input, io) =>
    runSheet(
      { file: input.operands[0], format: choiceOption(input, 'format', SHEET_FORMATS), lang: input.lang },
      io,
    ),
};

/**
 * `nova-mail sheet`: the Nova entry sheet of one file. Exit 0 printed; 1 refused because the file
 * has error-severity problems (nothing of the file is printed); 2 usage error or unreadable file.
 */
export function runSheet(
  args: { file: string; format: (typeof SHEET_FORMATS)[number]; lang: Lang },
  io: Io,
): number {
  const file = pathFromArgument(args.file);
  const read = readText(file);
  if (!read.ok) {
    io.stderr(escapeControl(cannotRead(sayer(args.lang), args.lang, file.display, read.problem, read.size)));
    return 2;
  }
  const result = entrySheet(read.text, lint(read.text, { lang: args.lang }));
  if (!result.ok) {
    io.stderr(escapeControl(`${file.display}: ${result.message[args.lang]}`));
    return 1;
  }
  const shown = displayPath(file.display, io.cwd);
  io.stdout(
    args.format === 'html'
      ? sheetHtml(result.sheet, shown, args.lang).trimEnd()
      : escapeLines(sheetMarkdown(result.sheet, shown, args.lang)).trimEnd(),
  );
  return 0;
}
