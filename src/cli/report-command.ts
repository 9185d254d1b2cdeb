import { csvDelimiterOf, type CsvDelimiter } from '../core';
import { choiceOption, stringOption, UsageError, type Command } from './command';
import { elsewhere } from './elsewhere';
import { REPORT_FORMATS } from './formats';

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
    output: { type: 'string', short: 'o', value: 'value.file', help: 'help.report.output' },
  },
  run: (input, io) => {
    const format = choiceOption(input, 'format', REPORT_FORMATS);
    const delimiter = stringOption(input, 'delimiter');
    if (delimiter !== undefined && format !== 'csv') throw new UsageError('usage.delimiter-without-csv');
    const output = stringOption(input, 'output');
    if (output === '') throw new UsageError('usage.missing-value', { option: '--output' });
    // The arguments first: a usage error (--delimiter '|') is thrown before the work is loaded.
    const args = {
      targets: input.operands,
      format,
      lang: input.lang,
      delimiter: delimiter === undefined ? csvDelimiterOf(input.lang) : delimiterOf(delimiter),
      output,
    };
    return elsewhere().runReport(args, io);
  },
};

/** `,`, `;`, or a tab: the word `tab` (cmd.exe cannot type one) or the character. */
function delimiterOf(given: string): CsvDelimiter {
  if (given === ',' || given === ';' || given === '\t') return given;
  if (given === 'tab') return '\t';
  throw new UsageError('usage.one-of', { option: '--delimiter', allowed: '",", ";", tab', got: given });
}
