/**
 * The collector–reader contract in tests (issue 14): every answer a test gets from the app is parsed
 * with the schema its reader parses it with — the dashboard's for `/api/admin/*` (the same schema
 * its `api/*.ts` passes to `read`), the widget's for `/v1/*` — and every error body with the problem
 * schema both read. An answer the reader cannot parse throws, so it fails `npm test`, not a user.
 *
 * @example
 *   const app = checkAnswers(createApp(options)); // every app.request(...) is now checked
 */
import {
  eventBatchReceipt,
  faqAnswer,
  intakeReceipt,
  matterView,
  problem,
  publicDirectory,
  publicFaqSettings,
  publicSiteConfig,
  statusMessageReceipt,
  statusNotifyState,
  statusSession,
  surveyOpened,
  surveyReceipt,
} from '@retainer/schema';
import * as admin from '@retainer/schema/admin';

type Schema = {
  safeParse: (input: unknown) => { success: true } | { success: false; error: { issues: readonly unknown[] } };
};

/** What the reader does with a JSON answer: parse it, or (`null`) nothing — it only checks the status. */
type Reader = Schema | null;

const site = `/api/admin/sites/[^/]+`;
const matter = `/api/admin/matters/[^/]+`;

/** [method, path pattern, reader]; the first match wins. Keep in step with packages/dashboard/src/api/*.ts. */
const readers: [string, RegExp, Reader][] = (
  [
    ['GET', '/api/admin/setup', admin.setupStatus],
    ['POST', '/api/admin/setup', admin.adminSession],
    ['GET', '/api/admin/session', admin.adminSession],
    ['POST', '/api/admin/session', admin.adminSession],
    ['DELETE', '/api/admin/session', null],
    ['GET', '/api/admin/team', admin.team],
    ['DELETE|PUT', '/api/admin/team/[^/]+(?:/role|/two-factor)?', admin.team],
    ['POST', '/api/admin/session/second-factor', admin.adminSession],
    ['GET', '/api/admin/me/two-factor', admin.twoFactorStatus],
    ['POST', '/api/admin/me/two-factor/enrolment', admin.twoFactorEnrolment],
    ['POST', '/api/admin/me/two-factor/(?:enrolment/confirm|recovery-codes)', admin.recoveryCodes],
    ['POST', '/api/admin/me/two-factor/disable', admin.twoFactorStatus],
    ['PUT', '/api/admin/firm/two-factor', admin.twoFactorStatus],
    ['GET', '/api/admin/access-log', admin.accessLogPage],
    ['GET|PUT', '/api/admin/access-log/settings', admin.accessLogSettings],
    ['POST', '/api/admin/invitations/preview', admin.invitationPreview],
    ['POST', '/api/admin/invitations/accept', admin.adminSession],
    ['POST', '/api/admin/invitations', admin.invitationCreated],
    ['DELETE', '/api/admin/invitations/[^/]+', null],
    ['GET', '/api/admin/api-keys', admin.apiKeyList],
    ['POST', '/api/admin/api-keys', admin.apiKeyCreated],
    ['DELETE', '/api/admin/api-keys/[^/]+', admin.apiKey],
    ['GET', '/api/admin/api-keys/[^/]+/uses', admin.apiKeyUses],
    ['GET', '/api/admin/sites', admin.siteList],
    ['POST', '/api/admin/sites', admin.adminSite],
    ['GET', `${site}/disclaimers`, admin.disclaimerHistory],
    ['GET', `${site}/snippets`, admin.siteSnippets],
    ['GET|PUT', `${site}/retention`, admin.retentionSettings],
    ['GET|PUT', `${site}/captcha`, admin.captchaSettings],
    ['GET|PUT', `${site}/clio-grow`, admin.clioGrowSettings],
    ['GET', `${site}/lawyers`, admin.lawyerList],
    ['PUT', `${site}/lawyers/order`, admin.lawyerList],
    ['POST', `${site}/lawyers`, admin.adminLawyer],
    ['GET|PUT', `${site}/lawyers/[^/]+`, admin.adminLawyer],
    ['DELETE', `${site}/lawyers/[^/]+`, null],
    ['GET|PUT', `${site}/directory-settings`, admin.directorySettings],
    ['GET', `${site}/faq/entries`, admin.faqEntryList],
    ['POST', `${site}/faq/entries`, admin.adminFaqEntry],
    ['PUT', `${site}/faq/entries/[^/]+`, admin.adminFaqEntry],
    ['DELETE', `${site}/faq/entries/[^/]+`, null],
    ['GET|PUT', `${site}/faq/settings`, admin.faqSettings],
    ['GET', `${site}/faq/report`, admin.faqReport],
    ['POST', `${site}/faq/entries/[^/]+/phrasings`, admin.adminFaqEntry],
    ['GET', `${site}/outbox`, admin.outboxList],
    ['GET', `${site}/outbox/[^/]+`, admin.outboxDetail],
    ['POST', `${site}/outbox/[^/]+/retry`, admin.outboxItem],
    ['GET|PUT', `${site}/email-settings`, admin.emailSettings],
    ['POST', `${site}/email-settings/test`, admin.emailTestResult],
    ['GET|PUT', `${site}/messaging-settings`, admin.siteMessagingSettings],
    ['GET', `${site}/webhooks`, admin.webhookEndpointList],
    ['POST', `${site}/webhooks`, admin.webhookSecretIssued],
    ['POST', `${site}/webhooks/[^/]+/rotate-secret`, admin.webhookSecretIssued],
    ['POST', `${site}/webhooks/[^/]+/test`, admin.webhookDeliveryQueued],
    ['GET', `${site}/webhooks/[^/]+/deliveries`, admin.webhookDeliveryList],
    ['POST', `${site}/webhooks/[^/]+/deliveries/[^/]+/retry`, admin.webhookDeliveryQueued],
    ['GET|PUT', `${site}/webhooks/[^/]+`, admin.webhookEndpoint],
    ['DELETE', `${site}/webhooks/[^/]+`, null],
    ['GET|PUT', '/api/admin/me/notifications', admin.notificationPreferences],
    ['GET|PUT', '/api/admin/messaging-settings', admin.messagingSettings],
    ['POST', '/api/admin/password-reset', null],
    ['POST', '/api/admin/password-reset/check', admin.passwordResetState],
    ['POST', '/api/admin/password-reset/confirm', null],
    ['POST', `${site}/photos`, admin.uploadedPhoto],
    ['GET', `${site}/journey/map`, admin.journeyMap],
    ['GET', `${site}/journey/trends`, admin.journeyTrends],
    ['GET', `${site}/journey/breakdown`, admin.journeyBreakdown],
    ['GET', `${site}/survey/invitations`, admin.surveyInvitationList],
    ['POST', `${site}/survey/invitations`, admin.surveyInvitationIssued],
    ['POST', `${site}/survey/invitations/import`, admin.surveyImportResult],
    ['GET', `${site}/survey/results`, admin.surveyResults],
    ['GET', `${site}/survey/comments`, admin.surveyCommentList],
    ['GET', `${site}/survey/follow-ups`, admin.followUpList],
    ['PUT', `${site}/survey/follow-ups/[^/]+`, admin.followUp],
    ['GET|PUT', `${site}/survey/settings`, admin.surveySettings],
    ['GET|PUT', site, admin.adminSite],
    ['GET', '/api/admin/inbox', admin.inboxList],
    ['GET', '/api/admin/inbox/[^/]+', admin.intakeDetail],
    ['GET|POST', '/api/admin/inbox/[^/]+/(?:clio-grow|conflict-clearance)', admin.clioGrowStatus],
    ['POST', '/api/admin/inbox/[^/]+/state', admin.intakeDetail],
    ['PUT', '/api/admin/inbox/[^/]+/assignee', admin.intakeDetail],
    ['POST', '/api/admin/inbox/[^/]+/notes', admin.intakeNote],
    ['POST', '/api/admin/inbox/[^/]+/replies', admin.intakeDetail],
    ['POST', '/api/admin/inbox/[^/]+/matter', admin.matterCreated],
    ['GET', '/api/admin/parties', admin.partyList],
    ['POST', '/api/admin/parties/import', admin.partyImportResult],
    ['DELETE', '/api/admin/parties/[^/]+', null],
    ['POST', '/api/admin/people/search', admin.personMatches],
    ['POST', '/api/admin/people/export', admin.personExport],
    ['POST', '/api/admin/people/erase', admin.erasureResult],
    ['GET', '/api/admin/matters', admin.matterList],
    ['POST', '/api/admin/matters', admin.matterCreated],
    ['POST', `${matter}/access-code`, admin.accessCodeIssued],
    ['GET', matter, admin.matterDetail],
    ['PUT', `${matter}/(?:stages|lawyer|next-step|invoices/[^/]+)`, admin.matterDetail],
    ['POST', `${matter}/(?:updates|invoices|close|replies|messages/[^/]+/read)`, admin.matterDetail],
    ['POST', '/v1/intake', intakeReceipt],
    ['POST', '/v1/events', eventBatchReceipt],
    ['GET', '/v1/sites/[^/]+/config', publicSiteConfig],
    ['GET', '/v1/sites/[^/]+/directory', publicDirectory],
    ['GET', '/v1/sites/[^/]+/faq', publicFaqSettings],
    ['POST', '/v1/faq/ask', faqAnswer],
    ['POST', '/v1/status/lookup', statusSession],
    ['POST', '/v1/status/matter', matterView],
    ['POST', '/v1/status/message', statusMessageReceipt],
    ['POST', '/v1/status/notify', statusNotifyState],
    ['POST', '/v1/survey/open', surveyOpened],
    ['POST', '/v1/survey', surveyReceipt],
    // Read by load balancers and monitors, which look at the status only.
    ['GET', '/healthz|/livez|/readyz', null],
  ] as const
).map(([method, path, reader]) => [method, new RegExp(`^(?:${path})$`), reader]);

