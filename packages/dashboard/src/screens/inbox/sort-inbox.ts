/**
 * Inbox order, by what needs doing: overdue first (most overdue on top), then the other new
 * ones (soonest due on top), then contacted, then closed ones, each latest received first.
 * The collector sorts overdue-then-newest; this keeps new work above contacted work.
 *
 * @example
 *   sortInbox(items)[0] // the intake that has waited longest past its target
 */
import type { InboxItem, IntakeState } from '@retainer/schema/admin';
import { isOverdue } from '../../format/clock.ts';

const stateRank: Record<IntakeState, number> = { new: 1, contacted: 2, retained: 3, declined: 3, spam: 4 };

const rank = (item: InboxItem) => (isOverdue(item) ? 0 : stateRank[item.state]);

export function sortInbox(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.state === 'new') return a.clock.dueAt - b.clock.dueAt;
    return b.receivedAt - a.receivedAt;
  });
}
