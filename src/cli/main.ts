import { parseArgs } from 'util';
import { version } from '../../package.json';
import type { Lang } from '../core';
import { langFromEnvironment } from './lang';
import { FORMATS, runLint, type Format } from './lint-command';
import { CLI_TEXT } from './messages';
import { processIo, type Io } from './io';
import { HELP } from './help';
import { runSendTest, SEND_TEST_OPTIONS } from './send-test-command';

class UsageError extends Error {}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let lang: Lang = langFromEnvironment();
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
      const { values, positionals } = parse(rest, {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      });
      lang = chooseLang(values.lang, lang);
      if (values.help) {
        io.stdout(HELP[lang]);
        return 0;
      }
      if (!FORMATS.includes(values.format as Format)) {
        throw new UsageError(
          `--format must be one of ${FORMATS.join(', ')} (got "${String(values.format)}").`,
        );
      }
      if (positionals.length === 0) throw new UsageError('lint needs at least one file or folder.');
      return runLint(
        { targets: positionals, format: values.format as Format, fix: Boolean(values.fix), lang, version },
        io,
      );
    }
    if (command === 'send-test') {
      const { values, positionals } = parse(rest, SEND_TEST_OPTIONS);
      lang = chooseLang(values.lang, lang);
      if (values.help) {
        io.stdout(HELP[lang]);
        return 0;
      }
      if (positionals.length !== 1) throw new UsageError('send-test needs exactly one nova-mail.json file.');
      if (!values.to) throw new UsageError('send-test needs --to <address>.');
      let timeoutMs: number | undefined;
      if (values.timeout !== undefined) {
        timeoutMs = Number(values.timeout);
        if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) {
          throw new UsageError(
            `--timeout must be a whole number of milliseconds from 1 to 600000 (got "${values.timeout}").`,
          );
        }
      }
      return await runSendTest(
        {
          file: positionals[0],
          to: values.to,
          server: values.server,
          person: values.person,
          timeoutMs,
          verbose: Boolean(values.verbose),
          lang,
        },
        io,
      );
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(CLI_TEXT[lang].usage(error.message));
      return 2;
    }
    throw error;
  }
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function chooseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === 'en' || value === 'fi') return value;
  throw new UsageError(`--lang must be en or fi (got "${value}").`);
}

export { UsageError };
