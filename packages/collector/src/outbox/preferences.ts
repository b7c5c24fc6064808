/**
 * Who is emailed about what: each member's notification preferences (`GET|PUT /api/admin/me/notifications`),
 * with every event on by default except the weekly digest, and `staffRecipients` to pick the members of a
 * site's firm who want one event for one practice area.
 *
 * @example
 *   const people = await staffRecipients(db, { site: 'harbor-vale', event: 'intake.submitted', practiceArea: 'family' });
 */
import type { Language } from '@retainer/schema';
import {
  defaultNotificationRule,
  type NotificationEvent,
  type NotificationPreferences,
  type NotificationRule,
  notificationEvents,
} from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

/** Every event once, in the schema's order: saved rules over the defaults. */
export function withDefaults(saved: Partial<NotificationPreferences> | undefined): NotificationPreferences {
  const rules = new Map((saved?.rules ?? []).map((rule) => [rule.event, rule]));
  return {
    language: saved?.language ?? null,
    rules: notificationEvents.map((event) => rules.get(event) ?? defaultNotificationRule(event)),
  };
}

export async function loadPreferences(db: Db, userId: string): Promise<NotificationPreferences> {
  const row = await db
    .selectFrom('notification_preferences')
    .select('preferences')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return withDefaults(row ? (JSON.parse(row.preferences) as NotificationPreferences) : undefined);
}

export async function savePreferences(db: Db, userId: string, preferences: NotificationPreferences, now: number) {
  const values = { preferences: JSON.stringify(withDefaults(preferences)), updated_at: now };
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Whether `rule` asks for this site and practice area (an intake without one goes to every area filter). */
export function ruleMatches(rule: NotificationRule, site: string, practiceArea: string | null): boolean {
  if (!rule.email) return false;
  if (rule.sites && !rule.sites.includes(site)) return false;
  return !rule.practiceAreas || practiceArea === null || rule.practiceAreas.includes(practiceArea);
}

export type StaffRecipient = { userId: string; email: string; name: string; language: Language | null };

/** The members of the site's firm who want `event` emailed for this site and practice area. */
export async function staffRecipients(
  db: Db,
  { site, event, practiceArea = null }: { site: string; event: NotificationEvent; practiceArea?: string | null },
): Promise<StaffRecipient[]> {
  const rows = await db
    .selectFrom('sites')
    .innerJoin('users', 'users.firm_id', 'sites.firm_id')
    .leftJoin('notification_preferences', 'notification_preferences.user_id', 'users.id')
    .select(['users.id as id', 'users.email as email', 'users.name as name', 'notification_preferences.preferences'])
    .where('sites.id', '=', site)
    .orderBy('users.id')
    .execute();
  const recipients: StaffRecipient[] = [];
  for (const row of rows) {
    const preferences = withDefaults(row.preferences ? JSON.parse(row.preferences) : undefined);
    const rule = preferences.rules.find((r) => r.event === event) ?? defaultNotificationRule(event);
    if (ruleMatches(rule, site, practiceArea)) {
      recipients.push({ userId: row.id, email: row.email, name: row.name, language: preferences.language });
    }
  }
  return recipients;
}
