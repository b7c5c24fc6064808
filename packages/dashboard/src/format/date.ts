/** Dates and numbers in the dashboard's language, in the viewer's time zone. */
import type { Language } from '@retainer/schema';

const locales: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

export function formatDateTime(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** Compact, for tables: `22 Nov, 11:38`, with the year only when it is not this year. */
export function formatShortDateTime(ms: number, lang: Language, now = Date.now()): string {
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

export function formatDate(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(ms);
}

export function formatPercent(share: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** `2024-05-01` (a date input's value) → local midnight, epoch ms; undefined when empty or invalid. */
export function startOfDay(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const ms = new Date(y, m - 1, d).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** The start of the next local day: an exclusive end, so "to 1 May" includes all of 1 May. */
export function endOfDay(value: string | null | undefined): number | undefined {
  const start = startOfDay(value);
  if (start === undefined) return undefined;
  const [y, m, d] = (value as string).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}
