/**
 * The last deliverability verdicts of a file, kept after the check (the editor keeps them per
 * workspace, never in the file) and shown offline: always with when they were checked, never as
 * if DNS had been asked now. A new check replaces them.
 */
import { formatMessage } from '../catalog';
import { markdownText as text } from '../markdown';
import { MESSAGES, msg } from '../messages';
import type { Lang } from '../types';
import type { DnsProblem } from './check';

export interface KeptVerdicts {
  /** When the check ended (milliseconds since the epoch). */
  at: number;
  /** The relay the file's addresses were judged against. */
  relay: string;
  problems: DnsProblem[];
  /** What DNS said about each of the file's domains, one line each, as the check said it. */
  domains: string[];
}

const MINUTE = 60_000;
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * MINUTE],
  ['hour', 60 * MINUTE],
  ['minute', MINUTE],
];

/** "3 days ago", "3 päivää sitten" (Intl's own words); under a minute, "just now". */
export function checkedAgo(at: number, now: number, lang: Lang): string {
  const elapsed = Math.max(0, now - at);
  const [unit, size] = UNITS.find(([, ms]) => elapsed >= ms) ?? [undefined, 0];
  if (!unit) return formatMessage(MESSAGES, msg('kept.just-now'), lang);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-Math.floor(elapsed / size), unit);
}

/** The date and time of a check, as people of the language write it (5.12.2026 klo 14.03). */
export function checkedAt(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fi' ? 'fi-FI' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** A kept problem as shown later: its message says when it was checked. */
export function withCheckedWhen(problem: DnsProblem, at: number, now: number, lang: Lang): DnsProblem {
  const when = formatMessage(
    MESSAGES,
    msg('kept.checked', { ago: checkedAgo(at, now, lang), at: checkedAt(at, lang) }),
    lang,
  );
  return { ...problem, message: `${problem.message} ${when}` };
}

/** The kept verdicts of a file as a Markdown report (what the editor opens beside it). */
export function keptMarkdown(file: string, kept: KeptVerdicts, now: number, lang: Lang): string {
  const say = (id: Parameters<typeof msg>[0], data?: Parameters<typeof msg>[1]) =>
    formatMessage(MESSAGES, msg(id, data), lang);
  const lines = [
    `# ${say('kept.title', { file: text(file) })}`,
    '',
    say('kept.when', {
      ago: checkedAgo(kept.at, now, lang),
      at: checkedAt(kept.at, lang),
      relay: text(kept.relay),
    }),
    '',
    `## ${say('kept.domains')}`,
    '',
    ...(kept.domains.length > 0 ? kept.domains.map((line) => `- ${text(line)}`) : [say('kept.no-domains')]),
    '',
    `## ${say('kept.problems')}`,
    '',
    ...(kept.problems.length > 0
      ? kept.problems.map(
          (problem) =>
            `- **${problem.severity}** ${text(problem.address)} (\`${problem.rule}\`): ${text(problem.message)}`,
        )
      : [say('kept.no-problems')]),
  ];
  return lines.join('\n') + '\n';
}
