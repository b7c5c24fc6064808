/**
 * `/api/admin/matters…`: the firm's matters for the dashboard. A matter of another firm is the same
 * 404 as one that does not exist. Input is fully checked before anything is written; every change a
 * client can see moves `last_client_update_at`.
 *
 * @example
 *   api.get('/matters', listMattersRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import {
  createMatter,
  invoiceInput,
  type MatterDetail,
  type MatterSummary,
  postMatterUpdate,
  setInvoiceStatus,
  setNextStep,
  updateMatterLawyer,
  updateMatterStages,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { emptyBody, invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { publicOrigin } from '../http/request-info.ts';
import { loadFirmMessagingSettings } from '../messaging/settings-store.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { emailSurveyInvitation } from '../survey/invitation-email.ts';
import { clientStages } from './client-stages.ts';
import { endOfMatterSurvey } from './end-survey.ts';
import { listMatterReplies, notifyUpdatesOf } from './matter-replies.ts';
import * as store from './matter-store.ts';
import { openMatter } from './open-matter.ts';
import { stageTemplate } from './stage-templates.ts';
import type { MatterRow } from './tables.ts';
import { queueUpdateNotice, statusPageOf } from './update-notices.ts';

type AdminContext = Context<AdminEnv>;
const day = 24 * 3_600_000;

function summaryOf(
  row: MatterRow,
  personal: store.Personal,
  lawyerName: string | null,
  unread: number,
  now: number,
  targetDays: number,
): MatterSummary {
  const stages = store.stagesOf(row);
  const since = now - Number(row.last_client_update_at);
  return {
    id: row.id,
    site: row.site,
    reference: row.reference,
    clientName: personal.name,
    practiceArea: row.practice_area,
    lawyerId: row.lawyer_id,
    lawyerName,
    currentStage: row.current_stage,
    currentStageLabel: stages.find((s) => s.key === row.current_stage)?.label ?? row.current_stage,
    status: row.status,
    lastClientUpdateAt: Number(row.last_client_update_at),
    daysSinceClientUpdate: Math.max(0, Math.floor(since / day)),
    overdue: row.status === 'open' && since > targetDays * day,
    underAttack: row.locked_at !== null,
    unreadMessages: unread,
    createdAt: Number(row.created_at),
  };
}

export async function detailOf(deps: AdminDeps, row: MatterRow): Promise<MatterDetail> {
  const db = deps.db;
  const personal = store.decryptPersonal(deps.cipher, row);
  const [lawyers, unread, updates, invoices, messages, settings, replies, notifyUpdates] = await Promise.all([
    store.lawyersById(db, [row.site]),
    store.unreadCounts(db, [row.id]),
    store.listUpdates(db, deps.cipher, row),
    store.listInvoices(db, row.id),
    store.listMessages(db, deps.cipher, row),
    siteFirmSettings(deps, row.site),
    listMatterReplies(deps.db, deps.cipher, row),
    notifyUpdatesOf(deps.db, row.id),
  ]);
  const lawyerName = row.lawyer_id ? (lawyers.get(row.lawyer_id)?.name ?? null) : null;
  return {
    ...summaryOf(row, personal, lawyerName, unread.get(row.id) ?? 0, deps.now(), settings.updateTargetDays),
    clientEmail: personal.email ?? null,
    stages: store.stagesOf(row),
    nextStep: store.decryptNextStep(deps.cipher, row),
    updates,
    invoices,
    messages,
    failedAttempts: Number(row.failed_attempts),
    closedAt: row.closed_at === null ? null : Number(row.closed_at),
    surveyUrl: row.survey_url,
    replies,
    notifyUpdates,
    intakeId: row.intake_id ?? null,
    parties: store.decryptParties(deps.cipher, row),
  };
}

/** The firm's "days since the client was updated" target (issue 15: a setting, 14 by default). */
async function siteFirmSettings(deps: AdminDeps, site: string) {
  const owner = await deps.db.selectFrom('sites').select('firm_id').where('id', '=', site).executeTakeFirst();
  return loadFirmMessagingSettings(deps.db, owner?.firm_id ?? '');
}

async function firmMatter(deps: AdminDeps, c: AdminContext): Promise<MatterRow> {
  const row = await store.findFirmMatter(deps.db, c.get('user').firmId, c.req.param('id') ?? '');
  if (!row) throw notFound();
  return row;
}

