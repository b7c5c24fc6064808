/**
 * Where the access log hears about reads (issue 17): one middleware per admin route that shows or hands out
 * personal data, or changes something the firm must be able to trace, registered ahead of the routes by
 * `recordAccessOf(api, deps)`. It runs the route, and when the answer is a success writes the entry through
 * the group commit before the answer leaves: no entry, no data (a failed write fails the request).
 * A list is one entry per request, not one per row. Changes that run in a transaction of their own write
 * their entry inside it instead (intake state, erasure, member changes, sign-in: see the `recordAccessIn`
 * callers), so they are not listed here.
 *
 * @example
 *   api.use('*', requireSession(deps));
 *   recordAccessOf(api, deps); // before the routes it watches
 */
import type { AccessAction } from '@retainer/schema/admin';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { type AccessDetail, type AccessFacts, accessEntry, recordAccess } from './record.ts';

type AdminContext = Context<AdminEnv>;
type Facts = Omit<AccessFacts, 'action'>;
/** What to record about a successful answer; null records nothing (not an entry of this kind after all). */
type Describe = (c: AdminContext, answer: Response) => Facts | null | Promise<Facts | null>;

const noFacts: Describe = () => ({});

function after(deps: AdminDeps, action: AccessAction, describe: Describe = noFacts): MiddlewareHandler<AdminEnv> {
  return async function recordAccessAfter(c, next) {
    await next();
    if (c.res.status >= 300) return;
    const facts = await describe(c, c.res);
    if (facts) await recordAccess(deps, accessEntry(c, deps, { action, ...facts }));
  };
}

const json = async <T>(answer: Response): Promise<T> => (await answer.clone().json()) as T;

/** The query's non-personal filters (site, state, …): what the list was narrowed to. */
const queryDetail =
  (...keys: string[]): Describe =>
  (c) => {
    const detail: AccessDetail = {};
    for (const key of keys) {
      const value = c.req.query(key);
      if (value) detail[key] = value.slice(0, 64);
    }
    return { detail };
  };

async function intakeReference(deps: AdminDeps, firmId: string, id: string) {
  const row = await deps.db
    .selectFrom('intakes')
    .innerJoin('sites', 'sites.id', 'intakes.site')
    .select('intakes.reference')
    .where('intakes.id', '=', id)
    .where('sites.firm_id', '=', firmId)
    .executeTakeFirst();
  return row?.reference;
}

async function matterReference(deps: AdminDeps, firmId: string, id: string) {
  const row = await deps.db
    .selectFrom('matters')
    .innerJoin('sites', 'sites.id', 'matters.site')
    .select('matters.reference')
    .where('matters.id', '=', id)
    .where('sites.firm_id', '=', firmId)
    .executeTakeFirst();
  return row?.reference;
}

/** The intake named by `:id`, with its reference; null for an id that is not one of the firm's intakes. */
const intake =
  (deps: AdminDeps, detail: (c: AdminContext) => AccessDetail = () => ({})): Describe =>
  async (c) => {
    const id = c.req.param('id') ?? '';
    const reference = await intakeReference(deps, c.get('user').firmId, id);
    return reference ? { subject: { kind: 'intake', id, reference }, detail: detail(c) } : null;
  };

const matter =
  (deps: AdminDeps, change?: string): Describe =>
  async (c) => {
    const id = c.req.param('id') ?? '';
    const reference = await matterReference(deps, c.get('user').firmId, id);
    const detail: AccessDetail = change ? { change } : {};
    return reference ? { subject: { kind: 'matter', id, reference }, detail } : null;
  };

/** A matter just created: its id and reference are in the answer. */
const createdMatter =
  (from?: 'intake'): Describe =>
  async (c, answer) => {
    const { matter: created } = await json<{ matter: { id: string; reference: string } }>(answer);
    const detail: AccessDetail = from ? { intake: c.req.param('id') ?? '' } : {};
    return { subject: { kind: 'matter', id: created.id, reference: created.reference }, detail };
  };

const counts: Describe = async (_c, answer) => {
  const found = await json<{ intakes: unknown[]; matters: unknown[]; surveys: unknown[] }>(answer);
  return {
    subject: { kind: 'person' },
    detail: { intakes: found.intakes.length, matters: found.matters.length, surveys: found.surveys.length },
  };
};

const param =
  (kind: 'party' | 'email' | 'invitation' | 'survey', name = 'id', detail: AccessDetail = {}): Describe =>
  (c) => ({ subject: { kind, id: c.req.param(name) ?? null }, detail });

const site =
  (detail: AccessDetail): Describe =>
  (c) => ({
    subject: { kind: 'site', id: c.req.param('site') ?? null, reference: c.req.param('site') ?? null },
    detail,
  });

