/**
 * Typed calls to the collector's admin API (`/work/notes/admin-api.md`), one function per
 * endpoint. Answers are checked against `@retainer/schema/admin`, so contract drift shows up as
 * a clear "unexpected response" instead of a blank screen.
 *
 * @example
 *   const api = createAdminApi(createAdminClient({ csrfToken, onUnauthorized }));
 *   const { items, stats } = await api.listIntakes({ state: 'new' });
 */
import {
  type AcceptInvitation,
  type AdminLawyer,
  type AdminSession,
  type AdminSite,
  adminLawyer,
  adminSession,
  adminSite,
  type CreateSite,
  type DirectorySettings,
  type DisclaimerVersionRecord,
  directorySettings,
  disclaimerHistory,
  erasureResult,
  type InboxList,
  type IntakeDetail,
  type IntakeState,
  type InvitationCreated,
  type InvitationPreview,
  type InviteUser,
  inboxList,
  intakeDetail,
  intakeNote,
  invitationCreated,
  invitationPreview,
  type LawyerInput,
  lawyerList,
  type PartyImportResult,
  type PersonMatches,
  partyImportResult,
  personMatches,
  type Role,
  type SetupAdmin,
  type SignIn,
  type SiteSettingsInput,
  type SiteSnippets,
  setupStatus,
  siteList,
  siteSnippets,
  type Team,
  team,
  type UploadedPhoto,
  uploadedPhoto,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { createAccessLogApi } from './access-log-api.ts';
import { toApiProblem } from './api-problem.ts';
import { createCaptchaApi } from './captcha-api.ts';
import { createClioGrowApi } from './clio-grow-api.ts';
import { createFaqApi } from './faq-api.ts';
import { createIntegrationsApi } from './integrations-api.ts';
import { createMattersApi } from './matters-api.ts';
import { createMessagingApi } from './messaging-api.ts';
import { createOutboxApi } from './outbox-api.ts';
import { read, send } from './read-response.ts';
import { createRetentionApi } from './retention-api.ts';
import { createSurveyApi } from './survey-api.ts';
import { createTwoFactorApi } from './two-factor-api.ts';

/** Filters the inbox understands; dates are epoch ms (`to` exclusive); `assignee` a user id or `none`. */
export type InboxFilters = {
  site?: string | undefined;
  state?: IntakeState | undefined;
  practiceArea?: string | undefined;
  assignee?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
};

/** Drops empty filters so the query string carries only what the user chose. */
export function inboxSearchParams(filters: InboxFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params[key] = String(value);
  }
  return params;
}

