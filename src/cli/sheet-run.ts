import { entrySheet, lint, sheetHtml, sheetMarkdown, type Lang } from '../core';
import { pathFromArgument } from './file-path';
import type { Io } from './io';
import type { SHEET_FORMATS } from './formats';
import { cannotRead, sayer } from './messages';
import { readText } from './read-text';
import { displayPath } from './targets';
import { escapeControl, escapeLines } from './terminal-text';

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
