import {
  explainMail,
  explanationMarkdown,
  NotAMessage,
  portableSeparators,
  safeJson,
  readBytes,
  serviceNamed,
  type Lang,
} from '../core';
import { pathFromArgument } from './file-path';
import type { Io } from './io';
import { cannotRead, sayer } from './messages';
import { readTargets } from './targets';
import { escapeControl, escapeLines } from './terminal-text';

/** A saved message with its attachments (an invoice PDF or two) stays far below this. */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

export interface ExplainMailArgs {
  message: string;
  configs?: string[];
  /** A scanning service's id: judge the message as sent to it. */
  scanningService?: string;
  relay?: string;
  dnsServer?: string;
  timeoutMs?: number;
  format: 'stylish' | 'json';
  lang: Lang;
}

/** `nova-mail explain-mail`: exit 0 when the message came through the relay and authenticates, 1 when not, 2 on bad input. */
export async function runExplainMail(args: ExplainMailArgs, io: Io): Promise<number> {
  const say = sayer(args.lang);
  const warn = (line: string) => io.stderr(escapeControl(line));
  const file = pathFromArgument(args.message);
  const read = readBytes(file.bytes, MAX_MESSAGE_BYTES);
  if (!read.ok) {
    warn(cannotRead(say, args.lang, file.display, read.problem, read.size, MAX_MESSAGE_BYTES));
    return 2;
  }

  let configs: { file: string; text: string }[] | undefined;
  let configsFailed = false;
  if (args.configs) {
    const targets = readTargets(args.configs, args.lang, warn, io.cwd);
    // Nothing to look in at all (a folder that is not there): said above, and nothing is asked.
    if (!targets || targets.files.length === 0) return 2;
    // A file that cannot be read is said (above); the others are still looked in, and the exit is 2.
    configsFailed = targets.inputFailed;
    configs = targets.files.map((config) => ({ ...config, file: portableSeparators(config.file) }));
  }

  let explanation;
  try {
    explanation = await explainMail(read.bytes, {
      configs,
      relay: args.relay,
      server: args.dnsServer,
      timeoutMs: args.timeoutMs,
      lang: args.lang,
      scanningService: args.scanningService ? serviceNamed(args.scanningService) : undefined,
    });
  } catch (error) {
    if (error instanceof NotAMessage) {
      warn(`${file.display}: ${error.why[args.lang]}.`);
      return 2;
    }
    throw error;
  }
  if (args.format === 'json') io.stdout(safeJson(explanation));
  else io.stdout(escapeLines(explanationMarkdown(explanation, args.lang)).trimEnd());
  if (configsFailed) return 2;
  return explanation.ok ? 0 : 1;
}
