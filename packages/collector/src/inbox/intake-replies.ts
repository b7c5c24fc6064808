/**
 * `POST /api/admin/inbox/:id/replies` (issue 15): staff answer a prospect by email from the intake.
 * The reply is kept on the intake (encrypted), goes to the outbox in the same transaction, and the
 * first one is first contact: a `new` intake moves to `contacted` and its response clock stops.
 * The email carries the reply and the reference, never what the prospect wrote.
 *
 * @example
 *   api.post('/inbox/:id/replies', replyToIntakeRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { type Language, languages } from '@retainer/schema';
import { type IntakeReply, replyToIntake } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { type FirmIntake, loadFirmIntake } from './firm-intakes.ts';
import { buildDetail } from './intake-detail.ts';
import { intakeFields, intakeLanguage } from './intake-view.ts';

export const replyField = (replyId: string) => `reply:${replyId}`;

/** The prospect's language, else the site's default. */
async function languageOf(deps: AdminDeps, row: FirmIntake): Promise<Language> {
  const lang = intakeLanguage(row);
  if (lang && (languages as readonly string[]).includes(lang)) return lang as Language;
  const site = await deps.db.selectFrom('sites').select('config').where('id', '=', row.site).executeTakeFirst();
  return site ? (JSON.parse(site.config) as SiteSettings).defaultLanguage : 'en';
}

export async function listIntakeReplies(deps: AdminDeps, row: FirmIntake, person: (id: string) => { name: string }) {
  const rows = await deps.db
    .selectFrom('intake_replies')
    .selectAll()
    .where('intake_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(
    (r): IntakeReply => ({
      id: r.id,
      author: { id: r.author_id, name: person(r.author_id).name },
      body: deps.cipher.decrypt(r.body, { site: row.site, id: row.id, field: replyField(r.id) }),
      createdAt: Number(r.created_at),
    }),
  );
}

export function replyToIntakeRoute(deps: AdminDeps) {
  return async function handleReplyToIntake(c: Context<AdminEnv>): Promise<Response> {
    const { text } = await readAdminJson(c, replyToIntake);
    const user = c.get('user');
    const row = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    const email = row.erased_at === null ? intakeFields(deps.cipher, row, ['email']).email : undefined;
    if (!email) throw invalidField('email', 'no_email');
    const locale = await languageOf(deps, row);
    const now = deps.now();
    const replyId = randomUUID();
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('intake_replies')
        .values({
          id: replyId,
          intake_id: row.id,
          author_id: user.id,
          body: deps.cipher.encrypt(text, { site: row.site, id: row.id, field: replyField(replyId) }),
          created_at: now,
        })
        .execute();
      // The first reply is first contact: a waiting intake moves on and its clock stops.
      const moved = await trx
        .updateTable('intakes')
        .set({ state: 'contacted', first_contact_at: now })
        .where('id', '=', row.id)
        .where('state', '=', 'new')
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) > 0) {
        await trx
          .insertInto('intake_history')
          .values({
            id: randomUUID(),
            intake_id: row.id,
            from_state: 'new',
            to_state: 'contacted',
            reason: null,
            by_user: user.id,
            at: now,
          })
          .execute();
      } else {
        await trx
          .updateTable('intakes')
          .set({ first_contact_at: now })
          .where('id', '=', row.id)
          .where('first_contact_at', 'is', null)
          .execute();
      }
      await deps.outbox.enqueueEmail(trx, {
        site: row.site,
        template: 'intake-reply',
        locale,
        to: email,
        data: { reference: row.reference, text, author: user.name },
        reason: 'intake.reply',
        subjectRef: `intake:${row.id}`,
        dedupeKey: `intake-reply:${replyId}`,
      });
    });
    deps.outbox.wake();
    return jsonResponse(201, await buildDetail(deps, user.firmId, await loadFirmIntake(deps.db, user.firmId, row.id)));
  };
}
