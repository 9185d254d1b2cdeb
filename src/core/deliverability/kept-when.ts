/**
 * When a kept deliverability verdict was checked, in words (the editor shows it on every kept
 * problem, in the desktop and the browser): apart from kept.ts, whose report needs the whole
 * catalog, so that the browser's bundle carries only these two messages.
 */
import { formatMessage, type Catalog } from '../catalog';
import type { Lang } from '../types';

export const KEPT_WHEN_MESSAGES = {
  'kept.just-now': { en: 'just now', fi: 'juuri nyt' },
  'kept.checked': {
    en: "(Checked {ago}, {at}: DNS may have changed since; check again for today's answer.)",
    fi: '(Tarkistettu {ago}, {at}: DNS on voinut muuttua sen jälkeen; tarkista uudelleen saadaksesi tämän päivän vastauksen.)',
  },
} as const satisfies Catalog;

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
  if (!unit) return formatMessage(KEPT_WHEN_MESSAGES, { id: 'kept.just-now' }, lang);
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
export function withCheckedWhen<T extends { message: string }>(
  problem: T,
  at: number,
  now: number,
  lang: Lang,
): T {
  const when = formatMessage(
    KEPT_WHEN_MESSAGES,
    { id: 'kept.checked', data: { ago: checkedAgo(at, now, lang), at: checkedAt(at, lang) } },
    lang,
  );
  return { ...problem, message: `${problem.message} ${when}` };
}
