import { isIP } from 'net';
import { parseArgs } from 'util';
import { version } from '../../package.json';
import { parseDnsServer, type Lang } from '../core';
import { REPORT_FORMATS, REPORT_OPTIONS, runReport } from './report-command';
import { runSheet, SHEET_FORMATS, SHEET_OPTIONS } from './sheet-command';
import { EXPLAIN_MAIL_OPTIONS, runExplainMail } from './explain-mail-command';
import { CHECK_DNS_FORMATS, CHECK_DNS_OPTIONS, runCheckDns } from './check-dns-command';
import { langFromEnvironment } from './lang';
import { FORMATS, runLint } from './lint-command';
import { CLI_TEXT, type CliText } from './messages';
import { processIo, type Io } from './io';
import { HELP } from './help';
import { runSendTest, SEND_TEST_OPTIONS } from './send-test-command';
import { escapeLines } from './terminal-text';

/** A usage error, worded when the language is known (--lang may come after the mistake). */
class UsageError extends Error {
  constructor(readonly say: (text: CliText) => string) {
    super('usage');
  }
}

const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let lang: Lang = langFromEnvironment();
  /** A command's options, once its --lang is known (so that even a usage error speaks it). */
  const begin = <T extends OptionSpec>(rest: string[], options: T) => {
    lang = langOf(rest, lang);
    return parse(rest, options);
  };
  const help = () => {
    io.stdout(HELP[lang]);
    return 0;
  };
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP[lang]);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(version);
      return 0;
    }
    if (command === 'lint') {
      const { values, positionals } = begin(rest, LINT_OPTIONS);
      if (values.help) return help();
      const format = formatOf(values.format, FORMATS);
      if (values.stdin && positionals.length > 0) throw new UsageError((t) => t.stdinWithTargets);
      if (values.stdin && values.fix) throw new UsageError((t) => t.fixWithStdin);
      if (!values.stdin && values['stdin-filename'] !== undefined)
        throw new UsageError((t) => t.stdinFilenameWithoutStdin);
      if (!values.stdin && positionals.length === 0) throw new UsageError((t) => t.needsTargets);
      return await runLint(
        {
          targets: positionals,
          format,
          fix: values.fix,
          lang,
          version,
          stdin: values.stdin ? { filename: values['stdin-filename'] ?? '<stdin>' } : undefined,
        },
        io,
      );
    }
    if (command === 'send-test') {
      const { values, positionals } = begin(rest, SEND_TEST_OPTIONS);
      if (values.help) return help();
      if (positionals.length !== 1) throw new UsageError((t) => t.sendTestFile);
      const to = values.to;
      if (!to) throw new UsageError((t) => t.sendTestTo);
      const timeoutMs = timeoutOf(values.timeout);
      return await runSendTest(
        {
          file: positionals[0],
          to,
          server: values.server,
          person: values.person,
          timeoutMs,
          verbose: values.verbose,
          lang,
        },
        io,
      );
    }
    if (command === 'check-dns') {
      const { values, positionals } = begin(rest, CHECK_DNS_OPTIONS);
      if (values.help) return help();
      const dns = dnsArgs(values, lang);
      if (positionals.length === 0) throw new UsageError((t) => t.checkDnsTargets);
      return await runCheckDns({ targets: positionals, ...dns }, io);
    }
    if (command === 'explain-mail') {
      const { values, positionals } = begin(rest, EXPLAIN_MAIL_OPTIONS);
      if (values.help) return help();
      const dns = dnsArgs(values, lang);
      if (positionals.length !== 1) throw new UsageError((t) => t.explainMailFile);
      return await runExplainMail({ message: positionals[0], configs: values.config, ...dns }, io);
    }
    if (command === 'report') {
      const { values, positionals } = begin(rest, REPORT_OPTIONS);
      if (values.help) return help();
      const format = formatOf(values.format, REPORT_FORMATS);
      if (positionals.length === 0) throw new UsageError((t) => t.reportTargets);
      return runReport({ targets: positionals, format, lang }, io);
    }
    if (command === 'sheet') {
      const { values, positionals } = begin(rest, SHEET_OPTIONS);
      if (values.help) return help();
      const format = formatOf(values.format, SHEET_FORMATS);
      if (positionals.length !== 1) throw new UsageError((t) => t.sheetFile);
      return runSheet({ file: positionals[0], format, lang }, io);
    }
    throw new UsageError((t) => t.unknownCommand(command));
  } catch (error) {
    if (error instanceof UsageError) {
      const text = CLI_TEXT[lang];
      io.stderr(escapeLines(text.usage(error.say(text))));
      return 2;
    }
    throw error;
  }
}

function formatOf<F extends string>(value: string, formats: readonly F[]): F {
  if (!(formats as readonly string[]).includes(value))
    throw new UsageError((t) => t.badFormat(formats.join(', '), value));
  return value as F;
}

/** What the commands that ask DNS take from their common options, checked. */
function dnsArgs(
  values: { relay?: string; 'dns-server'?: string; timeout?: string; format: string },
  lang: Lang,
) {
  return {
    relay: relayOf(values.relay),
    dnsServer: dnsServerOf(values['dns-server']),
    timeoutMs: timeoutOf(values.timeout),
    format: formatOf(values.format, CHECK_DNS_FORMATS),
    lang,
  };
}

/** --timeout: whole milliseconds, 1 to 600000. */
function timeoutOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 1 || ms > 600_000) throw new UsageError((t) => t.badTimeout(value));
  return ms;
}

/** --relay: a host name or an IP address; never empty (an empty one would silently mean the default). */
function relayOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+\.?$/.test(value) && isIP(value) === 0)
    throw new UsageError((t) => t.badRelay(value));
  return value;
}

/** --dns-server: an IP address with an optional port. */
function dnsServerOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const server = parseDnsServer(value);
  if (!server) throw new UsageError((t) => t.badDnsServer(value));
  return server;
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({
      args: negativeValuesJoined(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorOf(error, args);
  }
}

/**
 * `--timeout -5`: parseArgs reads -5 as an option and calls the value missing; joined as
 * `--timeout=-5`, it is a value, and the option's own check says what is wrong with it.
 */
function negativeValuesJoined(args: string[], options: OptionSpec): string[] {
  const takesValue = (arg: string) =>
    Object.entries(options ?? {}).some(
      ([name, spec]) =>
        spec.type === 'string' && (arg === `--${name}` || (spec.short && arg === `-${spec.short}`)),
    );
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (takesValue(args[i]) && /^-\d/.test(args[i + 1] ?? '')) joined.push(`${args[i]}=${args[++i]}`);
    else joined.push(args[i]);
  }
  return joined;
}

/** node:util's parseArgs speaks English only: its error codes are worded here in either language. */
function usageErrorOf(error: unknown, args: string[]): UsageError {
  const { code, message = '' } = error as { code?: string; message?: string };
  const quoted = /'(-[^']*)'/.exec(message)?.[1];
  const option =
    /--?[\w-]+(?=[^,]*$)/.exec(quoted ?? '')?.[0] ?? quoted ?? args.find((arg) => arg.startsWith('-')) ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError((t) => t.unknownOption(option));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError((t) => t.missingValue(option));
    default:
      return new UsageError((t) => t.unexpectedArgument(option || message));
  }
}

/** The --lang given (checked), so that even a usage error about another option is in that language. */
function langOf(args: readonly string[], fallback: Lang): Lang {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return fallback;
  const value = args[index].startsWith('--lang=') ? args[index].slice(7) : args[index + 1];
  if (value === 'en' || value === 'fi') return value;
  throw new UsageError((t) => t.badLang(value ?? ''));
}
