/**
 * Whether the office is open at a moment, in the office's own time zone, and its hours as a line of
 * text. Uses `Intl` only (no date library in a visitor's download).
 *
 * @example
 *   isOpenAt({ timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, Date.now())
 */
import type { OfficeHours } from '@retainer/schema';
import type { FaqMessages } from './messages/en.ts';

const weekdays: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function isOpenAt(hours: OfficeHours, at: number): boolean {
  if (hours.days.length === 0) return true; // no open day configured: treated as always open, like the collector
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: hours.timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
  } catch {
    return false; // an unknown zone: do not promise anyone is there
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdays[part('weekday')] ?? -1;
  const minutes = Number(part('hour')) * 60 + Number(part('minute'));
  const start = Number(hours.start.slice(0, 2)) * 60 + Number(hours.start.slice(3));
  const endRaw = Number(hours.end.slice(0, 2)) * 60 + Number(hours.end.slice(3));
  const end = endRaw > start ? endRaw : 24 * 60;
  return hours.days.includes(day) && minutes >= start && minutes < end;
}

/** "Mon–Fri, 09:00–17:00 (America/New_York)" in the visitor's language. */
export function hoursLine(hours: OfficeHours, t: FaqMessages): string {
  const days = [...hours.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const consecutive = days.every((d, i) => i === 0 || d === ((days[i - 1] as number) + 1) % 7);
  const names = days.map((d) => t.days[d] ?? '');
  const dayText = consecutive && days.length > 2 ? `${names[0]}–${names.at(-1)}` : names.join(', ');
  return t.hoursLine(dayText, hours.start, hours.end, hours.timeZone.replace(/_/g, ' '));
}
