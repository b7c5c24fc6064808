/**
 * The admin API of Clio Grow (issue 16), per site or intake of the signed-in user's firm (another firm's is a 404):
 * - `GET|PUT /sites/:site/clio-grow` (PUT: admins): the Lead Inbox token (write-only) and the `auto` switch.
 * - `GET /inbox/:id/clio-grow`: the intake's conflict check and its pushes, with Clio's answers.
 * - `POST /inbox/:id/clio-grow`: "Send to Clio Grow" now (202; the outbox sends it and retries).
 * - `POST /inbox/:id/conflict-clearance`: staff cleared a flagged conflict check; with `auto` on it sends.
 *
 * @example
 *   mountClioGrowRoutes(api, deps);
 */
import { problemTypes } from '@retainer/schema';
import {
  type ClioGrowPush,
  type ClioGrowStatus,
  clioGrowAction,
  clioGrowSettingsInput,
  type IntakeState,
} from '@retainer/schema/admin';
import type { Context, Hono } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { requireAdmin } from '../auth/require-session.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { notFound, readAdminJson } from '../http/read-body.ts';
import { type FirmIntake, loadFirmIntake } from '../inbox/firm-intakes.ts';
import { intakeFields } from '../inbox/intake-view.ts';
import { outboxAddress } from '../outbox/tables.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import { conflictCheckOf, leadFor } from './push-lead.ts';
import { clioPushRow, type PushData } from './push-row.ts';
import { loadClioGrowSettings } from './settings-store.ts';
import { answerAddress, tokenAddress } from './tables.ts';

type AdminContext = Context<AdminEnv>;

const refused = (code: string, detail: string) =>
  new ProblemError(409, problemTypes.conflict, { detail, errors: [{ path: 'clioGrow', code }] });

/** States in which an intake may still become a client: a declined or spam one is never sent by itself. */
const autoStates: readonly IntakeState[] = ['new', 'contacted', 'retained'];

export function getClioGrowSettingsRoute(deps: AdminDeps) {
  return async function handleGetClioGrowSettings(c: AdminContext): Promise<Response> {
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    return jsonResponse(200, await loadClioGrowSettings(deps.db, row.id));
  };
}

export function putClioGrowSettingsRoute(deps: AdminDeps) {
  return async function handlePutClioGrowSettings(c: AdminContext): Promise<Response> {
    const input = await readAdminJson(c, clioGrowSettingsInput);
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    const now = deps.now();
    const db = deps.db;
    const stored = await db
      .selectFrom('clio_grow_settings')
      .select('token')
      .where('site', '=', row.id)
      .executeTakeFirst();
    const token =
      input.token === null
        ? null
        : input.token
          ? deps.cipher.encrypt(input.token, tokenAddress(row.id))
          : (stored?.token ?? null);
    if (input.auto && !token) {
      throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'token', code: 'required' }] });
    }
    const values = { token, auto: input.auto ? 1 : 0, updated_at: now };
    await db
      .insertInto('clio_grow_settings')
      .values({ site: row.id, ...values })
      .onConflict((oc) => oc.column('site').doUpdateSet(values))
      .execute();
    return jsonResponse(200, await loadClioGrowSettings(deps.db, row.id));
  };
}

