import type { Command } from './command';
import { elsewhere } from './elsewhere';
import { DNS_OPTIONS, dnsArgs } from './option-values';

export const checkDnsCommand: Command = {
  name: 'check-dns',
  about: 'help.check-dns.about',
  exit: 'help.check-dns.exit',
  operands: { value: 'value.file-or-dir', name: 'operand.files', count: 'many' },
  options: DNS_OPTIONS,
  run: (input, io) => {
    // The arguments first: a usage error (--dns-server x) is thrown before the work is loaded.
    const args = { targets: input.operands, ...dnsArgs(input) };
    return elsewhere().runCheckDns(args, io);
  },
};
