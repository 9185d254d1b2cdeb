import { parseArgs } from 'util';
import { version } from '../../package.json';
import { shownTyped, type Lang } from '../core';
import { COMMON_OPTIONS, UsageError, type Command, type CommandInput, type OptionSpecs } from './command';
import { COMMANDS } from './commands';
import { elsewhere, PartMissing } from './elsewhere';
import { langFromEnvironment } from './lang';
import { sayer } from './messages';
import { processIo, type Io } from './io';
import { escapeControl, escapeLines } from './terminal-text';

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // The language first, wherever --lang stands: the help and an unknown command speak it too.
  let lang: Lang = languageOfRun(argv, langFromEnvironment());
  try {
    // `nova-mail --lang fi <command> ...` as well as `nova-mail <command> ... --lang fi`.
    const args = withoutLeadingLang(argv);
    // A leading --lang that names no language is a usage error, as after a command.
    if (args !== argv) lang = langOf(argv.slice(0, argv.length - args.length), lang);
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(elsewhere().helpText(lang, COMMANDS));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(version);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError('usage.unknown-command', { command: name });
    // The language first, so that even a usage error about another option speaks it.
    lang = langOf(rest, lang);
    // Help wins wherever it stands: `send-test --help --to` helps, it does not ask for the address.
    if (rest.some((arg) => arg === '--help' || arg === '-h')) {
      io.stdout(elsewhere().helpText(lang, COMMANDS, command));
      return 0;
    }
    const input = inputOf(command, rest, lang);
    if (input.values.help) {
      io.stdout(elsewhere().helpText(lang, COMMANDS, command));
      return 0;
    }
    return await command.run(input, io);
  } catch (error) {
    if (error instanceof PartMissing) {
      const id = error.otherVersion ? 'install.part-other-version' : 'install.part-missing';
      io.stderr(sayer(lang)(id, { file: error.file, cli: 'cli.js', version }));
      return 2;
    }
    if (error instanceof UsageError) {
      const say = sayer(lang);
      // What was typed is shown escaped, a line feed too: the message's own lines stay apart.
      const typed = Object.fromEntries(
        Object.entries(error.data ?? {}).map(([name, value]) => [
          name,
          typeof value === 'string' ? escapeControl(shownTyped(value)) : value,
        ]),
      );
      io.stderr(escapeLines(say('usage.see-help', { detail: say(error.id, typed) })));
      return 2;
    }
    throw error;
  }
}

/** The command's options parsed and checked against its spec: choices, required ones, operands. */
function inputOf(command: Command, args: string[], lang: Lang): CommandInput {
  const specs: OptionSpecs = { ...command.options, ...COMMON_OPTIONS };
  const { values, positionals } = parse(args, specs);
  if (values.help) return { values, operands: positionals, lang };
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value))
      throw new UsageError('usage.one-of', {
        option: `--${name}`,
        allowed: spec.choices.join(', '),
        got: value,
      });
  }
  const { operands } = command;
  if (operands.count === 'one' && positionals.length !== 1)
    throw new UsageError('usage.exactly-one', { command: command.name, operand: sayer(lang)(operands.name) });
  if (operands.count === 'many' && positionals.length === 0)
    throw new UsageError('usage.at-least-one', {
      command: command.name,
      operand: sayer(lang)(operands.name),
    });
  for (const [name, spec] of Object.entries(specs))
    if (spec.required && !values[name])
      throw new UsageError('usage.required', {
        command: command.name,
        option: `--${name}`,
        value: spec.value ? sayer(lang)(spec.value) : '',
      });
  return { values, operands: positionals, lang };
}

function parse(args: string[], specs: OptionSpecs) {
  // parseArgs takes only its own keys, and none of them undefined.
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, { type, short, default: fallback, multiple }]) => [
      name,
      {
        type,
        ...(short ? { short } : {}),
        ...(fallback !== undefined ? { default: fallback } : {}),
        ...(multiple ? { multiple } : {}),
      },
    ]),
  ) as NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  try {
    const { values, positionals, tokens } = parseArgs({
      args: negativeValuesJoined(args, specs),
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    // parseArgs keeps the last of a repeated option: two --to would send to one of them unsaid.
    const seen = new Set<string>();
    for (const token of tokens as { kind: string; name?: string }[]) {
      if (token.kind !== 'option' || token.name === undefined || !specs[token.name]?.once) continue;
      if (seen.has(token.name)) throw new UsageError('usage.repeated', { option: `--${token.name}` });
      seen.add(token.name);
    }
    return { values: values as CommandInput['values'], positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw usageErrorOf(error, args);
  }
}

/**
 * `--timeout -5`: parseArgs reads -5 as an option and calls the value missing; joined as
 * `--timeout=-5`, it is a value, and the option's own check says what is wrong with it.
 */
function negativeValuesJoined(args: string[], options: OptionSpecs): string[] {
  const takesValue = (arg: string) =>
    Object.entries(options).some(
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
  // An argument as given when it is one (a file named "--fix.nova-mail.json" is named whole, not
  // as --fix); otherwise the option named in node's message.
  const option =
    (quoted !== undefined && args.includes(quoted) ? quoted : undefined) ??
    /--?[\w-]+(?=[^,]*$)/.exec(quoted ?? '')?.[0] ??
    quoted ??
    args.find((arg) => arg.startsWith('-')) ??
    '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError('usage.unknown-option', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // `--fix=false`: a switch takes no value (it is on when given), not "needs a value".
      return /does not take an argument/.test(message)
        ? new UsageError('usage.takes-no-value', { option })
        : new UsageError('usage.missing-value', { option });
    default:
      return new UsageError('usage.unexpected-argument', { argument: option || message });
  }
}

/** The language a run speaks: its valid --lang, else `fallback` (the environment's). */
export function languageOfRun(argv: readonly string[], fallback: Lang): Lang {
  try {
    return langOf(argv, fallback);
  } catch {
    return fallback;
  }
}

/** The arguments without a --lang that comes before the command. */
function withoutLeadingLang(argv: readonly string[]): readonly string[] {
  if (argv[0] === '--lang') return argv.slice(2);
  return argv[0]?.startsWith('--lang=') ? argv.slice(1) : argv;
}

/** The --lang given (checked), so that even a usage error about another option is in that language. */
function langOf(args: readonly string[], fallback: Lang): Lang {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return fallback;
  const value = args[index].startsWith('--lang=') ? args[index].slice(7) : args[index + 1];
  if (value === 'en' || value === 'fi') return value;
  // `--lang` last, or followed by another option: its value is missing, not "--format".
  if (!value || (args[index] === '--lang' && value.startsWith('-')))
    throw new UsageError('usage.missing-value', { option: '--lang' });
  throw new UsageError('usage.one-of', { option: '--lang', allowed: 'en, fi', got: value ?? '' });
}