/** Throws when the answer is JSON its reader cannot parse, or JSON from a route no reader is known for. */
export async function expectReadable(method: string, url: string, response: Response): Promise<void> {
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) return;
  const path = new URL(url, 'http://collector.test').pathname;
  const body = await response.clone().text();
  const json: unknown = JSON.parse(body);
  if (response.status >= 400) {
    if (!/^application\/problem\+json/i.test(type)) fail(method, path, response, 'an error that is not problem+json');
    return report(method, path, response, problem.safeParse(json));
  }
  // The survey CSV import answers its result with a 422 too; a 2xx is read below like any other.
  const found = readers.find(([m, pattern]) => m.split('|').includes(method) && pattern.test(path));
  if (!found)
    fail(method, path, response, 'JSON from a route with no reader schema listed in test-support/contract.ts');
  if (found[2]) report(method, path, response, found[2].safeParse(json));
}

function report(method: string, path: string, response: Response, parsed: ReturnType<Schema['safeParse']>): void {
  if (!parsed.success) fail(method, path, response, JSON.stringify(parsed.error.issues));
}

function fail(method: string, path: string, response: Response, why: string): never {
  throw new Error(`${method} ${path} → ${response.status}: its reader cannot parse the answer: ${why}`);
}

/** Makes `app.request` check every answer with `expectReadable` (the app is changed in place and returned). */
export function checkAnswers<T extends { request: AppRequest }>(app: T): T {
  const request = app.request.bind(app);
  const checked: AppRequest = async (input, init, ...rest) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = (input instanceof Request ? input.method : init?.method) ?? 'GET';
    const response = await request(input, init, ...rest);
    await expectReadable(method.toUpperCase(), url, response);
    return response;
  };
  app.request = checked;
  return app;
}

// biome-ignore lint/suspicious/noExplicitAny: Hono's env and execution-context arguments pass through untouched.
type AppRequest = (input: Request | string | URL, init?: RequestInit, ...rest: any[]) => Response | Promise<Response>;
