/**
 * Wall-clock time in an IANA time zone with nothing but `Intl`: the offset of a zone at an
 * instant, and the instant of a local date and time. DST-safe because every conversion asks
 * `Intl` for the offset at the instant in question instead of assuming one per zone.
 *
 * @example
 *   zonedInstant('America/New_York', { year: 2025, month: 3, day: 10 }, 9 * 60); // 13:00Z (EDT)
 */

export type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `Intl` knows the zone (`Europe/Berlin` yes, `Mars/Olympus` no). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar fields at `instant`, as if the zone's wall clock were UTC. */
function wallClock(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Milliseconds the zone is ahead of UTC at `instant` (EDT: −4 h). */
export function zoneOffset(timeZone: string, instant: number): number {
  // Intl has second precision; drop the milliseconds so they do not leak into the offset.
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(timeZone, whole) - whole;
}

/** The local date at `instant`. */
export function localDateOf(timeZone: string, instant: number): LocalDate {
  const wall = new Date(instant + zoneOffset(timeZone, instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant of `minutes` after local midnight on `date`; a time skipped by DST moves forward by the gap. */
export function zonedInstant(timeZone: string, date: LocalDate, minutes: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = wall - zoneOffset(timeZone, wall);
  const second = wall - zoneOffset(timeZone, first);
  if (first === second) return first;
  // The offset changed between the guesses: take the one that reads back as the asked wall time, else the later.
  return second + zoneOffset(timeZone, second) === wall ? second : Math.max(first, second);
}

/** The local date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
