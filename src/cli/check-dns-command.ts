import { checkDeliverability, type Lang } from '../core';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import type { Io } from './io';
import { CLI_TEXT } from './messages';
import type { FileReport } from './report';
import { readTargets } from './targets';
import { escapeControl } from './terminal-text';

/** The options of the commands that ask DNS (check-dns, explain-mail). */
export const CHECK_DNS_OPTIONS = {
  relay: { type: 'string' },
  'dns-server': { type: 'string' },
  timeout: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'stylish' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const CHECK_DNS_FORMATS = ['stylish', 'json'] as const;

export interface CheckDnsArgs {
  targets: string[];
  relay?: string;
  /** Already checked: `ip`, `ip:port` or `[v6]:port`. */
  dnsServer?: string;
  timeoutMs?: number;
  format: (typeof CHECK_DNS_FORMATS)[number];
  lang: Lang;
}

/**
 * `nova-mail check-dns` (docs/contract.md §7): exit 0 without errors, 1 with an error-severity problem, 2 when
 * input failed, the relay does not resolve, or no sender domain could be checked (DNS unreachable).
 * Nothing is sent; only DNS is asked.
 */
export async function runCheckDns(args: CheckDnsArgs, io: Io): Promise<number> {
  const text = CLI_TEXT[args.lang];
  const warn = (line: string) => io.stderr(escapeControl(line));
  const targets = readTargets(args.targets, text, warn, io.cwd);
  if (!targets) return 2;
  const { files, inputFailed } = targets;

  const result = await checkDeliverability(
    files.map((file) => file.text),
    { relay: args.relay, server: args.dnsServer, timeoutMs: args.timeoutMs, lang: args.lang },
  );
  if (!result.ok) {
    warn(result.message);
    return 2;
  }
  const reports: FileReport[] = files.map((file, index) => ({
    file: file.file,
    problems: result.files[index],
  }));

  for (const note of result.notes) warn(note);
  if (args.format === 'json') io.stdout(formatJson(reports));
  else {
    const problems = formatStylish(reports, args.lang, io.color);
    if (problems) io.stdout(problems);
    for (const domain of result.domains) io.stdout(escapeControl(`  ${domain.summary}`));
    io.stdout(
      result.domains.length === 0
        ? text.noSenders
        : text.dnsChecked(
            result.relay.host,
            result.relay.addresses.join(', '),
            result.domains.length,
            result.asked.length,
          ),
    );
  }

  if (result.nothingChecked) {
    warn(result.nothingChecked);
    return 2;
  }
  if (inputFailed) return 2;
  return reports.some((report) => report.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
}
