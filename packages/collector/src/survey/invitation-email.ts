/**
 * Survey invitations by email (issue 15): the invitation (one at a time, from a CSV, or when a matter
 * closes) and one reminder after the firm's number of days to those who have not answered. Written in the
 * invitation's transaction. An address that unsubscribed gets nothing: the message is still written, as
 * failed with the reason, so the Outbox says why it was not sent.
 *
 * @example
 *   await emailSurveyInvitation(outbox, trx, { row: issued.row, token: issued.token, url: issued.url });
 */
import type { Language } from '@retainer/schema';
import { loadFirmMessagingSettings } from '../messaging/settings-store.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { Db } from '../storage/database.ts';
import { surveyLink } from './survey-token.ts';
import type { SurveyInvitationRow } from './tables.ts';
import { unsubscribedAt, unsubscribeToken } from './unsubscribe.ts';

const dayMs = 24 * 3_600_000;
const tokenAddress = (row: { site: string; id: string }) => ({ site: row.site, id: row.id, field: 'emailToken' });
const emailAddress = (row: { site: string; id: string }) => ({ site: row.site, id: row.id, field: 'email' });

export const unsubscribedReason = (at: number) =>
  `Not sent: the recipient unsubscribed from survey emails (${new Date(at).toISOString().slice(0, 10)})`;

type Invitation = { row: SurveyInvitationRow; token: string; reminder?: boolean };

/** Queues one survey email; returns false when the invitation has no address or the address unsubscribed. */
export async function emailSurveyInvitation(outbox: Outbox, trx: Db, { row, token, reminder = false }: Invitation) {
  if (!row.email || !row.email_index) return false;
  const cipher = outbox.cipher;
  const to = cipher.decrypt(row.email, emailAddress(row));
  const lang = row.lang as Language;
  const id = await outbox.enqueueEmail(trx, {
    site: row.site,
    template: 'survey-invitation',
    locale: lang,
    to,
    data: {
      url: surveyLink(row.page, token),
      measure: row.measure,
      reminder,
      unsubscribeToken: unsubscribeToken(cipher, { site: row.site, emailIndex: row.email_index, lang }),
    },
    reason: reminder ? 'survey.reminder' : 'survey.invitation',
    subjectRef: `survey:${row.id}`,
    dedupeKey: `${reminder ? 'survey-reminder' : 'survey-invitation'}:${row.id}`,
  });
  const unsubscribed = await unsubscribedAt(trx, row.site, row.email_index);
  if (id && unsubscribed !== undefined) {
    await trx
      .updateTable('outbox')
      .set({ state: 'failed', last_error: unsubscribedReason(unsubscribed) })
      .where('id', '=', id)
      .execute();
  }
  const now = outbox.now();
  await trx
    .updateTable('survey_invitations')
    .set(reminder ? { reminded_at: now } : { emailed_at: now, email_token: cipher.encrypt(token, tokenAddress(row)) })
    .where('id', '=', row.id)
    .execute();
  return unsubscribed === undefined;
}

/**
 * The one reminder: invitations emailed at least the firm's number of days ago, not answered, not expired,
 * not reminded yet. The dedupe key makes a second collector (or a second run) queue nothing more.
 */
export async function sendSurveyReminders(db: Db, outbox: Outbox, now: number): Promise<number> {
  const firms = await db.selectFrom('firms').select('id').execute();
  let queued = 0;
  for (const firm of firms) {
    const { surveyReminderDays } = await loadFirmMessagingSettings(db, firm.id);
    if (surveyReminderDays === null) continue;
    const due = await db
      .selectFrom('survey_invitations')
      .innerJoin('sites', 'sites.id', 'survey_invitations.site')
      .selectAll('survey_invitations')
      .where('sites.firm_id', '=', firm.id)
      .where('survey_invitations.emailed_at', '<=', now - surveyReminderDays * dayMs)
      .where('survey_invitations.reminded_at', 'is', null)
      .where('survey_invitations.answered_at', 'is', null)
      .where('survey_invitations.expires_at', '>', now)
      .where('survey_invitations.email_token', 'is not', null)
      .limit(500)
      .execute();
    for (const row of due) {
      const token = outbox.cipher.decrypt(row.email_token ?? '', tokenAddress(row));
      await db.transaction().execute(async (trx) => {
        if (await emailSurveyInvitation(outbox, trx, { row, token, reminder: true })) queued++;
      });
    }
  }
  if (queued > 0) outbox.wake();
  return queued;
}
