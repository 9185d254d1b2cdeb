import { SCANNING_SERVICES } from '../core';
import { listOption, stringOption, type Command } from './command';
import { elsewhere } from './elsewhere';
import { DNS_OPTIONS, dnsArgs } from './option-values';

const SCANNING_SERVICE_IDS = SCANNING_SERVICES.map((service) => service.id);

export const explainMailCommand: Command = {
  name: 'explain-mail',
  about: 'help.explain-mail.about',
  exit: 'help.explain-mail.exit',
  operands: { value: 'value.message', name: 'operand.message', count: 'one' },
  options: {
    config: { type: 'string', multiple: true, value: 'value.file-or-dir', help: 'help.explain-mail.config' },
    'scanning-service': {
      type: 'string',
      choices: SCANNING_SERVICE_IDS,
      value: 'value.name',
      help: 'help.explain-mail.scanning-service',
    },
    ...DNS_OPTIONS,
  },
  run: (input, io) => {
    // The arguments first: a usage error (--timeout x) is thrown before the work is loaded.
    const args = {
      message: input.operands[0],
      configs: listOption(input, 'config'),
      scanningService: stringOption(input, 'scanning-service'),
      ...dnsArgs(input),
    };
    return elsewhere().runExplainMail(args, io);
  },
};
