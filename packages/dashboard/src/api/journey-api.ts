/**
 * Typed calls for the journey map (`/api/admin/sites/:site/journey/*`) and the CSV links.
 * GET only: no CSRF token needed; a 401 still ends the session through the shared client.
 *
 * @example
 *   const api = createJourneyApi(http);
 *   const map = await api.map('harbor-vale', { from, to, compare: '1' });
 */
import type { JourneyBreakdown, JourneyMap, JourneyQuery, JourneyTrends } from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { toApiProblem } from './api-problem.ts';

export type JourneyParams = Omit<JourneyQuery, 'format'>;

const searchOf = (params: JourneyParams & { format?: 'csv' }) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search;
};

const path = (site: string, table: 'map' | 'trends' | 'breakdown') =>
  `sites/${encodeURIComponent(site)}/journey/${table}`;

async function read<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw await toApiProblem(error);
  }
}

export function createJourneyApi(http: KyInstance) {
  return {
    map: (site: string, params: JourneyParams) =>
      read(() => http.get(path(site, 'map'), { searchParams: searchOf(params) }).json<JourneyMap>()),
    trends: (site: string, params: JourneyParams) =>
      read(() => http.get(path(site, 'trends'), { searchParams: searchOf(params) }).json<JourneyTrends>()),
    breakdown: (site: string, params: JourneyParams) =>
      read(() => http.get(path(site, 'breakdown'), { searchParams: searchOf(params) }).json<JourneyBreakdown>()),
    /** A same-origin link the browser downloads with the session cookie. */
    csvUrl: (site: string, table: 'map' | 'trends' | 'breakdown', params: JourneyParams) =>
      `/api/admin/${path(site, table)}?${searchOf({ ...params, format: 'csv' })}`,
  };
}

export type JourneyApi = ReturnType<typeof createJourneyApi>;
