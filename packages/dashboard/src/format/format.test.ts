import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.ts';
import { hour, inboxItem } from '../test-support/fixtures.ts';
import { describeClock } from './clock.ts';
import { endOfDay, startOfDay } from './date.ts';
import { formatDuration as formatWithNbsp } from './duration.ts';

/** Units are joined to their numbers by no-break spaces; compare as plain text. */
const formatDuration = (...args: Parameters<typeof formatWithNbsp>) => formatWithNbsp(...args).replace(/\u00a0/g, ' ');
const plainClock = (view: { tone: string; text: string }) => ({ ...view, text: view.text.replace(/\u00a0/g, ' ') });

describe('formatDuration', () => {
  it('says hours and minutes without folding them into days', () => {
    expect(formatDuration(3 * hour + 10 * 60_000, en.units)).toBe('3 h 10 m');
    expect(formatDuration(45 * 60_000 + 59_000, en.units)).toBe('45 m');
    expect(formatDuration(8 * hour, en.units)).toBe('8 h');
    expect(formatDuration(30 * hour, en.units)).toBe('30 h');
    expect(formatDuration(-5, en.units)).toBe('0 m');
  });
});

describe('describeClock', () => {
  const clock = { businessMs: 0, targetMs: 8 * hour, dueAt: 0, firstContactAt: null, overdue: false };

  it('counts towards the target while new, and warns in the last quarter', () => {
    expect(plainClock(describeClock(inboxItem({ clock: { ...clock, businessMs: 2 * hour } }), en))).toEqual({
      tone: 'ok',
      text: '2 h of 8 h',
    });
    expect(describeClock(inboxItem({ clock: { ...clock, businessMs: 7 * hour } }), en).tone).toBe('soon');
  });

  it('says by how much a new intake is overdue', () => {
    const item = inboxItem({ clock: { ...clock, businessMs: 10 * hour + 5 * 60_000, overdue: true } });
    expect(plainClock(describeClock(item, en))).toEqual({ tone: 'overdue', text: 'overdue by 2 h 5 m' });
  });

  it('reports the first response once contacted, marking a late one', () => {
    const answered = { ...clock, firstContactAt: 1, businessMs: 9 * hour };
    expect(plainClock(describeClock(inboxItem({ state: 'contacted', clock: answered }), en))).toEqual({
      tone: 'late',
      text: 'answered in 9 h (late)',
    });
  });
});

describe('date filters', () => {
  it('turns a date into local midnight and an exclusive end', () => {
    expect(startOfDay('2025-03-09')).toBe(new Date(2025, 2, 9).getTime());
    expect(endOfDay('2025-03-09')).toBe(new Date(2025, 2, 10).getTime());
    expect(startOfDay('09/03/2025')).toBeUndefined();
    expect(endOfDay('')).toBeUndefined();
  });
});
