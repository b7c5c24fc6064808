/**
 * One change the collector pushes to open dashboards over `GET /api/admin/live` (Server-Sent Events,
 * issue 15): what kind of row arrived and on which site, never what it says — the dashboard refetches.
 *
 * @example
 *   import { liveChange } from '@retainer/schema/admin';
 *   const change = liveChange.safeParse(JSON.parse(event.data));
 */
import * as z from 'zod/mini';

export const liveChange = z.strictObject({
  type: z.enum(['intake', 'matter-message']),
  site: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type LiveChange = z.infer<typeof liveChange>;