async function checkLawyer(deps: AdminDeps, site: string, lawyerId: string | null | undefined) {
  if (!lawyerId) return;
  const lawyers = await store.lawyersById(deps.db, [site]);
  if (!lawyers.has(lawyerId)) throw invalidField('lawyerId', 'unknown_option');
}

export function listMattersRoute(deps: AdminDeps) {
  return async function handleListMatters(c: AdminContext): Promise<Response> {
    const db = deps.db;
    const site = c.req.query('site') || undefined;
    const rows = await store.listFirmMatters(db, c.get('user').firmId, site);
    const [lawyers, unread] = await Promise.all([
      store.lawyersById(db, [...new Set(rows.map((r) => r.site))]),
      store.unreadCounts(
        db,
        rows.map((r) => r.id),
      ),
    ]);
    const now = deps.now();
    const { updateTargetDays } = await loadFirmMessagingSettings(deps.db, c.get('user').firmId);
    let matters = rows.map((row) =>
      summaryOf(
        row,
        store.decryptPersonal(deps.cipher, row),
        row.lawyer_id ? (lawyers.get(row.lawyer_id)?.name ?? null) : null,
        unread.get(row.id) ?? 0,
        now,
        updateTargetDays,
      ),
    );
    if (c.req.query('overdue') === '1') matters = matters.filter((m) => m.overdue);
    return jsonResponse(200, { matters, targetDays: updateTargetDays });
  };
}

