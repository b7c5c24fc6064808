/**
 * `GET /api/admin/sites/:site/journey/{map,trends,breakdown}`: the journey map of one of the
 * firm's sites (another firm's site is a 404). Query: `from`, `to` (epoch ms; default the last
 * 90 days), `compare=1`, the filters `practiceArea lawyer lang source device`; `interval` for
 * trends; `stage` + `dimension` for a breakdown; `format=csv` for any of them.
 *
 * @example
 *   api.get('/sites/:site/journey/map', journeyMapRoute(deps));
 */
import { issuesToErrors, problemTypes } from '@retainer/schema';
import { type JourneyQuery, journeyQuery } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, notFound } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { businessHoursOf } from '../site-admin/site-mapping.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { dayMs } from './event-facts.ts';
import { buildJourneyBreakdown } from './journey-breakdown.ts';
import { breakdownCsv, mapCsv, trendsCsv } from './journey-csv.ts';
import { pickFilters, type Scope } from './journey-filters.ts';
import { buildJourneyMap } from './journey-map.ts';
import { buildJourneyTrends } from './journey-trends.ts';
import { siteLawyers, withOtherLawyers } from './other-lawyers.ts';

export const defaultRangeMs = 90 * dayMs;
/** Two years: longer ranges are what the CSV of the trends is for. */
export const maxRangeMs = 731 * dayMs;

function readQuery(c: Context): JourneyQuery {
  const parsed = journeyQuery.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
  }
  return parsed.data;
}

async function firmSite(deps: AdminDeps, c: Context<AdminEnv>) {
  const site = await deps.db
    .selectFrom('sites')
    .select(['id', 'config', 'business_hours'])
    .where('id', '=', c.req.param('site') ?? '')
    .where('firm_id', '=', c.get('user').firmId)
    .executeTakeFirst();
  if (!site) throw notFound();
  return site;
}

/** The scope and the site's lawyers (for the lawyer filter's names and its "Other", issue 14). */
async function lawyerScope(deps: AdminDeps, scope: Scope) {
  const lawyers = await siteLawyers(db(deps), scope.site);
  return { lawyers, scope: await withOtherLawyers(db(deps), scope, lawyers) };
}

function scopeOf(site: string, query: JourneyQuery, now: number): Scope {
  const to = query.to ?? now;
  const from = query.from ?? to - defaultRangeMs;
  if (from >= to) throw invalidField('from', 'after_to');
  if (to - from > maxRangeMs) throw invalidField('from', 'range_too_long');
  return { site, from, to, filters: pickFilters(query) };
}

const db = (deps: AdminDeps) => deps.db;

function csvResponse(name: string, body: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function journeyMapRoute(deps: AdminDeps) {
  return async function handleJourneyMap(c: Context<AdminEnv>): Promise<Response> {
    const site = await firmSite(deps, c);
    const query = readQuery(c);
    const { scope, lawyers } = await lawyerScope(deps, scopeOf(site.id, query, deps.now()));
    const map = await buildJourneyMap(db(deps), scope, { compare: query.compare === '1', lawyers });
    if (query.format === 'csv')
      return csvResponse(`journey-${site.id}-${day(scope.from)}-${day(scope.to)}`, mapCsv(map));
    return jsonResponse(200, map);
  };
}

export function journeyTrendsRoute(deps: AdminDeps) {
  return async function handleJourneyTrends(c: Context<AdminEnv>): Promise<Response> {
    const site = await firmSite(deps, c);
    const query = readQuery(c);
    const now = deps.now();
    const { scope } = await lawyerScope(deps, scopeOf(site.id, query, now));
    const settings = JSON.parse(site.config) as SiteSettings;
    const trends = await buildJourneyTrends(db(deps), scope, {
      interval: query.interval ?? 'day',
      hours: businessHoursOf(site),
      target: settings.intake.responseTarget,
      now,
    });
    if (query.format === 'csv') return csvResponse(`journey-trends-${site.id}-${day(scope.from)}`, trendsCsv(trends));
    return jsonResponse(200, trends);
  };
}

export function journeyBreakdownRoute(deps: AdminDeps) {
  return async function handleJourneyBreakdown(c: Context<AdminEnv>): Promise<Response> {
    const site = await firmSite(deps, c);
    const query = readQuery(c);
    if (!query.stage) throw invalidField('stage', 'required');
    if (!query.dimension) throw invalidField('dimension', 'required');
    const { scope, lawyers } = await lawyerScope(deps, scopeOf(site.id, query, deps.now()));
    const breakdown = await buildJourneyBreakdown(db(deps), scope, query.stage, query.dimension, lawyers);
    if (query.format === 'csv') {
      return csvResponse(`journey-${query.stage}-${query.dimension}-${site.id}`, breakdownCsv(breakdown));
    }
    return jsonResponse(200, breakdown);
  };
}
