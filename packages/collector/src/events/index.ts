/**
 * `POST /v1/events`: a batch of journey events, stored once per event id. The answer
 * depends only on the batch, so a retry cannot tell whether the first attempt landed.
 *
 * @example
 *   app.post('/v1/events', ingestEvents({ storage, sites })); // 200 { received: n }
 */
import { type EventBatchReceipt, eventBatch, problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOrigin, refuseUnknownOrigin } from '../cors/index.ts';
import { ProblemError } from '../errors/index.ts';
import { readWidgetJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import type { CachedSite, SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import type { EventRow } from '../storage/tables.ts';

export type EventsOptions = { storage: Storage; sites: SiteCache; now?: () => number };

export function ingestEvents({ storage, sites, now = Date.now }: EventsOptions) {
  return async function handleEvents(c: Context<AppEnv>): Promise<Response> {
    await refuseUnknownOrigin(c, sites);
    const { events } = await readWidgetJson(c, eventBatch);
    const siteIds = [...new Set(events.map((event) => event.site))];
    const known: CachedSite[] = [];
    for (const id of siteIds) {
      const site = await sites.get(id);
      if (!site)
        throw new ProblemError(422, problemTypes.unknownSite, {
          errors: [{ path: 'events.site', code: 'unknown_site' }],
        });
      known.push(site);
    }
    grantOrigin(c, known);

    const receivedAt = now();
    const rows: EventRow[] = events.map((event) => ({
      id: event.id,
      site: event.site,
      journey: event.journey,
      stage: event.stage,
      type: event.type,
      ts: event.ts,
      received_at: receivedAt,
      props: event.props ? JSON.stringify(event.props) : null,
    }));
    await storage.insertEvents(rows);
    const receipt: EventBatchReceipt = { received: events.length };
    return jsonResponse(200, receipt, corsHeaders(c));
  };
}