export function createAdminApi(http: KyInstance) {
  const site = (id: string) => `sites/${encodeURIComponent(id)}`;
  const intake = (id: string) => `inbox/${encodeURIComponent(id)}`;
  return {
    /** The status tracker's matters (issue 7). */
    matters: createMattersApi(http),
    /** The client survey (issue 6). */
    survey: createSurveyApi(http),
    /** The FAQ bot (issue 5). */
    faq: createFaqApi(http),
    /** How long each site keeps what people wrote and raw events (issue 9). */
    retention: createRetentionApi(http),
    /** Outbox, email settings, my notifications (issue 15). */
    outbox: createOutboxApi(http),
    captcha: createCaptchaApi(http),
    /** Clio Grow: the Lead Inbox connection, pushes, conflict clearance (issue 16). */
    clioGrow: createClioGrowApi(http),
    /** Replies by email, messaging settings, forgot password (issue 15). */
    messaging: createMessagingApi(http),
    /** Two-factor sign-in (issue 17). */
    twoFactor: createTwoFactorApi(http),
    /** The firm's access log (issue 17). */
    accessLog: createAccessLogApi(http),
    /** Admin API keys and webhook endpoints (issue 16). */
    integrations: createIntegrationsApi(http),
    setupStatus: () => read(setupStatus, () => http.get('setup')),
    setup: (input: SetupAdmin): Promise<AdminSession> => read(adminSession, () => http.post('setup', { json: input })),
    getSession: (): Promise<AdminSession> => read(adminSession, () => http.get('session')),
    signIn: (input: SignIn): Promise<AdminSession> => read(adminSession, () => http.post('session', { json: input })),
    signOut: () => send(() => http.delete('session')),

    getTeam: (): Promise<Team> => read(team, () => http.get('team')),
    invite: (input: InviteUser): Promise<InvitationCreated> =>
      read(invitationCreated, () => http.post('invitations', { json: input })),
    revokeInvitation: (id: string) => send(() => http.delete(`invitations/${encodeURIComponent(id)}`)),
    /** Issue 17 (admins): the answer is the team as it is now. */
    removeMember: (id: string) => send(() => http.delete(`team/${encodeURIComponent(id)}`)),
    changeMemberRole: (id: string, role: Role): Promise<Team> =>
      read(team, () => http.put(`team/${encodeURIComponent(id)}/role`, { json: { role } })),
    previewInvitation: (token: string): Promise<InvitationPreview> =>
      read(invitationPreview, () => http.post('invitations/preview', { json: { token } })),
    acceptInvitation: (input: AcceptInvitation): Promise<AdminSession> =>
      read(adminSession, () => http.post('invitations/accept', { json: input })),

    listSites: async (): Promise<AdminSite[]> => (await read(siteList, () => http.get('sites'))).sites,
    getSite: (id: string): Promise<AdminSite> => read(adminSite, () => http.get(site(id))),
    createSite: (input: CreateSite): Promise<AdminSite> => read(adminSite, () => http.post('sites', { json: input })),
    updateSite: (id: string, input: SiteSettingsInput): Promise<AdminSite> =>
      read(adminSite, () => http.put(site(id), { json: input })),
    listDisclaimers: async (id: string): Promise<DisclaimerVersionRecord[]> =>
      (await read(disclaimerHistory, () => http.get(`${site(id)}/disclaimers`))).versions,
    getSnippets: (id: string): Promise<SiteSnippets> => read(siteSnippets, () => http.get(`${site(id)}/snippets`)),

    listLawyers: async (siteId: string): Promise<AdminLawyer[]> =>
      (await read(lawyerList, () => http.get(`${site(siteId)}/lawyers`))).lawyers,
    createLawyer: (siteId: string, input: LawyerInput): Promise<AdminLawyer> =>
      read(adminLawyer, () => http.post(`${site(siteId)}/lawyers`, { json: input })),
    updateLawyer: (siteId: string, id: string, input: LawyerInput): Promise<AdminLawyer> =>
      read(adminLawyer, () => http.put(`${site(siteId)}/lawyers/${encodeURIComponent(id)}`, { json: input })),
    deleteLawyer: (siteId: string, id: string) =>
      send(() => http.delete(`${site(siteId)}/lawyers/${encodeURIComponent(id)}`)),
    /** The complete new display order: every lawyer id of the site once. */
    reorderLawyers: async (siteId: string, order: string[]): Promise<AdminLawyer[]> =>
      (await read(lawyerList, () => http.put(`${site(siteId)}/lawyers/order`, { json: { order } }))).lawyers,
    getDirectorySettings: (siteId: string): Promise<DirectorySettings> =>
      read(directorySettings, () => http.get(`${site(siteId)}/directory-settings`)),
    updateDirectorySettings: (siteId: string, input: DirectorySettings): Promise<DirectorySettings> =>
      read(directorySettings, () => http.put(`${site(siteId)}/directory-settings`, { json: input })),
    /** Sends the file's raw bytes; the collector reads the image type from them, not from the name. */
    uploadPhoto: (siteId: string, file: Blob): Promise<UploadedPhoto> =>
      read(uploadedPhoto, () =>
        http.post(`${site(siteId)}/photos`, {
          body: file,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      ),

    listIntakes: (filters: InboxFilters): Promise<InboxList> =>
      read(inboxList, () => http.get('inbox', { searchParams: inboxSearchParams(filters) })),
    getIntake: (id: string): Promise<IntakeDetail> => read(intakeDetail, () => http.get(intake(id))),
    changeState: (id: string, state: IntakeState, reason?: string): Promise<IntakeDetail> =>
      read(intakeDetail, () =>
        http.post(`${intake(id)}/state`, { json: reason === undefined ? { state } : { state, reason } }),
      ),
    assign: (id: string, assignee: string | null): Promise<IntakeDetail> =>
      read(intakeDetail, () => http.put(`${intake(id)}/assignee`, { json: { assignee } })),
    addNote: (id: string, body: string) => read(intakeNote, () => http.post(`${intake(id)}/notes`, { json: { body } })),
    /** A plain link: the browser downloads it with the session cookie (a GET needs no CSRF token). */
    inboxCsvUrl: (filters: InboxFilters) => {
      const query = new URLSearchParams(inboxSearchParams(filters)).toString();
      return `/api/admin/inbox/export${query ? `?${query}` : ''}`;
    },
    importParties: (csv: string): Promise<PartyImportResult> =>
      read(partyImportResult, () =>
        http.post('parties/import', { body: csv, headers: { 'content-type': 'text/csv; charset=utf-8' } }),
      ),

    /** People are looked up by POST so the email never lands in a URL (logs, history). */
    findPerson: (email: string): Promise<PersonMatches> =>
      read(personMatches, () => http.post('people/search', { json: { email } })),
    exportPerson: async (email: string): Promise<Blob> => {
      try {
        return await http.post('people/export', { json: { email } }).blob();
      } catch (error) {
        throw await toApiProblem(error);
      }
    },
    erasePerson: (email: string) => read(erasureResult, () => http.post('people/erase', { json: { email } })),
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
