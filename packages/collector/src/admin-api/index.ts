/**
 * The dashboard's side of the collector: `/api/admin/*` (session cookie, CSRF token, firm
 * scope) and the SPA at `/dashboard`, both behind strict security headers.
 * The route list is the contract the dashboard codes against (see /work/notes/admin-api.md).
 *
 * @example
 *   mountDashboard(app, { storage, cipher, sites, now, widgetsDir, admin: { publicUrl, dashboardDir } });
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import {
  acceptInvitationRoute,
  inviteRoute,
  previewInvitationRoute,
  revokeInvitationRoute,
} from '../auth/invitation-routes.ts';
import { verifyAgainstDummy } from '../auth/password.ts';
import { requireAdmin, requireSession } from '../auth/require-session.ts';
import { currentSession, signInRoute, signOutRoute } from '../auth/session-routes.ts';
import { setupRoute, setupStatusRoute } from '../auth/setup-routes.ts';
import { teamRoute } from '../auth/team-route.ts';
import { getCaptchaRoute, putCaptchaRoute } from '../captcha/index.ts';
import { deletePartyRoute, importPartiesRoute, listPartiesRoute } from '../conflicts/party-routes.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { serveDashboard } from '../dashboard-files/index.ts';
import {
  createLawyerRoute,
  deleteLawyerRoute,
  getDirectorySettingsRoute,
  getLawyerRoute,
  listLawyersRoute,
  putDirectorySettingsRoute,
  reorderLawyersRoute,
  updateLawyerRoute,
} from '../directory/lawyer-routes.ts';
import { uploadPhotoRoute } from '../directory/photo-routes.ts';
import {
  addFaqPhrasingRoute,
  createFaqEntryRoute,
  deleteFaqEntryRoute,
  faqReportRoute,
  getFaqSettingsRoute,
  listFaqEntriesRoute,
  putFaqSettingsRoute,
  updateFaqEntryRoute,
} from '../faq/index.ts';
import type { AdminDeps, AdminOptions } from '../http/admin-deps.ts';
import { exportInboxRoute, inboxRoute, intakeDetailRoute } from '../inbox/inbox-routes.ts';
import { addNoteRoute, assignRoute, changeStateRoute } from '../inbox/intake-actions.ts';
import { openMatterRoute } from '../inbox/open-matter-route.ts';
import { journeyBreakdownRoute, journeyMapRoute, journeyTrendsRoute } from '../journey/journey-routes.ts';
import { createLiveFeed, type LiveFeed, liveRoute } from '../live/index.ts';
import { mountMessagingRoutes, mountPasswordResetRoutes } from '../messaging/routes.ts';
import type { Outbox } from '../outbox/outbox.ts';
import {
  getEmailSettingsRoute,
  getNotificationsRoute,
  listOutboxRoute,
  outboxDetailRoute,
  putEmailSettingsRoute,
  putNotificationsRoute,
  retryOutboxRoute,
  testEmailRoute,
} from '../outbox/routes.ts';
import { outboxBodyRoute } from '../outbox-view/index.ts';
import { erasePersonRoute, exportPersonRoute, searchPersonRoute } from '../people/person-routes.ts';
import { getRetentionRoute, putRetentionRoute } from '../retention/index.ts';
import {
  createSiteRoute,
  disclaimerHistoryRoute,
  getSiteRoute,
  listSitesRoute,
  snippetsRoute,
  updateSiteRoute,
} from '../site-admin/site-routes.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import {
  addInvoiceRoute,
  closeMatterRoute,
  createMatterRoute,
  getMatterRoute,
  listMattersRoute,
  markMessageReadRoute,
  postUpdateRoute,
  reissueCodeRoute,
  setInvoiceStatusRoute,
  setNextStepRoute,
  updateLawyerRoute as updateMatterLawyerRoute,
  updateStagesRoute,
} from '../status/matter-routes.ts';
import type { Storage } from '../storage/open-storage.ts';
import {
  createInvitationRoute,
  getSurveySettingsRoute,
  importInvitationsRoute,
  listFollowUpsRoute,
  listInvitationsRoute,
  putSurveySettingsRoute,
  surveyCommentsRoute,
  surveyResultsRoute,
  updateFollowUpRoute,
} from '../survey/survey-routes.ts';
import { changeRoleRoute, removeMemberRoute } from '../team/member-routes.ts';
import type { AdminEnv } from './admin-env.ts';
import { dashboardSecurityHeaders } from './security-headers.ts';

export type { AdminOptions } from '../http/admin-deps.ts';

export function createAdminApi(deps: AdminDeps, live: LiveFeed = createLiveFeed(deps)): Hono<AdminEnv> {
  // Hash the dummy password now, so the first sign-in with an unknown email is not slower than the others.
  void verifyAgainstDummy('warm-up', deps.passwordCost);
  const api = new Hono<AdminEnv>();
  api.use('*', dashboardSecurityHeaders);

  // Reachable without a session: they are how a session starts.
  api.get('/setup', setupStatusRoute(deps));
  api.post('/setup', setupRoute(deps));
  api.post('/session', signInRoute(deps));
  api.post('/invitations/preview', previewInvitationRoute(deps));
  api.post('/invitations/accept', acceptInvitationRoute(deps));
  mountPasswordResetRoutes(api, deps);

  // Everything registered below runs after this gate (Hono runs handlers in registration order),
  // and so does an unknown path: without a session it is a 401, not a map of what exists.
  api.use('*', requireSession(deps));
  api.get('/session', currentSession);
  // Issue 15: open dashboards hear about new intakes and client messages (Server-Sent Events).
  api.get('/live', liveRoute(deps, live));
  api.delete('/session', signOutRoute(deps));
  api.get('/team', teamRoute(deps));
  api.post('/invitations', requireAdmin, inviteRoute(deps));
  api.delete('/invitations/:id', requireAdmin, revokeInvitationRoute(deps));
  // Issue 17: admins remove members and change roles.
  api.delete('/team/:id', requireAdmin, removeMemberRoute(deps));
  api.put('/team/:id/role', requireAdmin, changeRoleRoute(deps));

  api.get('/sites', listSitesRoute(deps));
  api.post('/sites', requireAdmin, createSiteRoute(deps));
  api.get('/sites/:site', getSiteRoute(deps));
  api.put('/sites/:site', requireAdmin, updateSiteRoute(deps));
  api.get('/sites/:site/disclaimers', disclaimerHistoryRoute(deps));
  api.get('/sites/:site/snippets', snippetsRoute(deps));
  api.get('/sites/:site/retention', getRetentionRoute(deps));
  api.put('/sites/:site/retention', requireAdmin, putRetentionRoute(deps));
  api.get('/sites/:site/captcha', getCaptchaRoute(deps));
  api.put('/sites/:site/captcha', requireAdmin, putCaptchaRoute(deps));

  api.get('/sites/:site/lawyers', listLawyersRoute(deps));
  api.post('/sites/:site/lawyers', createLawyerRoute(deps));
  // Before `/lawyers/:id`, so `order` is not taken for an id.
  api.put('/sites/:site/lawyers/order', reorderLawyersRoute(deps));
  api.get('/sites/:site/lawyers/:id', getLawyerRoute(deps));
  api.put('/sites/:site/lawyers/:id', updateLawyerRoute(deps));
  api.delete('/sites/:site/lawyers/:id', deleteLawyerRoute(deps));
  api.get('/sites/:site/directory-settings', getDirectorySettingsRoute(deps));
  api.put('/sites/:site/directory-settings', putDirectorySettingsRoute(deps));
  api.get('/sites/:site/faq/entries', listFaqEntriesRoute(deps));
  api.post('/sites/:site/faq/entries', createFaqEntryRoute(deps));
  api.put('/sites/:site/faq/entries/:id', updateFaqEntryRoute(deps));
  api.delete('/sites/:site/faq/entries/:id', deleteFaqEntryRoute(deps));
  api.get('/sites/:site/faq/settings', getFaqSettingsRoute(deps));
  api.put('/sites/:site/faq/settings', putFaqSettingsRoute(deps));
  api.get('/sites/:site/faq/report', faqReportRoute(deps));
  api.post('/sites/:site/faq/entries/:id/phrasings', addFaqPhrasingRoute(deps));
  api.post('/sites/:site/photos', uploadPhotoRoute(deps));

  api.get('/sites/:site/journey/map', journeyMapRoute(deps));
  api.get('/sites/:site/journey/trends', journeyTrendsRoute(deps));
  api.get('/sites/:site/journey/breakdown', journeyBreakdownRoute(deps));

  api.get('/inbox', inboxRoute(deps));
  api.get('/inbox/export', exportInboxRoute(deps));
  api.get('/inbox/:id', intakeDetailRoute(deps));
  api.post('/inbox/:id/state', changeStateRoute(deps));
  api.put('/inbox/:id/assignee', assignRoute(deps));
  api.post('/inbox/:id/notes', addNoteRoute(deps));
  // Issue 17: a retained intake becomes a matter in one step.
  api.post('/inbox/:id/matter', openMatterRoute(deps));

  api.get('/parties', listPartiesRoute(deps));
  api.post('/parties/import', requireAdmin, importPartiesRoute(deps));
  api.delete('/parties/:id', requireAdmin, deletePartyRoute(deps));

  api.post('/people/search', searchPersonRoute(deps));
  api.post('/people/export', exportPersonRoute(deps));
  api.post('/people/erase', requireAdmin, erasePersonRoute(deps));

  // Status tracker (issue 7): any signed-in user of the firm works its matters.
  api.get('/matters', listMattersRoute(deps));
  api.post('/matters', createMatterRoute(deps));
  api.get('/matters/:id', getMatterRoute(deps));
  api.put('/matters/:id/stages', updateStagesRoute(deps));
  api.put('/matters/:id/lawyer', updateMatterLawyerRoute(deps));
  api.post('/matters/:id/updates', postUpdateRoute(deps));
  api.put('/matters/:id/next-step', setNextStepRoute(deps));
  api.post('/matters/:id/invoices', addInvoiceRoute(deps));
  api.put('/matters/:id/invoices/:invoice', setInvoiceStatusRoute(deps));
  api.post('/matters/:id/messages/:message/read', markMessageReadRoute(deps));
  api.post('/matters/:id/access-code', reissueCodeRoute(deps));
  api.post('/matters/:id/close', closeMatterRoute(deps));

  api.get('/sites/:site/survey/invitations', listInvitationsRoute(deps));
  api.post('/sites/:site/survey/invitations', createInvitationRoute(deps));
  api.post('/sites/:site/survey/invitations/import', importInvitationsRoute(deps));
  api.get('/sites/:site/survey/results', surveyResultsRoute(deps));
  api.get('/sites/:site/survey/comments', surveyCommentsRoute(deps));
  api.get('/sites/:site/survey/follow-ups', listFollowUpsRoute(deps));
  api.put('/sites/:site/survey/follow-ups/:id', updateFollowUpRoute(deps));
  api.get('/sites/:site/survey/settings', getSurveySettingsRoute(deps));
  api.put('/sites/:site/survey/settings', requireAdmin, putSurveySettingsRoute(deps));

  // Outbox and email (issue 15): any member reads and retries; admins change the mail settings.
  api.get('/sites/:site/outbox', listOutboxRoute(deps));
  api.get('/sites/:site/outbox/:id', outboxDetailRoute(deps));
  api.get('/sites/:site/outbox/:id/body', outboxBodyRoute(outboxDetailRoute(deps)));
  api.post('/sites/:site/outbox/:id/retry', retryOutboxRoute(deps));
  api.get('/sites/:site/email-settings', getEmailSettingsRoute(deps));
  api.put('/sites/:site/email-settings', requireAdmin, putEmailSettingsRoute(deps));
  api.post('/sites/:site/email-settings/test', requireAdmin, testEmailRoute(deps));
  api.get('/me/notifications', getNotificationsRoute(deps));
  api.put('/me/notifications', putNotificationsRoute(deps));
  mountMessagingRoutes(api, deps);
  return api;
}

export type MountOptions = {
  storage: Storage;
  cipher: FieldCipher;
  sites: SiteCache;
  now: () => number;
  widgetsDir?: string | undefined;
  admin?: AdminOptions | undefined;
  outbox: Outbox;
};

/** Adds `/api/admin/*` and `/dashboard` to the collector app; returns the live feed, which `close()` ends. */
export function mountDashboard(app: Hono<AppEnv>, options: MountOptions): LiveFeed {
  const admin = options.admin ?? {};
  const deps: AdminDeps = {
    db: options.storage.db,
    cipher: options.cipher,
    sites: options.sites,
    now: options.now,
    widgetsDir: options.widgetsDir,
    publicUrl: admin.publicUrl,
    trustProxy: admin.trustProxy ?? false,
    passwordCost: admin.passwordCost,
    outbox: options.outbox,
  };
  const live = createLiveFeed({ db: deps.db, now: deps.now, pollMs: admin.livePollMs });
  app.route('/api/admin', createAdminApi(deps, live) as unknown as Hono<AppEnv>);
  if (admin.dashboardDir) {
    const dashboard = new Hono<AppEnv>();
    dashboard.use('*', dashboardSecurityHeaders);
    const handler = serveDashboard(admin.dashboardDir);
    dashboard.get('/', handler);
    dashboard.get('/*', handler);
    app.route('/dashboard', dashboard);
  }
  return live;
}
