/**
 * The journey's `decide` stage, recorded when staff mark an intake `retained`. Its id is
 * derived from the intake, so recording it twice stores it once.
 *
 * @example
 *   decideEvent(row, now); // { id: 'decide-…', stage: 'decide', type: 'intake.retained', … }
 */
import { createHash } from 'node:crypto';
import type { EventRow } from '../storage/tables.ts';

const derivedId = (prefix: string, intakeId: string) =>
  `${prefix}-${createHash('sha256').update(`${prefix}:${intakeId}`).digest('base64url').slice(0, 40)}`;

export function decideEvent(
  intake: { id: string; site: string; journey: string | null; practice_area: string | null },
  now: number,
): EventRow {
  return {
    id: derivedId('decide', intake.id),
    site: intake.site,
    // An intake sent without a journey id still counts once in the journey map, as a journey of its own.
    journey: intake.journey ?? derivedId('intake', intake.id),
    stage: 'decide',
    type: 'intake.retained',
    ts: now,
    received_at: now,
    props: intake.practice_area ? JSON.stringify({ practiceArea: intake.practice_area }) : null,
  };
}
