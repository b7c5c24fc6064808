/**
 * The inbox header: median first-response business time and the share answered within
 * target, over the intakes received in the last 30 days.
 *
 * @example
 *   inboxStats(recentClocks, openClocks); // { medianFirstResponseBusinessMs, answeredWithinTargetShare, … }
 */
import type { InboxStats, ResponseClock } from '@retainer/schema/admin';

export const statsWindowMs = 30 * 86_400_000;

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `recent`: clocks of intakes received in the window; `open`: clocks of every intake still waiting. */
export function inboxStats(recent: readonly ResponseClock[], open: readonly ResponseClock[]): InboxStats {
  const answered = recent.filter((clock) => clock.firstContactAt !== null);
  const withinTarget = answered.filter((clock) => (clock.firstContactAt as number) <= clock.dueAt);
  return {
    medianFirstResponseBusinessMs: median(answered.map((clock) => clock.businessMs)),
    answeredWithinTargetShare: answered.length === 0 ? null : withinTarget.length / answered.length,
    answered: answered.length,
    received: recent.length,
    overdue: open.filter((clock) => clock.overdue).length,
  };
}
