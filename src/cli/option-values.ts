/** The checks of option values more than one command takes; each wrong value is a usage error. */
import { isIP } from 'net';
import { parseDnsServer } from '../core';
import { choiceOption, stringOption, UsageError, type CommandInput, type OptionSpecs } from './command';

/** --timeout: whole milliseconds, 1 to 600000. */
export function timeoutOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 1 || ms > 600_000)
    throw new UsageError('usage.bad-timeout', { got: value });
  return ms;
}

/** --relay: a host name or an IP address; never empty (an empty one would silently mean the default). */
function relayOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+\.?$/.test(value) && isIP(value) === 0)
    throw new UsageError('usage.bad-relay', { got: value });
  return value;
}

/** --dns-server: an IP address with an optional port. */
function dnsServerOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const server = parseDnsServer(value);
  if (!server) throw new UsageError('usage.bad-dns-server', { got: value });
  return server;
}

export const DNS_FORMATS = ['stylish', 'json'] as const;

/** The options of the commands that ask DNS (check-dns, explain-mail). */
export const DNS_OPTIONS: OptionSpecs = {
  relay: { type: 'string', value: 'value.host', help: 'help.dns.relay' },
  'dns-server': { type: 'string', value: 'value.dns-server', help: 'help.dns.dns-server' },
  timeout: { type: 'string', value: 'value.ms', help: 'help.dns.timeout' },
  format: { type: 'string', short: 'f', default: 'stylish', choices: DNS_FORMATS, help: 'help.dns.format' },
};

/** What the commands that ask DNS take from their common options, checked. */
export function dnsArgs(input: CommandInput) {
  return {
    relay: relayOf(stringOption(input, 'relay')),
    dnsServer: dnsServerOf(stringOption(input, 'dns-server')),
    timeoutMs: timeoutOf(stringOption(input, 'timeout')),
    format: choiceOption(input, 'format', DNS_FORMATS),
    lang: input.lang,
  };
}
