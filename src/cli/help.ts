/**
 * The help, written from the command table: each command's synopsis from its option specs and
 * operands, then what it does, each option's line and its exit codes, in English or Finnish.
 */
import type { Lang } from '../core';
import { COMMON_OPTIONS, type Command, type OptionSpec } from './command';
import { moreSayer, type MoreSay as Say } from './more-messages';

const WIDTH = 100;

/** The whole help (nova-mail --help), or one command's (nova-mail <command> --help). */
export function helpText(lang: Lang, commands: readonly Command[], only?: Command): string {
  const say = moreSayer(lang);
  const shown = only ? [only] : commands;
  const usage = shown.map((command) => synopsis(say, command));
  if (!only) usage.push('  nova-mail --help | --version');
  const sections = shown.map((command) => section(say, command));
  const footer = only ? [] : ['', say('help.more')];
  return [say('help.title'), '', say('help.usage'), ...usage, '', sections.join('\n\n'), ...footer].join(
    '\n',
  );
}

/** Each command's synopsis as the help gives it, without its indent: what README.md shows (generated). */
export function synopsisLines(lang: Lang, commands: readonly Command[]): string[] {
  const say = moreSayer(lang);
  return [...commands.map((command) => synopsis(say, command)), '  nova-mail --help | --version'].map(
    (text) =>
      text
        .split('\n')
        .map((line) => line.slice(2))
        .join('\n'),
  );
}

function optionsOf(command: Command): [string, OptionSpec][] {
  return Object.entries({ ...command.options, ...COMMON_OPTIONS });
}

/** `nova-mail lint [--format stylish|json|sarif] [--fix] ... <file|dir>...`, wrapped under itself. */
function synopsis(say: Say, command: Command): string {
  const operand = say(command.operands.value) + (command.operands.count === 'one' ? '' : '...');
  const options = optionsOf(command)
    .filter(([name]) => name !== 'help')
    .map(([name, spec]) => {
      const value = spec.choices ? ` ${spec.choices.join('|')}` : spec.value ? ` ${say(spec.value)}` : '';
      return spec.required ? `--${name}${value}` : `[--${name}${value}]`;
    });
  const words = command.operands.count === 'one' ? [operand, ...options] : [...options, operand];
  const head = `  nova-mail ${command.name} `;
  return wrap(words, head, ' '.repeat(head.length));
}

function section(say: Say, command: Command): string {
  const options = optionsOf(command).filter(([name]) => name !== 'help');
  const names = options.map(([name, spec]) => (spec.short ? `-${spec.short}, --${name}` : `--${name}`));
  const width = Math.max(...names.map((name) => name.length)) + 2;
  return [
    command.name,
    wrap(say(command.about).split(' '), '  ', '  '),
    // Wrapped under its own text, as the synopsis is (lines of 160 columns were a helper's finding).
    ...options.map(([, spec], index) =>
      wrap(say(spec.help).split(' '), `  ${names[index].padEnd(width)}`, ' '.repeat(width + 2)),
    ),
    wrap(say(command.exit).split(' '), '  ', '  '),
  ].join('\n');
}

function wrap(words: readonly string[], first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  for (const word of words) {
    const atStart = line === first || line === rest;
    if (!atStart && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else line += (atStart ? '' : ' ') + word;
  }
  lines.push(line);
  return lines.join('\n');
}
