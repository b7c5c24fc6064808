import type { BusinessHours } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  businessMsBetween,
  dueAt,
  inboxStats,
  isValidTimeZone,
  median,
  responseClock,
  zonedInstant,
} from './index.ts';

const hour = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const newYork: BusinessHours = { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const allDayBerlin: BusinessHours = {
  timeZone: 'Europe/Berlin',
  days: [0, 1, 2, 3, 4, 5, 6],
  start: '00:00',
  end: '00:00',
};

describe('business time', () => {
  it('skips the weekend: Friday 16:00 to Monday 10:00 is two business hours', () => {
    // 2025-01-10 is a Friday; EST is UTC−5.
    expect(businessMsBetween(newYork, at('2025-01-10T21:00:00Z'), at('2025-01-13T15:00:00Z'))).toBe(2 * hour);
  });

  it('counts nothing outside business hours', () => {
    // Tuesday 20:00 to Wednesday 08:00 local, and a whole Saturday.
    expect(businessMsBetween(newYork, at('2025-01-15T01:00:00Z'), at('2025-01-15T13:00:00Z'))).toBe(0);
    expect(businessMsBetween(newYork, at('2025-01-11T05:00:00Z'), at('2025-01-12T05:00:00Z'))).toBe(0);
    // Received Saturday, answered Monday 09:30.
    expect(businessMsBetween(newYork, at('2025-01-11T15:00:00Z'), at('2025-01-13T14:30:00Z'))).toBe(hour / 2);
  });

  it('counts whole weeks as five eight-hour days', () => {
    expect(businessMsBetween(newYork, at('2025-01-06T05:00:00Z'), at('2025-01-20T05:00:00Z'))).toBe(80 * hour);
  });

  it('uses the new offset after a DST change (New York springs forward on 2025-03-09)', () => {
    // Friday 16:00 EST (21:00Z) to Monday 10:00 EDT (14:00Z): still two business hours.
    expect(businessMsBetween(newYork, at('2025-03-07T21:00:00Z'), at('2025-03-10T14:00:00Z'))).toBe(2 * hour);
    // Monday opens at 09:00 EDT = 13:00Z, not 14:00Z.
    expect(businessMsBetween(newYork, at('2025-03-10T12:00:00Z'), at('2025-03-10T14:00:00Z'))).toBe(hour);
  });

  it('counts a 23-hour and a 25-hour day when open around the clock', () => {
    expect(businessMsBetween(allDayBerlin, at('2025-03-29T23:00:00Z'), at('2025-03-30T22:00:00Z'))).toBe(23 * hour);
    expect(businessMsBetween(allDayBerlin, at('2025-10-25T22:00:00Z'), at('2025-10-26T23:00:00Z'))).toBe(25 * hour);
  });

  it('shortens hours that straddle the skipped hour', () => {
    const night: BusinessHours = { timeZone: 'America/New_York', days: [0], start: '01:00', end: '04:00' };
    // 01:00 EST = 06:00Z, 04:00 EDT = 08:00Z on 2025-03-09: two real hours.
    expect(businessMsBetween(night, at('2025-03-09T00:00:00Z'), at('2025-03-10T00:00:00Z'))).toBe(2 * hour);
  });

  it('works in the southern hemisphere and without DST', () => {
    const sydney: BusinessHours = { timeZone: 'Australia/Sydney', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    // Sydney leaves DST on 2025-04-06 (Sunday): Friday 09:00 AEDT (UTC+11) → Monday 09:00 AEST (UTC+10).
    expect(businessMsBetween(sydney, at('2025-04-03T22:00:00Z'), at('2025-04-06T23:00:00Z'))).toBe(8 * hour);
    const shanghai: BusinessHours = { timeZone: 'Asia/Shanghai', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
    expect(businessMsBetween(shanghai, at('2025-01-06T00:00:00Z'), at('2025-01-07T00:00:00Z'))).toBe(9 * hour);
  });

  it('is zero for an empty or backwards interval', () => {
    expect(businessMsBetween(newYork, at('2025-01-13T15:00:00Z'), at('2025-01-13T15:00:00Z'))).toBe(0);
    expect(businessMsBetween(newYork, at('2025-01-13T16:00:00Z'), at('2025-01-13T15:00:00Z'))).toBe(0);
  });

  it('adds business time across nights and weekends', () => {
    // Friday 16:00 + 8 business hours = Monday 16:00.
    expect(addBusinessMs(newYork, at('2025-01-10T21:00:00Z'), 8 * hour)).toBe(at('2025-01-13T21:00:00Z'));
    // Saturday + 1 hour = Monday 10:00.
    expect(addBusinessMs(newYork, at('2025-01-11T15:00:00Z'), hour)).toBe(at('2025-01-13T15:00:00Z'));
    // Across the spring DST change: Friday 16:00 EST + 8 h = Monday 16:00 EDT (20:00Z).
    expect(addBusinessMs(newYork, at('2025-03-07T21:00:00Z'), 8 * hour)).toBe(at('2025-03-10T20:00:00Z'));
  });

  it('treats hours with no open day as always open', () => {
    const never: BusinessHours = { ...newYork, days: [] };
    expect(businessMsBetween(never, 0, 5 * hour)).toBe(5 * hour);
    expect(addBusinessMs(never, 0, hour)).toBe(hour);
  });

  it('moves a local time skipped by DST forward and knows valid zones', () => {
    // 02:30 does not exist in New York on 2025-03-09; it becomes 03:30 EDT.
    expect(zonedInstant('America/New_York', { year: 2025, month: 3, day: 9 }, 150)).toBe(at('2025-03-09T07:30:00Z'));
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('response clock', () => {
  const target = { amount: 1, unit: 'businessDay' } as const;
  const receivedAt = at('2025-01-10T21:00:00Z'); // Friday 16:00

  it('falls due one business day later and turns overdue after that', () => {
    expect(dueAt(newYork, target, receivedAt)).toBe(at('2025-01-13T21:00:00Z'));
    const waiting = responseClock({
      hours: newYork,
      target,
      receivedAt,
      firstContactAt: null,
      now: at('2025-01-13T15:00:00Z'),
    });
    expect(waiting).toEqual({
      businessMs: 2 * hour,
      targetMs: 8 * hour,
      dueAt: at('2025-01-13T21:00:00Z'),
      firstContactAt: null,
      overdue: false,
    });
    const late = responseClock({
      hours: newYork,
      target,
      receivedAt,
      firstContactAt: null,
      now: at('2025-01-14T15:00:00Z'),
    });
    expect(late.overdue).toBe(true);
    expect(late.businessMs).toBe(10 * hour);
  });

  it('stops at first contact; an answered intake is never overdue', () => {
    const firstContactAt = at('2025-01-14T15:00:00Z');
    const clock = responseClock({
      hours: newYork,
      target,
      receivedAt,
      firstContactAt,
      now: at('2025-02-01T00:00:00Z'),
    });
    expect(clock.businessMs).toBe(10 * hour);
    expect(clock.overdue).toBe(false);
  });

  it('counts hour targets in business hours and day targets in calendar days', () => {
    expect(dueAt(newYork, { amount: 4, unit: 'hour' }, receivedAt)).toBe(at('2025-01-13T17:00:00Z'));
    expect(dueAt(newYork, { amount: 2, unit: 'day' }, receivedAt)).toBe(at('2025-01-12T21:00:00Z'));
  });
});

describe('inbox stats', () => {
  const clock = (businessMs: number, firstContactAt: number | null, dueAt: number, overdue = false) => ({
    businessMs,
    targetMs: 8 * hour,
    dueAt,
    firstContactAt,
    overdue,
  });

  it('takes the median of answered intakes and the share within target', () => {
    const recent = [
      clock(1 * hour, 100, 200),
      clock(3 * hour, 300, 200),
      clock(2 * hour, 150, 200),
      clock(5, null, 0, true),
    ];
    expect(inboxStats(recent, [recent[3]!])).toEqual({
      medianFirstResponseBusinessMs: 2 * hour,
      answeredWithinTargetShare: 2 / 3,
      answered: 3,
      received: 4,
      overdue: 1,
    });
  });

  it('is null when nothing was answered', () => {
    expect(inboxStats([], [])).toMatchObject({ medianFirstResponseBusinessMs: null, answeredWithinTargetShare: null });
    expect(median([1, 4])).toBe(2.5);
  });
});
