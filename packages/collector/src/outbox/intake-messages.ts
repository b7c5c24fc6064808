/**
 * The messages an intake causes, written with it in the group commit: one alert per member of the firm who
 * wants `intake.submitted` for this site and practice area, and the prospect's acknowledgement (per-site
 * setting, on by default, in the language they used). Neither carries anything the prospect wrote beyond
 * the address it goes to: reference, practice area label, due time, link.
 *
 * @example
 *   const plan = await planIntakeMessages(db, site);
 *   const rows = intakeMessageRows(outbox, plan, { id, reference, practiceArea, receivedAt, lang, email });
 */
import type { Language } from '@retainer/schema';
import { pickText } from '@retainer/schema';
import { dueAt } from '../business-hours/index.ts';
import { businessHoursOf } from '../site-admin/site-mapping.ts';
import type { CachedSite } from '../sites/site-cache.ts';
import type { Db } from '../storage/database.ts';
import { loadEmailSettings } from './email-settings.ts';
import { buildEmailRow } from './enqueue.ts';
import type { Outbox } from './outbox.ts';
import { type StaffRecipient, staffRecipients } from './preferences.ts';
import type { NewOutboxRow } from './tables.ts';

export type IntakeMessagePlan = {
  site: CachedSite;
  staff: StaffRecipient[];
  acknowledge: boolean;
  hours: ReturnType<typeof businessHoursOf>;
};

export async function planIntakeMessages(
  db: Db,
  site: CachedSite,
  practiceArea: string | null,
): Promise<IntakeMessagePlan> {
  const [staff, settings, row] = await Promise.all([
    staffRecipients(db, { site: site.id, event: 'intake.submitted', practiceArea }),
    loadEmailSettings(db, site.id),
    db.selectFrom('sites').select('business_hours').where('id', '=', site.id).executeTakeFirst(),
  ]);
  return {
    site,
    staff,
    acknowledge: settings.settings.acknowledgeIntakes,
    hours: businessHoursOf({ business_hours: row?.business_hours ?? null }),
  };
}

export type IntakeFacts = {
  id: string;
  reference: string;
  practiceArea: string | null;
  receivedAt: number;
  lang: Language | undefined;
  /** The prospect's address, if they gave one (only ever the recipient, never content). */
  email: string | undefined;
};

export function intakeMessageRows(outbox: Outbox, plan: IntakeMessagePlan, intake: IntakeFacts): NewOutboxRow[] {
  const { site, hours } = plan;
  const config = site.config;
  const ctx = { cipher: outbox.cipher, now: intake.receivedAt, baseUrl: outbox.baseUrl(), firmName: config.name };
  const due = dueAt(hours, config.intake.responseTarget, intake.receivedAt);
  const area = config.practiceAreas.find((a) => a.id === intake.practiceArea);
  const common = { site: site.id, reason: 'intake.submitted', subjectRef: `intake:${intake.id}` };
  const rows = plan.staff.map((person) => {
    const locale = person.language ?? config.defaultLanguage;
    return buildEmailRow(
      {
        ...common,
        template: 'staff-new-intake',
        locale,
        to: person.email,
        data: {
          intakeId: intake.id,
          reference: intake.reference,
          practiceArea: area ? pickText(area.label, locale) : null,
          receivedAt: intake.receivedAt,
          dueAt: due,
          timeZone: hours.timeZone,
        },
        dedupeKey: `intake.submitted:${intake.id}:staff:${person.userId}`,
      },
      ctx,
    );
  });
  if (plan.acknowledge && intake.email) {
    rows.push(
      buildEmailRow(
        {
          ...common,
          template: 'intake-acknowledgement',
          locale: intake.lang ?? config.defaultLanguage,
          to: intake.email,
          data: {
            reference: intake.reference,
            expectAnswerBy: due,
            timeZone: hours.timeZone,
            contactPhone: config.contact.phone ?? null,
          },
          dedupeKey: `intake.submitted:${intake.id}:acknowledgement`,
        },
        ctx,
      ),
    );
  }
  return rows;
}
