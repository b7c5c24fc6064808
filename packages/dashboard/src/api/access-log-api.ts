/**
 * Typed calls to the firm's access log (issue 17, admins only): `/api/admin/access-log`, its CSV and its
 * retention setting.
 *
 * @example
 *   const page = await createAccessLogApi(http).list({ actor: 'u-ben' });
 */
import {
  type AccessAction,
  type AccessLogPage,
  type AccessLogSettings,
  accessLogPage,
  accessLogSettings,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

/** The log's filters; dates are epoch ms (`to` exclusive). */
export type AccessLogFilters = {
  actor?: string | undefined;
  action?: AccessAction | undefined;
  subject?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
};

export function accessLogParams(filters: AccessLogFilters, cursor?: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params[key] = String(value);
  }
  if (cursor) params.cursor = cursor;
  return params;
}

export function createAccessLogApi(http: KyInstance) {
  return {
    list: (filters: AccessLogFilters, cursor?: string): Promise<AccessLogPage> =>
      read(accessLogPage, () => http.get('access-log', { searchParams: accessLogParams(filters, cursor) })),
    /** A plain link: the browser downloads it with the session cookie (a GET needs no CSRF token). */
    csvUrl: (filters: AccessLogFilters) => {
      const query = new URLSearchParams(accessLogParams(filters)).toString();
      return `/api/admin/access-log.csv${query ? `?${query}` : ''}`;
    },
    settings: (): Promise<AccessLogSettings> => read(accessLogSettings, () => http.get('access-log/settings')),
    saveSettings: (input: AccessLogSettings): Promise<AccessLogSettings> =>
      read(accessLogSettings, () => http.put('access-log/settings', { json: input })),
  };
}

export type AccessLogApi = ReturnType<typeof createAccessLogApi>;