async function pushesOf(deps: AdminDeps, intake: FirmIntake): Promise<ClioGrowPush[]> {
  const rows = await deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('site', '=', intake.site)
    .where('subject_ref', '=', `intake:${intake.id}`)
    .where('kind', '=', 'clio-grow')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const answers = await deps.db
    .selectFrom('clio_grow_answers')
    .selectAll()
    .where(
      'outbox_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const answerOf = new Map(answers.map((a) => [a.outbox_id, a]));
  return rows.map((row): ClioGrowPush => {
    const data = JSON.parse(deps.cipher.decrypt(row.data, outboxAddress(row, 'data'))) as PushData;
    const answer = answerOf.get(row.id);
    return {
      id: row.id,
      trigger: data.trigger,
      by: data.by,
      state: row.state,
      attempts: Number(row.attempts),
      fields: data.fields,
      createdAt: Number(row.created_at),
      sentAt: row.sent_at === null ? null : Number(row.sent_at),
      nextAttemptAt: row.state === 'queued' || row.state === 'retrying' ? Number(row.next_attempt_at) : null,
      lastError: row.last_error,
      answer: answer
        ? {
            status: Number(answer.status),
            excerpt: deps.cipher.decrypt(answer.excerpt, answerAddress(row.site, row.id)),
            at: Number(answer.answered_at),
          }
        : null,
    };
  });
}

async function statusOf(deps: AdminDeps, firmId: string, intake: FirmIntake): Promise<ClioGrowStatus> {
  const [settings, conflict, pushes] = await Promise.all([
    loadClioGrowSettings(deps.db, intake.site),
    conflictCheckOf(deps.db, deps.cipher, firmId, { id: intake.id, fields: intakeFields(deps.cipher, intake) }),
    pushesOf(deps, intake),
  ]);
  return {
    configured: settings.configured,
    auto: settings.auto,
    conflictCheck: conflict.check,
    clearedBy: conflict.clearedBy,
    pushes,
  };
}

/** The intake's lead, or a 409 when it cannot be sent (erased, spam) or has nowhere to go. */
async function leadOfIntake(deps: AdminDeps, intake: FirmIntake) {
  if (intake.erased_at !== null) throw refused('erased', 'This intake was erased; there is nothing to send.');
  if (intake.state === 'spam') throw refused('spam', 'Move the intake out of Spam before sending it.');
  if (!(await loadClioGrowSettings(deps.db, intake.site)).configured) {
    throw refused('not_configured', 'Connect Clio Grow in the site settings first.');
  }
  const site = await deps.sites.get(intake.site);
  if (!site) throw notFound();
  return leadFor(site, intakeFields(deps.cipher, intake), intake.reference);
}

export function clioGrowStatusRoute(deps: AdminDeps) {
  return async function handleClioGrowStatus(c: AdminContext): Promise<Response> {
    const firmId = c.get('user').firmId;
    const intake = await loadFirmIntake(deps.db, firmId, c.req.param('id') ?? '');
    return jsonResponse(200, await statusOf(deps, firmId, intake));
  };
}

export function pushToClioGrowRoute(deps: AdminDeps) {
  return async function handlePushToClioGrow(c: AdminContext): Promise<Response> {
    await readAdminJson(c, clioGrowAction);
    const user = c.get('user');
    const intake = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    const lead = await leadOfIntake(deps, intake);
    const row = clioPushRow(
      { cipher: deps.cipher, now: deps.now(), baseUrl: deps.outbox.baseUrl() },
      {
        site: intake.site,
        intakeId: intake.id,
        reference: intake.reference,
        lead,
        trigger: 'manual',
        by: { id: user.id, name: user.name },
      },
    );
    await deps.db.insertInto('outbox').values(row).execute();
    deps.outbox.wake();
    return jsonResponse(202, await statusOf(deps, user.firmId, intake));
  };
}

export function clearConflictRoute(deps: AdminDeps) {
  return async function handleClearConflict(c: AdminContext): Promise<Response> {
    await readAdminJson(c, clioGrowAction);
    const user = c.get('user');
    const intake = await loadFirmIntake(deps.db, user.firmId, c.req.param('id') ?? '');
    const fields = intakeFields(deps.cipher, intake);
    const conflict = await conflictCheckOf(deps.db, deps.cipher, user.firmId, { id: intake.id, fields });
    if (conflict.check === 'clear') throw refused('nothing_flagged', 'Nothing in the party index matches this intake.');
    const settings = await loadClioGrowSettings(deps.db, intake.site);
    const sendNow = settings.auto && intake.erased_at === null && autoStates.includes(intake.state as IntakeState);
    const site = sendNow ? await deps.sites.get(intake.site) : undefined;
    const now = deps.now();
    let queued = false;
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('conflict_clearances')
        .values({ intake_id: intake.id, site: intake.site, by_user: user.id, at: now })
        .onConflict((oc) => oc.column('intake_id').doNothing())
        .execute();
      if (!site) return;
      const row = clioPushRow(
        { cipher: deps.cipher, now, baseUrl: deps.outbox.baseUrl() },
        {
          site: intake.site,
          intakeId: intake.id,
          reference: intake.reference,
          lead: leadFor(site, fields, intake.reference),
          trigger: 'auto',
          by: null,
        },
      );
      // The dedupe key: an intake goes by itself once, however often it is cleared.
      const inserted = await trx
        .insertInto('outbox')
        .values(row)
        .onConflict((oc) => oc.columns(['site', 'dedupe_key']).doNothing())
        .executeTakeFirst();
      queued = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    });
    if (queued) deps.outbox.wake();
    return jsonResponse(200, await statusOf(deps, user.firmId, intake));
  };
}

export function mountClioGrowRoutes(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.get('/sites/:site/clio-grow', getClioGrowSettingsRoute(deps));
  api.put('/sites/:site/clio-grow', requireAdmin, putClioGrowSettingsRoute(deps));
  api.get('/inbox/:id/clio-grow', clioGrowStatusRoute(deps));
  api.post('/inbox/:id/clio-grow', pushToClioGrowRoute(deps));
  api.post('/inbox/:id/conflict-clearance', clearConflictRoute(deps));
}
