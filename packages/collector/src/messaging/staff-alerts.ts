/**
 * Staff alerts through the outbox (issue 15), one message per member who wants the event for this site and
 * practice area (their notification preferences, outbox/preferences.ts), in their language (else the site's). The dedupe key
 * carries the person, so each alert fires once per person however often its cause is seen.
 *
 * @example
 *   await queueStaffAlert(outbox, trx, {
 *     site, event: 'matter.client_message', practiceArea, dedupeKey: `client-message:${messageId}`,
 *     data: { kind: 'client-message', reference, path: `/dashboard/matters/${id}` },
 *   });
 */
import type { NotificationEvent } from '@retainer/schema/admin';
import type { Outbox } from '../outbox/outbox.ts';
import { staffRecipients } from '../outbox/preferences.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';

export type StaffAlert = {
  site: string;
  event: NotificationEvent;
  practiceArea?: string | null;
  /** The `staff-alert` template's data. */
  data: Record<string, unknown>;
  dedupeKey: string;
  subjectRef?: string;
  template?: string;
};

/** Queues the alert for each member who wants it; returns how many were written (not deduplicated). */
export async function queueStaffAlert(outbox: Outbox, trx: Db, alert: StaffAlert): Promise<number> {
  const recipients = await staffRecipients(trx, {
    site: alert.site,
    event: alert.event,
    practiceArea: alert.practiceArea ?? null,
  });
  if (recipients.length === 0) return 0;
  const site = await trx.selectFrom('sites').select('config').where('id', '=', alert.site).executeTakeFirst();
  const siteLanguage = site ? (JSON.parse(site.config) as SiteSettings).defaultLanguage : 'en';
  let written = 0;
  for (const person of recipients) {
    const id = await outbox.enqueueEmail(trx, {
      site: alert.site,
      template: alert.template ?? 'staff-alert',
      locale: person.language ?? siteLanguage,
      to: person.email,
      data: alert.data,
      reason: alert.event,
      subjectRef: alert.subjectRef,
      dedupeKey: `${alert.dedupeKey}:${person.userId}`,
    });
    if (id) written++;
  }
  return written;
}
