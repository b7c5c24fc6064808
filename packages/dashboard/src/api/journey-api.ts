/**
 * Typed calls for the journey map (`/api/admin/sites/:site/journey/*`) and the CSV links.
 * GET only: no CSRF token needed; a 401 still ends the session through the shared client.
 *
 * @example
 *   const api = createJourneyApi(http);
 *   const map = await api.map('harbor-vale', { from, to, compare: '1' });
 */
import {
  type JourneyBreakdown,
  type JourneyMap,
  type JourneyQuery,
  type JourneyTrends,
  journeyBreakdown,
  journeyMap,
  journeyTrends,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

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

export function createJourneyApi(http: KyInstance) {
  return {
    map: (site: string, params: JourneyParams): Promise<JourneyMap> =>
      read(journeyMap, () => http.get(path(site, 'map'), { searchParams: searchOf(params) })),
    trends: (site: string, params: JourneyParams): Promise<JourneyTrends> =>
      read(journeyTrends, () => http.get(path(site, 'trends'), { searchParams: searchOf(params) })),
    breakdown: (site: string, params: JourneyParams): Promise<JourneyBreakdown> =>
      read(journeyBreakdown, () => http.get(path(site, 'breakdown'), { searchParams: searchOf(params) })),
    /** A same-origin link the browser downloads with the session cookie. */
    csvUrl: (site: string, table: 'map' | 'trends' | 'breakdown', params: JourneyParams) =>
      `/api/admin/${path(site, table)}?${searchOf({ ...params, format: 'csv' })}`,
  };
}

export type JourneyApi = ReturnType<typeof createJourneyApi>;
