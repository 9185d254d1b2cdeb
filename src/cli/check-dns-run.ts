import { checkDeliverability, lintContent, SENDER_ROLE, type Lang } from '../core';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import type { Io } from './io';
import { moreSayer } from './more-messages';
import { DNS_FORMATS } from './option-values';
import type { FileReport } from './report';
import { readTargets, type UnreadFile } from './targets';
import { escapeControl } from './terminal-text';

export interface CheckDnsArgs {
  targets: string[];
  relay?: string;
  /** Already checked: `ip`, `ip:port` or `[v6]:port`. */
  dnsServer?: string;
  timeoutMs?: number;
  format: (typeof DNS_FORMATS)[number];
  lang: Lang;
}

/**
 * `nova-mail check-dns` (docs/contract.md §7): exit 0 without errors, 1 with an error-severity problem, 2 when
 * input failed, the relay does not resolve, or no sender domain could be checked (DNS unreachable).
 * Nothing is sent; only DNS is asked.
 */
export async function runCheckDns(args: CheckDnsArgs, io: Io): Promise<number> {
  const say = moreSayer(args.lang);
  const warn = (line: string) => io.stderr(escapeControl(line));
  const targets = readTargets(args.targets, args.lang, warn, io.cwd);
  if (!targets) return 2;
  const { files, inputFailed, unread } = targets;
  // Nothing could be read: DNS is not asked (it said "unreachable" after "cannot read" offline).
  if (files.length === 0) {
    if (args.format === 'json') io.stdout(formatJson(withUnread([], unread, args.lang)));
    return 2;
  }

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
  if (args.format === 'json') io.stdout(formatJson(withUnread(reports, unread, args.lang)));
  else {
    const problems = formatStylish(reports, args.lang, io.color);
    if (problems) io.stdout(problems);
    for (const domain of result.domains) io.stdout(escapeControl(`  ${domain.summary}`));
    io.stdout(
      result.domains.length === 0
        ? say('check-dns.no-senders', { role: SENDER_ROLE })
        : say('check-dns.checked', {
            relay: result.relays.map((relay) => relay.host).join(', '),
            addresses: result.relays.flatMap((relay) => relay.addresses).join(', '),
            domains: say('check-dns.domains', {
              count: new Set(result.domains.map((report) => report.domain)).size,
            }),
            questions: say('check-dns.questions', { count: result.asked.length }),
          }),
    );
  }

  if (result.nothingChecked) {
    warn(result.nothingChecked);
    return 2;
  }
  if (inputFailed) return 2;
  return reports.some((report) => report.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
}

/** As lint's JSON lists them: each file it could not read in its place, with the one problem saying why. */
function withUnread(reports: FileReport[], unread: readonly UnreadFile[], lang: Lang): FileReport[] {
  if (unread.length === 0) return reports;
  const all: FileReport[] = [];
  let next = 0;
  for (const file of unread) {
    all.push(...reports.slice(next, file.after));
    next = file.after;
    all.push({ file: file.file, problems: lintContent(file.content, { lang }) });
  }
  all.push(...reports.slice(next));
  return all;
}
