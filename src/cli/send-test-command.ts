import { stringOption, type Command } from './command';
import { elsewhere } from './elsewhere';
import { timeoutOf } from './option-values';

export const sendTestCommand: Command = {
  name: 'send-test',
  about: 'help.send-test.about',
  exit: 'help.send-test.exit',
  operands: { value: 'value.file', name: 'operand.config', count: 'one' },
  options: {
    to: { type: 'string', value: 'value.address', required: true, once: true, help: 'help.send-test.to' },
    server: { type: 'string', value: 'value.host-port', once: true, help: 'help.send-test.server' },
    person: { type: 'string', value: 'value.citrix-id', once: true, help: 'help.send-test.person' },
    timeout: { type: 'string', value: 'value.ms', help: 'help.send-test.timeout' },
    'ca-file': { type: 'string', value: 'value.file', once: true, help: 'help.send-test.ca-file' },
    verbose: { type: 'boolean', default: false, help: 'help.send-test.verbose' },
    'allow-cleartext-login': {
      type: 'boolean',
      default: false,
      help: 'help.send-test.allow-cleartext-login',
    },
  },
  run: (input, io) => {
    // The arguments first: a usage error (--timeout abc) is thrown before the work is loaded.
    const args = {
      file: input.operands[0],
      to: stringOption(input, 'to') ?? '',
      server: stringOption(input, 'server'),
      person: stringOption(input, 'person'),
      timeoutMs: timeoutOf(stringOption(input, 'timeout')),
      caFile: stringOption(input, 'ca-file'),
      verbose: input.values.verbose === true,
      allowCleartextLogin: input.values['allow-cleartext-login'] === true,
      lang: input.lang,
    };
    return elsewhere().runSendTest(args, io);
  },
};
