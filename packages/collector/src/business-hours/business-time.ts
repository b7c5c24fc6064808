/**
 * Business time: how much of an interval falls inside a site's opening hours, and when a
 * given amount of business time runs out. Walks local days in the site's zone, so weekends,
 * nights and DST changes (a 23- or 25-hour day) count correctly.
 *
 * @example
 *   const hours = { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
 *   businessMsBetween(hours, fridayAt16, mondayAt10); // 2 hours
 *   addBusinessMs(hours, fridayAt16, 8 * 3_600_000);  // Monday 16:00
 */
import type { BusinessHours } from '@retainer/schema/admin';
import { addDays, type LocalDate, localDateOf, weekday, zonedInstant } from './zoned-time.ts';

type Window = { open: number; close: number };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Open minutes after midnight; an end at or before the start means open until midnight. */
function dailyMinutes(hours: BusinessHours): { start: number; end: number } {
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  return { start, end: end > start ? end : 24 * 60 };
}

/** Hours with no open day would stop every clock; treat them as always open instead. */
const alwaysOpen = (hours: BusinessHours) => hours.days.length === 0;

/** Windows repeat for every site and every intake: keep the Intl work per local day. */
const windowCache = new Map<string, Window | null>();

function windowOn(hours: BusinessHours, date: LocalDate): Window | null {
  const key = `${hours.timeZone}|${hours.start}|${hours.end}|${hours.days.join()}|${date.year}-${date.month}-${date.day}`;
  const cached = windowCache.get(key);
  if (cached !== undefined) return cached;
  let window: Window | null = null;
  if (hours.days.includes(weekday(date))) {
    const { start, end } = dailyMinutes(hours);
    window = { open: zonedInstant(hours.timeZone, date, start), close: zonedInstant(hours.timeZone, date, end) };
  }
  if (windowCache.size > 50_000) windowCache.clear();
  windowCache.set(key, window);
  return window;
}

/** Business milliseconds in [from, to); 0 when `to` is not after `from`. */
export function businessMsBetween(hours: BusinessHours, from: number, to: number): number {
  if (to <= from) return 0;
  if (alwaysOpen(hours)) return to - from;
  let total = 0;
  let date = localDateOf(hours.timeZone, from);
  const last = localDateOf(hours.timeZone, to);
  for (;;) {
    const window = windowOn(hours, date);
    if (window) total += Math.max(0, Math.min(to, window.close) - Math.max(from, window.open));
    if (date.year === last.year && date.month === last.month && date.day === last.day) return total;
    date = addDays(date, 1);
  }
}

/** The instant at which `amount` business milliseconds after `from` have passed. */
export function addBusinessMs(hours: BusinessHours, from: number, amount: number): number {
  if (amount <= 0) return from;
  if (alwaysOpen(hours)) return from + amount;
  let remaining = amount;
  let date = localDateOf(hours.timeZone, from);
  // Seven days always hold an open window, so this ends; the bound guards against a zone bug looping forever.
  for (let i = 0; i < 366 * 200; i++) {
    const window = windowOn(hours, date);
    if (window && window.close > from) {
      const start = Math.max(from, window.open);
      const available = window.close - start;
      if (remaining <= available) return start + remaining;
      remaining -= available;
    }
    date = addDays(date, 1);
  }
  return from + amount;
}

/** Business milliseconds in one regular open day (for "1 business day" targets). */
export function businessDayMs(hours: BusinessHours): number {
  const { start, end } = dailyMinutes(hours);
  return (end - start) * 60_000;
}