/** Registers the read (and small change) recorders; call after the session gate, before the routes. */
export function recordAccessOf(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.delete('/session', after(deps, 'signout'));
  api.post(
    '/invitations',
    after(deps, 'member.invited', async (_c, answer) => {
      const created = await json<{ id: string; role: string }>(answer);
      return { subject: { kind: 'invitation', id: created.id }, detail: { role: created.role } };
    }),
  );
  api.delete('/invitations/:id', after(deps, 'member.invitation_revoked', param('invitation')));

  api.post(
    '/sites',
    after(deps, 'settings.changed', async (_c, answer) => {
      const { id } = await json<{ id: string }>(answer);
      return { subject: { kind: 'site', id, reference: id }, detail: { setting: 'site.created' } };
    }),
  );
  api.put('/sites/:site', after(deps, 'settings.changed', site({ setting: 'site' })));
  for (const setting of [
    'retention',
    'captcha',
    'directory-settings',
    'faq/settings',
    'survey/settings',
    'email-settings',
    'messaging-settings',
  ]) {
    api.put(`/sites/:site/${setting}`, after(deps, 'settings.changed', site({ setting })));
  }
  api.put(
    '/messaging-settings',
    after(deps, 'settings.changed', () => ({ subject: { kind: 'firm' }, detail: { setting: 'messaging-settings' } })),
  );

  api.get('/inbox', after(deps, 'intake.listed', queryDetail('site', 'state', 'practiceArea', 'assignee')));
  api.get('/inbox/export', after(deps, 'intake.exported', queryDetail('site', 'state', 'practiceArea', 'assignee')));
  // `/inbox/export` matches `:id` too; it is not an intake of the firm, so `intake()` records nothing for it.
  api.get('/inbox/:id', after(deps, 'intake.viewed', intake(deps)));
  api.put('/inbox/:id/assignee', after(deps, 'intake.assigned', intake(deps)));
  api.post('/inbox/:id/notes', after(deps, 'intake.note_added', intake(deps)));
  api.post('/inbox/:id/replies', after(deps, 'intake.replied', intake(deps)));
  api.post('/inbox/:id/matter', after(deps, 'matter.created', createdMatter('intake')));

  api.get('/parties', after(deps, 'party.listed'));
  api.post('/parties/import', after(deps, 'party.imported'));
  api.delete('/parties/:id', after(deps, 'party.deleted', param('party')));

  api.post('/people/search', after(deps, 'person.viewed', counts));
  api.post('/people/export', after(deps, 'person.exported', counts));

  api.get('/matters', after(deps, 'matter.listed', queryDetail('site', 'status')));
  api.post('/matters', after(deps, 'matter.created', createdMatter()));
  api.get('/matters/:id', after(deps, 'matter.viewed', matter(deps)));
  for (const change of ['stages', 'lawyer', 'next-step', 'invoices/:invoice']) {
    api.put(`/matters/:id/${change}`, after(deps, 'matter.changed', matter(deps, change.split('/')[0])));
  }
  for (const change of ['updates', 'invoices', 'messages/:message/read', 'replies']) {
    api.post(`/matters/:id/${change}`, after(deps, 'matter.changed', matter(deps, change.split('/')[0])));
  }
  api.post('/matters/:id/access-code', after(deps, 'matter.code_reissued', matter(deps)));
  api.post('/matters/:id/close', after(deps, 'matter.closed', matter(deps)));

  api.get('/sites/:site/outbox', after(deps, 'email.listed', site({})));
  api.get('/sites/:site/outbox/:id', after(deps, 'email.viewed', param('email')));
  api.get('/sites/:site/outbox/:id/body', after(deps, 'email.viewed', param('email', 'id', { part: 'body' })));

  for (const list of ['invitations', 'comments', 'follow-ups']) {
    api.get(`/sites/:site/survey/${list}`, after(deps, 'survey.viewed', site({ list })));
  }
  // The FAQ report quotes what visitors asked, in their words.
  api.get('/sites/:site/faq/report', after(deps, 'faq.viewed', site({})));
  api.post('/sites/:site/survey/invitations', after(deps, 'survey.changed', site({ change: 'invitation' })));
  api.post('/sites/:site/survey/invitations/import', after(deps, 'survey.changed', site({ change: 'import' })));
  api.put(
    '/sites/:site/survey/follow-ups/:id',
    after(deps, 'survey.changed', param('survey', 'id', { change: 'follow-up' })),
  );
}

/** A member who just joined, from the session in the answer. */
const joined: Describe = async (_c, answer) => {
  const { user } = await json<{ user: { id: string; firmId: string; role: string } }>(answer);
  return {
    actor: { firmId: user.firmId, userId: user.id },
    subject: { kind: 'member', id: user.id },
    detail: { role: user.role },
  };
};

/** The recorders before the session gate: the first admin (setup) and a colleague accepting an invitation join. */
export function recordJoinsOf(api: Hono<AdminEnv>, deps: AdminDeps): void {
  api.post('/setup', after(deps, 'member.joined', joined));
  api.post('/invitations/accept', after(deps, 'member.joined', joined));
}
