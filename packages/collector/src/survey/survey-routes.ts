/**
 * `/api/admin/sites/:site/survey/…`: invitations (one, or many from a CSV), results, comments,
 * the follow-up queue and the site's survey settings. The site must belong to the user's firm;
 * anything else is the same 404.
 *
 * @example
 *   api.post('/sites/:site/survey/invitations', createInvitationRoute(deps));
 */
import { issuesToErrors, problemTypes, type SurveyMeasure, scoreGroup } from '@retainer/schema';
import {
  type CreateSurveyInvitation,
  createSurveyInvitation,
  type FollowUp,
  type SurveyComment,
  type SurveyImportResult,
  type SurveyInvitation,
  type SurveyInvitationIssued,
  surveyResultsQuery,
  surveySettings,
  updateFollowUp,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { CsvError } from '../csv/index.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { readTextBody } from '../http/read-text.ts';
import { publicOrigin } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import { demoSiteId } from '../seed/demo-site.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { invitationsFromCsv } from './invitation-csv.ts';
import { emailSurveyInvitation } from './invitation-email.ts';
import { issueSurveyInvitation } from './issue-invitation.ts';
import { surveyResultsOf } from './survey-results.ts';
import { loadSurveySettings, saveSurveySettings } from './survey-settings-store.ts';
import type { SurveyInvitationRow } from './tables.ts';

type AdminContext = Context<AdminEnv>;

const maxCsvBytes = 512 * 1024;

async function firmSite(deps: AdminDeps, c: AdminContext) {
  const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
  const settings = JSON.parse(row.config) as SiteSettings;
  return { id: row.id, practiceAreas: new Set(settings.practiceAreas.map((a) => a.id)) };
}

export function invitationState(row: SurveyInvitationRow, now: number): SurveyInvitation['state'] {
  if (row.answered_at !== null) return 'answered';
  if (Number(row.expires_at) <= now) return 'expired';
  return row.opened_at !== null ? 'opened' : 'created';
}

export function toInvitation(deps: AdminDeps, row: SurveyInvitationRow): SurveyInvitation {
  const address = (field: string) => ({ site: row.site, id: row.id, field });
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    id: row.id,
    site: row.site,
    moment: row.moment as SurveyInvitation['moment'],
    measure: row.measure as SurveyMeasure,
    clientName: deps.cipher.decrypt(row.client_name, address('clientName')),
    email: row.email ? deps.cipher.decrypt(row.email, address('email')) : null,
    practiceArea: row.practice_area,
    lawyer: row.lawyer,
    lang: row.lang as SurveyInvitation['lang'],
    page: row.page,
    state: invitationState(row, deps.now()),
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    openedAt: num(row.opened_at),
    answeredAt: num(row.answered_at),
  };
}

/** Where links point: the request's page, the site's setting, or (demo site only) the demo's feedback page. */
async function pageFor(deps: AdminDeps, c: AdminContext, site: string, input: CreateSurveyInvitation) {
  if (input.page) return input.page;
  const { page } = await loadSurveySettings(deps.db, site);
  if (page) return page;
  if (site === demoSiteId) return `${publicOrigin(c, deps)}/demo/feedback.html`;
  throw invalidField('page', 'required');
}

async function checkInvitation(
  deps: AdminDeps,
  site: { id: string; practiceAreas: Set<string> },
  input: CreateSurveyInvitation,
) {
  if (input.practiceArea && !site.practiceAreas.has(input.practiceArea))
    return { path: 'practiceArea', code: 'unknown_option' };
  if (input.lawyer) {
    const lawyer = await deps.db
      .selectFrom('lawyers')
      .select('id')
      .where('site', '=', site.id)
      .where('id', '=', input.lawyer)
      .executeTakeFirst();
    if (!lawyer) return { path: 'lawyer', code: 'unknown_option' };
  }
  return undefined;
}

