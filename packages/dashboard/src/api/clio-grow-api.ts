/**
 * Typed calls for Clio Grow (issue 16): a site's Lead Inbox connection (the token is sent, never read back) and
 * an intake's pushes and conflict clearance.
 *
 * @example
 *   await createClioGrowApi(http).push('intake-id'); // → ClioGrowStatus, the push queued
 */
import {
  type ClioGrowSettings,
  type ClioGrowSettingsInput,
  type ClioGrowStatus,
  clioGrowSettings,
  clioGrowStatus,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read } from './read-response.ts';

export function createClioGrowApi(http: KyInstance) {
  const site = (id: string) => `sites/${encodeURIComponent(id)}/clio-grow`;
  const intake = (id: string) => `inbox/${encodeURIComponent(id)}`;
  return {
    settings: (id: string): Promise<ClioGrowSettings> => read(clioGrowSettings, () => http.get(site(id))),
    save: (id: string, input: ClioGrowSettingsInput): Promise<ClioGrowSettings> =>
      read(clioGrowSettings, () => http.put(site(id), { json: input })),
    status: (id: string): Promise<ClioGrowStatus> => read(clioGrowStatus, () => http.get(`${intake(id)}/clio-grow`)),
    push: (id: string): Promise<ClioGrowStatus> =>
      read(clioGrowStatus, () => http.post(`${intake(id)}/clio-grow`, { json: {} })),
    clearConflict: (id: string): Promise<ClioGrowStatus> =>
      read(clioGrowStatus, () => http.post(`${intake(id)}/conflict-clearance`, { json: {} })),
  };
}
