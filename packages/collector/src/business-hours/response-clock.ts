/**
 * The response clock of one intake: business time from receipt to first contact (or to now
 * while it is still waiting), the target, when it falls due, and whether it is overdue.
 *
 * @example
 *   responseClock({ hours, target: { amount: 1, unit: 'businessDay' }, receivedAt, firstContactAt: null, now });
 *   // { businessMs, targetMs, dueAt, firstContactAt: null, overdue }
 */
import type { ResponseTarget } from '@retainer/schema';
import type { BusinessHours, ResponseClock } from '@retainer/schema/admin';
import { addBusinessMs, businessDayMs, businessMsBetween } from './business-time.ts';

export type ClockInput = {
  hours: BusinessHours;
  target: ResponseTarget;
  receivedAt: number;
  /** The first move out of `new`; null while nobody has answered. */
  firstContactAt: number | null;
  now: number;
};

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** When the target runs out: `hour` and `businessDay` count business time, `day` calendar days. */
export function dueAt(hours: BusinessHours, target: ResponseTarget, receivedAt: number): number {
  switch (target.unit) {
    case 'hour':
      return addBusinessMs(hours, receivedAt, target.amount * hourMs);
    case 'businessDay':
      return addBusinessMs(hours, receivedAt, target.amount * businessDayMs(hours));
    case 'day':
      return receivedAt + target.amount * dayMs;
  }
}

export function responseClock({ hours, target, receivedAt, firstContactAt, now }: ClockInput): ResponseClock {
  const due = dueAt(hours, target, receivedAt);
  return {
    businessMs: businessMsBetween(hours, receivedAt, firstContactAt ?? Math.max(now, receivedAt)),
    targetMs: businessMsBetween(hours, receivedAt, due),
    dueAt: due,
    firstContactAt,
    // Only a waiting intake is overdue; one answered late shows businessMs > targetMs instead.
    overdue: firstContactAt === null && now > due,
  };
}