async function issue(deps: AdminDeps, c: AdminContext, site: string, input: CreateSurveyInvitation) {
  const page = await pageFor(deps, c, site, input);
  const { sendEmail, ...invitation } = input;
  // Issue 15: the email (when asked for) commits with the invitation, or neither does.
  const issued = await deps.db.transaction().execute(async (trx) => {
    const made = await issueSurveyInvitation(trx, {
      ...invitation,
      cipher: deps.cipher,
      site,
      page,
      createdBy: c.get('user').id,
      now: deps.now(),
    });
    if (sendEmail) await emailSurveyInvitation(deps.outbox, trx, made);
    return made;
  });
  if (sendEmail) deps.outbox.wake();
  const body: SurveyInvitationIssued = { invitation: toInvitation(deps, issued.row), url: issued.url };
  return body;
}

export function createInvitationRoute(deps: AdminDeps) {
  return async function handleCreateInvitation(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const input = await readAdminJson(c, createSurveyInvitation);
    const problem = await checkInvitation(deps, site, input);
    if (problem) throw invalidField(problem.path, problem.code);
    if (input.sendEmail && !input.email) throw invalidField('email', 'required');
    return jsonResponse(201, await issue(deps, c, site.id, input));
  };
}

export function importInvitationsRoute(deps: AdminDeps) {
  return async function handleImportInvitations(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const moment = c.req.query('moment') ?? 'end';
    if (moment !== 'end' && moment !== 'mid-matter' && moment !== 'first-contact')
      throw invalidField('moment', 'unknown_option');
    const text = await readTextBody(c, /^text\/(?:csv|plain)\s*(?:;|$)/i, maxCsvBytes);
    let parsed: ReturnType<typeof invitationsFromCsv>;
    try {
      parsed = invitationsFromCsv(text, moment);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      throw new ProblemError(422, problemTypes.validation, {
        errors: [{ path: `line.${error.line}`, code: 'unterminated_quote' }],
      });
    }
    // `?email=1` (issue 15): email each invitation that has an address.
    const sendEmail = c.req.query('email') === '1';
    const body: SurveyImportResult = { issued: [], errors: parsed.errors };
    for (const { line, input } of parsed.rows) {
      const problem = await checkInvitation(deps, site, input);
      if (problem) body.errors.push({ line, ...problem });
      else body.issued.push(await issue(deps, c, site.id, { ...input, sendEmail: sendEmail && !!input.email }));
    }
    body.errors.sort((a, b) => a.line - b.line);
    return jsonResponse(body.issued.length > 0 ? 201 : 422, body);
  };
}

export function listInvitationsRoute(deps: AdminDeps) {
  return async function handleListInvitations(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const rows = await deps.db
      .selectFrom('survey_invitations')
      .selectAll()
      .where('site', '=', site.id)
      .orderBy('created_at', 'desc')
      .limit(500)
      .execute();
    return jsonResponse(200, { invitations: rows.map((row) => toInvitation(deps, row)) });
  };
}

export function surveyResultsRoute(deps: AdminDeps) {
  return async function handleSurveyResults(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const query = surveyResultsQuery.safeParse(c.req.query());
    if (!query.success) {
      throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(query.error.issues) });
    }
    const { from, to } = query.data;
    const range = from === undefined && to === undefined ? undefined : { from, to };
    return jsonResponse(200, await surveyResultsOf(deps.db, site.id, deps.now(), range));
  };
}

export function surveyCommentsRoute(deps: AdminDeps) {
  return async function handleSurveyComments(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const group = c.req.query('group');
    if (group && group !== 'positive' && group !== 'neutral' && group !== 'negative')
      throw invalidField('group', 'unknown_option');
    const rows = await deps.db
      .selectFrom('survey_invitations')
      .selectAll()
      .where('site', '=', site.id)
      .where('comment', 'is not', null)
      .orderBy('answered_at', 'desc')
      .limit(1000)
      .execute();
    const comments: SurveyComment[] = rows
      .map((row) => ({
        id: row.id,
        measure: row.measure as SurveyMeasure,
        score: Number(row.score),
        group: scoreGroup(row.measure as SurveyMeasure, Number(row.score)),
        comment: deps.cipher.decrypt(row.comment ?? '', { site: row.site, id: row.id, field: 'comment' }),
        answeredAt: Number(row.answered_at),
        practiceArea: row.practice_area,
        lawyer: row.lawyer,
        lang: row.lang as SurveyComment['lang'],
      }))
      .filter((comment) => !group || comment.group === group)
      .slice(0, 200);
    return jsonResponse(200, { comments });
  };
}

