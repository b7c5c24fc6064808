/**
 * Typed calls to `/api/admin/sites/:site/survey/…` (issue 6): invitations, results, comments, the
 * follow-up queue and the survey settings, checked against `@retainer/schema/admin`.
 *
 * @example
 *   const survey = createSurveyApi(http);
 *   const results = await survey.results('harbor-vale');
 */
import {
  type CreateSurveyInvitation,
  type FollowUp,
  followUp,
  followUpList,
  type SurveyComment,
  type SurveyImportResult,
  type SurveyInvitation,
  type SurveyInvitationIssued,
  type SurveyResults,
  type SurveyResultsQuery,
  type SurveySettings,
  surveyCommentList,
  surveyImportResult,
  surveyInvitationIssued,
  surveyInvitationList,
  surveyResults,
  surveySettings,
  type UpdateFollowUp,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { ApiProblem, toApiProblem } from './api-problem.ts';
import { read } from './read-response.ts';

export type CommentGroup = SurveyComment['group'];

export function createSurveyApi(http: KyInstance) {
  const base = (site: string) => `sites/${encodeURIComponent(site)}/survey`;
  return {
    /** `range`: the journey map's (epoch ms, `to` exclusive), so both can be compared; none = every answer. */
    results: (site: string, range: SurveyResultsQuery = {}): Promise<SurveyResults> =>
      read(surveyResults, () =>
        http.get(`${base(site)}/results`, {
          searchParams: Object.fromEntries(
            Object.entries(range).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
          ),
        }),
      ),
    comments: async (site: string, group?: CommentGroup): Promise<SurveyComment[]> =>
      (
        await read(surveyCommentList, () =>
          http.get(`${base(site)}/comments`, { searchParams: group ? { group } : {} }),
        )
      ).comments,
    invitations: async (site: string): Promise<SurveyInvitation[]> =>
      (await read(surveyInvitationList, () => http.get(`${base(site)}/invitations`))).invitations,
    invite: (site: string, input: CreateSurveyInvitation): Promise<SurveyInvitationIssued> =>
      read(surveyInvitationIssued, () => http.post(`${base(site)}/invitations`, { json: input })),
    /**
     * Bad rows come back in `errors`; a file with no good row is a 422 carrying the same body.
     * `email`: also email each row that has an address (`?email=1`, issue 15).
     */
    importCsv: async (
      site: string,
      csv: string,
      moment: CreateSurveyInvitation['moment'],
      email = false,
    ): Promise<SurveyImportResult> => {
      try {
        const response = await http.post(`${base(site)}/invitations/import`, {
          body: csv,
          searchParams: email ? { moment, email: '1' } : { moment },
          headers: { 'content-type': 'text/csv; charset=utf-8' },
          throwHttpErrors: false,
        });
        const parsed = surveyImportResult.safeParse(
          await response
            .clone()
            .json()
            .catch(() => undefined),
        );
        if (parsed.success) return parsed.data;
        throw await toApiProblem(new Error(`HTTP ${response.status}`));
      } catch (error) {
        throw error instanceof ApiProblem ? error : await toApiProblem(error);
      }
    },
    followUps: async (site: string, state?: FollowUp['state']): Promise<FollowUp[]> =>
      (await read(followUpList, () => http.get(`${base(site)}/follow-ups`, { searchParams: state ? { state } : {} })))
        .followUps,
    updateFollowUp: (site: string, id: string, input: UpdateFollowUp): Promise<FollowUp> =>
      read(followUp, () => http.put(`${base(site)}/follow-ups/${encodeURIComponent(id)}`, { json: input })),
    settings: (site: string): Promise<SurveySettings> => read(surveySettings, () => http.get(`${base(site)}/settings`)),
    saveSettings: (site: string, input: SurveySettings): Promise<SurveySettings> =>
      read(surveySettings, () => http.put(`${base(site)}/settings`, { json: input })),
  };
}

export type SurveyApi = ReturnType<typeof createSurveyApi>;
