/**
 * What the response clock of one intake says and how loudly: counting towards the target,
 * overdue, or answered (in time or late). The collector computes the business time; this only
 * words it.
 *
 * @example
 *   describeClock(item, t) // { tone: 'overdue', text: 'overdue by 2 h' }
 */
import type { InboxItem } from '@retainer/schema/admin';
import type { Messages } from '../i18n/i18n.ts';
import { formatDuration } from './duration.ts';

export type ClockTone = 'ok' | 'soon' | 'overdue' | 'answered' | 'late' | 'closed';
export type ClockView = { tone: ClockTone; text: string };

/** Still waiting for a first contact and past the target. */
export function isOverdue(item: Pick<InboxItem, 'state' | 'clock'>): boolean {
  return item.state === 'new' && item.clock.overdue;
}

export function describeClock(item: Pick<InboxItem, 'state' | 'clock'>, t: Messages): ClockView {
  const { clock } = item;
  const duration = (ms: number) => formatDuration(ms, t.units);
  if (item.state === 'new') {
    if (clock.overdue) return { tone: 'overdue', text: t.clock.overdueBy(duration(clock.businessMs - clock.targetMs)) };
    const tone = clock.businessMs >= clock.targetMs * 0.75 ? 'soon' : 'ok';
    return { tone, text: t.clock.elapsedOf(duration(clock.businessMs), duration(clock.targetMs)) };
  }
  if (clock.firstContactAt === null) return { tone: 'closed', text: t.clock.noContact };
  const late = clock.businessMs > clock.targetMs;
  return { tone: late ? 'late' : 'answered', text: t.clock.answeredIn(duration(clock.businessMs), late) };
}
