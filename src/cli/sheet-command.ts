import { choiceOption, type Command } from './command';
import { elsewhere } from './elsewhere';
import { SHEET_FORMATS } from './formats';

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
  run: (input, io) => {
    const args = {
      file: input.operands[0],
      format: choiceOption(input, 'format', SHEET_FORMATS),
      lang: input.lang,
    };
    return elsewhere().runSheet(args, io);
  },
};
