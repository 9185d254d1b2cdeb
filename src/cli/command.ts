/**
 * A command of the command line, as data: its options (parsed by node:util's parseArgs, checked,
 * and shown in the help from the same spec), its operands and what it runs. main.ts dispatches
 * over the table in commands.ts; help.ts writes the help from it.
 */
import type { Data, Lang } from '../core';
import type { Io } from './io';
import type { CliMessageId } from './messages';
import type { MoreMessageId } from './more-messages';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  multiple?: boolean;
  /** The values a string option takes (checked, and listed in the synopsis). */
  choices?: readonly string[];
  /** Or the placeholder of its value in the synopsis. */
  value?: CliMessageId;
  /** Shown without brackets in the synopsis; the command says so when it is missing. */
  required?: boolean;
  /**
   * Given twice is an error, not "the last one wins": for who and where (`--to`, `--server`), where
   * keeping one of two unsaid would send somewhere the person did not mean.
   */
  once?: true;
  /** What it does, in the help (whose words load with the other commands: more-messages.ts). */
  help: MoreMessageId;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface Operands {
  /** The placeholder in the synopsis, and what one is called in a usage error. */
  value: CliMessageId;
  name: CliMessageId;
  /** `one`: exactly one; `many`: at least one; `any`: the command checks (lint --stdin takes none). */
  count: 'one' | 'many' | 'any';
}

/** What a command gets: its checked option values and operands, in the language chosen. */
export interface CommandInput {
  values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  operands: string[];
  lang: Lang;
}

export interface Command {
  name: string;
  about: MoreMessageId;
  exit: MoreMessageId;
  operands: Operands;
  options: OptionSpecs;
  run(input: CommandInput, io: Io): number | Promise<number>;
}

/** Every command takes these. */
export const COMMON_OPTIONS: OptionSpecs = {
  lang: { type: 'string', choices: ['en', 'fi'], help: 'help.option.lang' },
  help: { type: 'boolean', short: 'h', default: false, help: 'help.option.help' },
};

/** A usage error, worded when the language is known (--lang may come after the mistake). */
export class UsageError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly data?: Data,
  ) {
    super(id);
  }
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(input: CommandInput, name: string): string[] | undefined {
  const value = input.values[name];
  return Array.isArray(value) ? value : undefined;
}

/** A string option that has choices, after main.ts checked it against them. */
export function choiceOption<C extends string>(input: CommandInput, name: string, choices: readonly C[]): C {
  const value = input.values[name];
  return (choices as readonly unknown[]).includes(value) ? (value as C) : choices[0];
}