function toFollowUp(deps: AdminDeps, row: SurveyInvitationRow): FollowUp {
  const address = (field: string) => ({ site: row.site, id: row.id, field });
  const answeredAt = Number(row.answered_at);
  const closedAt = row.closed_at === null ? null : Number(row.closed_at);
  return {
    id: row.id,
    site: row.site,
    measure: row.measure as SurveyMeasure,
    score: Number(row.score),
    clientName: deps.cipher.decrypt(row.client_name, address('clientName')),
    email: row.email ? deps.cipher.decrypt(row.email, address('email')) : null,
    comment: row.comment ? deps.cipher.decrypt(row.comment, address('comment')) : null,
    practiceArea: row.practice_area,
    lawyer: row.lawyer,
    answeredAt,
    state: row.follow_up === 'closed' ? 'closed' : 'open',
    assignee: row.assignee,
    note: row.follow_up_note ? deps.cipher.decrypt(row.follow_up_note, address('followUpNote')) : null,
    closedAt,
    ageMs: Math.max(0, (closedAt ?? deps.now()) - answeredAt),
  };
}

export function listFollowUpsRoute(deps: AdminDeps) {
  return async function handleListFollowUps(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const state = c.req.query('state');
    if (state && state !== 'open' && state !== 'closed') throw invalidField('state', 'unknown_option');
    let query = deps.db
      .selectFrom('survey_invitations')
      .selectAll()
      .where('site', '=', site.id)
      .where('follow_up', 'is not', null);
    if (state) query = query.where('follow_up', '=', state);
    // The longest-waiting first: that is the order to work the queue in.
    const rows = await query.orderBy('answered_at', 'asc').limit(500).execute();
    return jsonResponse(200, { followUps: rows.map((row) => toFollowUp(deps, row)) });
  };
}

export function updateFollowUpRoute(deps: AdminDeps) {
  return async function handleUpdateFollowUp(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const db = deps.db;
    const id = c.req.param('id') ?? '';
    const find = () =>
      db
        .selectFrom('survey_invitations')
        .selectAll()
        .where('site', '=', site.id)
        .where('id', '=', id)
        .where('follow_up', 'is not', null)
        .executeTakeFirst();
    if (!(await find())) throw notFound();
    const input = await readAdminJson(c, updateFollowUp);
    if (input.assignee) {
      const colleague = await deps.db
        .selectFrom('users')
        .select('id')
        .where('id', '=', input.assignee)
        .where('firm_id', '=', c.get('user').firmId)
        .executeTakeFirst();
      if (!colleague) throw invalidField('assignee', 'unknown_user');
    }
    const changes: Partial<SurveyInvitationRow> = {};
    if (input.assignee !== undefined) changes.assignee = input.assignee;
    if (input.note !== undefined) {
      changes.follow_up_note = input.note
        ? deps.cipher.encrypt(input.note, { site: site.id, id, field: 'followUpNote' })
        : null;
    }
    if (input.state === 'closed') Object.assign(changes, { follow_up: 'closed', closed_at: deps.now() });
    if (input.state === 'open') Object.assign(changes, { follow_up: 'open', closed_at: null });
    if (Object.keys(changes).length > 0) {
      await db
        .updateTable('survey_invitations')
        .set(changes)
        .where('id', '=', id)
        .where('site', '=', site.id)
        .execute();
    }
    const row = await find();
    if (!row) throw notFound();
    return jsonResponse(200, toFollowUp(deps, row));
  };
}

export function getSurveySettingsRoute(deps: AdminDeps) {
  return async function handleGetSurveySettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    return jsonResponse(200, await loadSurveySettings(deps.db, site.id));
  };
}

export function putSurveySettingsRoute(deps: AdminDeps) {
  return async function handlePutSurveySettings(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const settings = await readAdminJson(c, surveySettings);
    await saveSurveySettings(deps.db, site.id, settings, deps.now());
    return jsonResponse(200, settings);
  };
}
