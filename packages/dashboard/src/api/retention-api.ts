/**
 * Typed calls to `/api/admin/sites/:site/retention` (issue 9): how long the site keeps intake text,
 * survey comments and raw journey events.
 *
 * @example
 *   const settings = await createRetentionApi(http).settings('harbor-vale');
 */
import { type RetentionSettings, retentionSettings } from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

export function createRetentionApi(http: KyInstance) {
  const path = (site: string) => `sites/${encodeURIComponent(site)}/retention`;
  return {
    settings: (site: string): Promise<RetentionSettings> => read(retentionSettings, () => http.get(path(site))),
    save: (site: string, input: RetentionSettings): Promise<RetentionSettings> =>
      read(retentionSettings, () => http.put(path(site), { json: input })),
  };
}
