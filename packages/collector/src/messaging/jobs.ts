/**
 * The time-driven emails of issue 15, run by the collector's background timer (server/background-task.ts)
 * every minute. Each uses dedupe keys, so a second collector on the same PostgreSQL, or a run after a
 * restart, writes nothing twice:
 * - a new intake at 75 % of its response target in business hours, then when overdue (staff alert);
 * - a matter past the firm's "days since the client was updated" target (once per quiet spell);
 * - the one survey reminder (survey/invitation-email.ts);
 * - the weekly digest, Monday 9:00 in each site's time zone (digest.ts).
 *
 * @example
 *   const stop = scheduleMessagingJobs(storage, outbox);
 */
import type { ResponseTarget } from '@retainer/schema';
import type { BusinessHours } from '@retainer/schema/admin';
import { responseClock } from '../business-hours/index.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { repeatInBackground } from '../server/background-task.ts';
import { businessHoursOf } from '../site-admin/site-mapping.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import type { Storage } from '../storage/open-storage.ts';
import { sendSurveyReminders } from '../survey/invitation-email.ts';
import { sendWeeklyDigests } from './digest.ts';
import { loadFirmMessagingSettings } from './settings-store.ts';
import { queueStaffAlert } from './staff-alerts.ts';

const dayMs = 24 * 3_600_000;
/** Intakes older than this are left to the inbox: an alert weeks late helps nobody. */
const intakeLookbackMs = 14 * dayMs;
/** Share of the response target at which the first reminder goes. */
export const dueSoonShare = 0.75;

type SiteClock = { hours: BusinessHours; target: ResponseTarget };

/** Alerts for waiting intakes at 75 % of their target and when overdue; returns how many were written. */
export async function alertIntakesDue(db: Db, outbox: Outbox, now: number): Promise<number> {
  const rows = await db
    .selectFrom('intakes')
    .innerJoin('sites', 'sites.id', 'intakes.site')
    .select([
      'intakes.id',
      'intakes.site',
      'intakes.reference',
      'intakes.practice_area',
      'intakes.received_at',
      'sites.config',
      'sites.business_hours',
    ])
    .where('intakes.state', '=', 'new')
    .where('intakes.first_contact_at', 'is', null)
    .where('intakes.erased_at', 'is', null)
    .where('intakes.received_at', '>', now - intakeLookbackMs)
    .where('sites.firm_id', 'is not', null)
    .execute();
  const clocks = new Map<string, SiteClock>();
  let written = 0;
  for (const row of rows) {
    let clock = clocks.get(row.site);
    if (!clock) {
      const config = JSON.parse(row.config) as SiteSettings;
      clock = { hours: businessHoursOf({ business_hours: row.business_hours }), target: config.intake.responseTarget };
      clocks.set(row.site, clock);
    }
    const state = responseClock({ ...clock, receivedAt: Number(row.received_at), firstContactAt: null, now });
    const kind = state.overdue
      ? 'intake-overdue'
      : state.businessMs >= dueSoonShare * state.targetMs
        ? 'intake-due'
        : null;
    if (!kind) continue;
    written += await db.transaction().execute((trx) =>
      queueStaffAlert(outbox, trx, {
        site: row.site,
        event: 'intake.response_due',
        practiceArea: row.practice_area,
        data: {
          kind,
          reference: row.reference,
          path: `/dashboard/intakes/${encodeURIComponent(row.id)}`,
          dueAt: state.dueAt,
          timeZone: clock.hours.timeZone,
        },
        dedupeKey: `${kind}:${row.id}`,
        subjectRef: `intake:${row.id}`,
      }),
    );
  }
  return written;
}

/** Alerts for open matters past their firm's target; once per matter until the client is updated again. */
export async function alertMattersOverdue(db: Db, outbox: Outbox, now: number): Promise<number> {
  const firms = await db.selectFrom('firms').select('id').execute();
  let written = 0;
  for (const firm of firms) {
    const { updateTargetDays } = await loadFirmMessagingSettings(db, firm.id);
    const rows = await db
      .selectFrom('matters')
      .innerJoin('sites', 'sites.id', 'matters.site')
      .select([
        'matters.id',
        'matters.site',
        'matters.reference',
        'matters.practice_area',
        'matters.last_client_update_at',
      ])
      .where('sites.firm_id', '=', firm.id)
      .where('matters.status', '=', 'open')
      .where('matters.last_client_update_at', '<', now - updateTargetDays * dayMs)
      .execute();
    for (const row of rows) {
      const since = Number(row.last_client_update_at);
      written += await db.transaction().execute((trx) =>
        queueStaffAlert(outbox, trx, {
          site: row.site,
          event: 'matter.update_overdue',
          practiceArea: row.practice_area,
          data: {
            kind: 'matter-overdue',
            reference: row.reference,
            path: `/dashboard/matters/${encodeURIComponent(row.id)}`,
            days: Math.floor((now - since) / dayMs),
          },
          // The last update's time in the key: the next quiet spell alerts again.
          dedupeKey: `matter-overdue:${row.id}:${since}`,
          subjectRef: `matter:${row.id}`,
        }),
      );
    }
  }
  return written;
}

/** Every time-driven email, once; returns how many messages were written. */
export async function runMessagingJobs(db: Db, outbox: Outbox, now: number): Promise<number> {
  const written =
    (await alertIntakesDue(db, outbox, now)) +
    (await alertMattersOverdue(db, outbox, now)) +
    (await sendSurveyReminders(db, outbox, now)) +
    (await sendWeeklyDigests(db, outbox, now));
  if (written > 0) outbox.wake();
  return written;
}

export function scheduleMessagingJobs(storage: Storage, outbox: Outbox, everyMs = 60_000): () => void {
  return repeatInBackground(() => runMessagingJobs(storage.db, outbox, outbox.now()), {
    firstMs: 15_000,
    everyMs,
    failure: 'Scheduled emails',
  });
}
