/**
 * Dates, times and money in the visitor's language, with the browser's Intl (nothing shipped).
 *
 * @example
 *   relativeTime(Date.now() - 3 * 86_400_000, Date.now(), 'en') // '3 days ago'
 */
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeTime(at: number, now: number, lang: string): string {
  const elapsed = now - at;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(elapsed) >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return format.format(0, 'minute');
}

/** `2026-11-20` (a calendar date) or epoch ms, as a long date. */
export function longDate(value: string | number, lang: string): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    ...(typeof value === 'string' ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function money(minor: number, currency: string, lang: string): string {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}