export function getMatterRoute(deps: AdminDeps) {
  return async function handleGetMatter(c: AdminContext): Promise<Response> {
    return jsonResponse(200, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function createMatterRoute(deps: AdminDeps) {
  return async function handleCreateMatter(c: AdminContext): Promise<Response> {
    const input = await readAdminJson(c, createMatter);
    const { row: siteRow } = await loadFirmSite(deps.db, c.get('user').firmId, input.site);
    const settings = JSON.parse(siteRow.config) as SiteSettings;
    if (!settings.practiceAreas.some((a) => a.id === input.practiceArea)) {
      throw invalidField('practiceArea', 'unknown_option');
    }
    await checkLawyer(deps, siteRow.id, input.lawyerId);
    const { id, accessCode } = await openMatter(deps, {
      site: siteRow.id,
      practiceArea: input.practiceArea,
      lawyerId: input.lawyerId ?? null,
      personal: { name: input.clientName, ...(input.clientEmail ? { email: input.clientEmail } : {}) },
      stages: input.stages ?? stageTemplate(input.practiceArea),
    });
    const row = await store.findFirmMatter(deps.db, c.get('user').firmId, id);
    if (!row) throw notFound();
    return jsonResponse(201, { matter: await detailOf(deps, row), accessCode });
  };
}

export function updateStagesRoute(deps: AdminDeps) {
  return async function handleUpdateStages(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const input = await readAdminJson(c, updateMatterStages);
    if (!input.stages.some((s) => s.key === input.currentStage)) throw invalidField('currentStage', 'unknown_option');
    const now = deps.now();
    const before = JSON.stringify(clientStages(store.stagesOf(row), row.current_stage));
    const after = JSON.stringify(clientStages(input.stages, input.currentStage));
    await store.updateMatter(
      deps.db,
      row.id,
      {
        stages: JSON.stringify(input.stages),
        current_stage: input.currentStage,
        ...(before === after ? {} : { last_client_update_at: now }),
      },
      now,
    );
    return jsonResponse(200, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function updateLawyerRoute(deps: AdminDeps) {
  return async function handleUpdateLawyer(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const { lawyerId } = await readAdminJson(c, updateMatterLawyer);
    await checkLawyer(deps, row.site, lawyerId);
    await store.updateMatter(deps.db, row.id, { lawyer_id: lawyerId }, deps.now());
    return jsonResponse(200, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function postUpdateRoute(deps: AdminDeps) {
  return async function handlePostUpdate(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const { text } = await readAdminJson(c, postMatterUpdate);
    const statusPage = await statusPageOf(deps.db, row.site, publicOrigin(c, deps));
    // The client's notice (if they opted in) commits with the update, or not at all.
    await store.insertUpdate(deps.db, deps.cipher, row, text, c.get('user').id, deps.now(), (trx, key) =>
      queueUpdateNotice(deps.outbox, trx, { row, cipher: deps.cipher, kind: 'update', key, statusPage }),
    );
    deps.outbox.wake();
    return jsonResponse(201, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function setNextStepRoute(deps: AdminDeps) {
  return async function handleSetNextStep(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const input = await readAdminJson(c, setNextStep);
    const before = store.decryptNextStep(deps.cipher, row);
    const now = deps.now();
    const changed =
      (before?.text ?? null) !== input.text || (input.text !== null && before?.expectedDate !== input.expectedDate);
    await store.updateMatter(
      deps.db,
      row.id,
      {
        next_step:
          input.text === null
            ? null
            : deps.cipher.encrypt(input.text, { site: row.site, id: row.id, field: 'nextStep' }),
        next_step_date: input.text === null ? null : (input.expectedDate ?? null),
        ...(changed ? { last_client_update_at: now } : {}),
      },
      now,
    );
    return jsonResponse(200, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function addInvoiceRoute(deps: AdminDeps) {
  return async function handleAddInvoice(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const input = await readAdminJson(c, invoiceInput);
    const now = deps.now();
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('matter_invoices')
        .values({
          id: randomUUID(),
          matter_id: row.id,
          number: input.number,
          amount: input.amount,
          currency: input.currency,
          due_date: input.dueDate,
          status: 'open',
          pay_url: input.payUrl ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .updateTable('matters')
        .set({ last_client_update_at: now, updated_at: now })
        .where('id', '=', row.id)
        .execute();
    });
    return jsonResponse(201, await detailOf(deps, await firmMatter(deps, c)));
  };
}

export function setInvoiceStatusRoute(deps: AdminDeps) {
  return async function handleSetInvoiceStatus(c: AdminContext): Promise<Response> {
    const row = await firmMatter(deps, c);
    const { status } = await readAdminJson(c, setInvoiceStatus);
    const result = await deps.db
      .updateTable('matter_invoices')
      .set({ status, updated_at: deps.now() })
      .where('matter_id', '=', row.id)
      .where('id', '=', c.req.param('invoice') ?? '')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound();
    return jsonResponse(200, await detailOf(deps, row));
  };
}

export function markMessageReadRoute(deps: AdminDeps) {
  return async function handleMarkRead(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const row = await firmMatter(deps, c);
    const result = await deps.db
      .updateTable('matter_messages')
      .set({ read_at: deps.now() })
      .where('matter_id', '=', row.id)
      .where('id', '=', c.req.param('message') ?? '')
      .where('read_at', 'is', null)
      .executeTakeFirst();
    const exists = await deps.db
      .selectFrom('matter_messages')
      .select('id')
      .where('matter_id', '=', row.id)
      .where('id', '=', c.req.param('message') ?? '')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0 && !exists) throw notFound();
    return jsonResponse(200, await detailOf(deps, row));
  };
}

export function reissueCodeRoute(deps: AdminDeps) {
  return async function handleReissueCode(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const row = await firmMatter(deps, c);
    const accessCode = await store.reissueAccessCode(deps.db, deps.cipher, row, deps.now());
    return jsonResponse(200, { reference: row.reference, accessCode });
  };
}

export function closeMatterRoute(deps: AdminDeps) {
  return async function handleCloseMatter(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const row = await firmMatter(deps, c);
    if (row.status === 'closed') return jsonResponse(200, await detailOf(deps, row));
    const now = deps.now();
    const stages = store.stagesOf(row);
    const last = stages.find((s) => s.key === 'closed') ?? stages.at(-1);
    const personal = store.decryptPersonal(deps.cipher, row);
    // Issue 15: the invitation is emailed to the client (when staff have the address) in the same transaction.
    await deps.db.transaction().execute(async (trx) => {
      const survey = await endOfMatterSurvey({
        db: trx,
        cipher: deps.cipher,
        createdBy: c.get('user').id,
        site: row.site,
        clientName: personal.name,
        email: personal.email,
        practiceArea: row.practice_area,
        lawyer: row.lawyer_id ?? undefined,
        now,
      });
      if (survey) await emailSurveyInvitation(deps.outbox, trx, survey);
      await store.updateMatter(
        trx,
        row.id,
        {
          status: 'closed',
          closed_at: now,
          current_stage: last?.key ?? row.current_stage,
          survey_url: survey?.url ?? null,
          last_client_update_at: now,
        },
        now,
      );
    });
    deps.outbox.wake();
    return jsonResponse(200, await detailOf(deps, await firmMatter(deps, c)));
  };
}
