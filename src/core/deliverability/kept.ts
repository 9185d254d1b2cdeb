/**
 * The last deliverability verdicts of a file, kept after the check (the editor keeps them per
 * workspace, never in the file) and shown offline: always with when they were checked, never as
 * if DNS had been asked now. A new check replaces them.
 */
import { formatMessage } from '../catalog';
import { markdownText as text } from '../markdown';
import { ALL_MESSAGES } from '../all-messages';
import { msg } from '../messages';
import { checkedAgo, checkedAt } from './kept-when';
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

/** The kept verdicts of a file as a Markdown report (what the editor opens beside it). */
export function keptMarkdown(file: string, kept: KeptVerdicts, now: number, lang: Lang): string {
  const say = (id: Parameters<typeof msg>[0], data?: Parameters<typeof msg>[1]) =>
    formatMessage(ALL_MESSAGES, msg(id, data), lang);
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
