/**
 * `POST /api/admin/inbox/:id/matter` (issue 17): "Open a matter" on a retained intake. The matter gets
 * the client's name and email, the practice area, the responsible lawyer (the one the visitor asked
 * for, else the directory profile of the assignee) and the intake's parties; intake and matter link
 * both ways. The access code comes back once, as with `POST /matters`. A second open is a 409 naming
 * the existing matter; the unique index on `matters.intake_id` settles two clicks at once.
 *
 * @example
 *   api.post('/inbox/:id/matter', openMatterRoute(deps));
 */
import { problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { emptyBody, invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { detailOf } from '../status/matter-routes.ts';
import { findFirmMatter } from '../status/matter-store.ts';
import { openMatter } from '../status/open-matter.ts';
import { stageTemplate } from '../status/stage-templates.ts';
import type { Db } from '../storage/database.ts';
import type { FirmIntake } from './firm-intakes.ts';
import { loadFirmIntake } from './firm-intakes.ts';
import { intakeFields } from './intake-view.ts';
import { requestedLawyer } from './requested-lawyer.ts';

const matterExists = (matterId: string) => new ProblemError(409, problemTypes.matterExists, { matterId });

/** The lawyer asked for (if still on the site), else the site's profile whose email is the assignee's. */
async function responsibleLawyer(db: Db, row: FirmIntake): Promise<string | null> {
  const asked = await requestedLawyer(db, row);
  if (asked?.name) return asked.id;
  if (!row.assignee) return null;
  const assignee = await db.selectFrom('users').select('email').where('id', '=', row.assignee).executeTakeFirst();
  if (!assignee) return null;
  const lawyers = await db
    .selectFrom('lawyers')
    .select(['id', 'profile'])
    .where('site', '=', row.site)
    .where('status', '=', 'active')
    .orderBy('position')
    .execute();
  const match = lawyers.find((l) => {
    const { email } = JSON.parse(l.profile) as { email?: unknown };
    return typeof email === 'string' && email.toLowerCase() === assignee.email.toLowerCase();
  });
  return match?.id ?? null;
}

async function matterOfIntake(db: Db, intakeId: string): Promise<string | undefined> {
  const found = await db.selectFrom('matters').select('id').where('intake_id', '=', intakeId).executeTakeFirst();
  return found?.id;
}

export function openMatterRoute(deps: AdminDeps) {
  return async function handleOpenMatter(c: Context<AdminEnv>): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const user = c.get('user');
    const row = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    if (row.matter_id) throw matterExists(row.matter_id);
    if (row.state !== 'retained') {
      throw new ProblemError(409, problemTypes.intakeNotRetained, { detail: 'Mark the intake retained first.' });
    }
    const fields = intakeFields(deps.cipher, row);
    if (!fields.name) throw invalidField('name', 'required');
    if (!fields.practiceArea) throw invalidField('practiceArea', 'required');
    const practiceArea = fields.practiceArea;
    let created: { id: string; accessCode: string };
    try {
      created = await openMatter(
        deps,
        {
          site: row.site,
          practiceArea,
          lawyerId: await responsibleLawyer(deps.db, row),
          personal: { name: fields.name, ...(fields.email ? { email: fields.email } : {}) },
          stages: stageTemplate(practiceArea),
          intakeId: row.id,
          parties: [
            ...(fields.adverseParties ?? []).map((name) => ({ name, kind: 'adverse' as const })),
            ...(fields.relatedParties ?? []).map((name) => ({ name, kind: 'related' as const })),
          ],
        },
        async (trx, matterId) => {
          const linked = await trx
            .updateTable('intakes')
            .set({ matter_id: matterId })
            .where('id', '=', row.id)
            .where('matter_id', 'is', null)
            .executeTakeFirst();
          if (Number(linked.numUpdatedRows) !== 1) throw new ProblemError(409, problemTypes.matterExists);
        },
      );
    } catch (error) {
      // Someone opened it meanwhile: name their matter (the unique index or the link refused ours).
      const existing = await matterOfIntake(deps.db, row.id);
      if (existing) throw matterExists(existing);
      throw error;
    }
    const matter = await findFirmMatter(deps.db, user.firmId, created.id);
    if (!matter) throw notFound();
    return jsonResponse(201, { matter: await detailOf(deps, matter), accessCode: created.accessCode });
  };
}
