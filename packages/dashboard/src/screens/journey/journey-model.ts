/**
 * The journey map screen's state: the map and trends of one site for the chosen view, and the
 * breakdown the user opened. A newer load wins over an older one still on its way.
 *
 * @example
 *   const model = createJourneyModel(api, 'harbor-vale');
 *   model.load(params, 'week');
 */
import { signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type {
  JourneyBreakdown,
  JourneyDimension,
  JourneyMap,
  JourneyStageName,
  JourneyTrends,
} from '@retainer/schema/admin';
import type { JourneyApi, JourneyParams } from '../../api/journey-api.ts';

export type BreakdownRequest = { stage: JourneyStageName; dimension: JourneyDimension | 'touchpoint' };

export function createJourneyModel(api: JourneyApi, site: string) {
  const map = signal<JourneyMap | null>(null);
  const trends = signal<JourneyTrends | null>(null);
  const problem = signal<Problem | null>(null);
  const loading = signal(false);
  const breakdown = signal<(BreakdownRequest & { result: JourneyBreakdown | null; problem: Problem | null }) | null>(
    null,
  );
  let latest = 0;
  let params: JourneyParams = {};

  async function load(next: JourneyParams, interval: 'day' | 'week') {
    params = next;
    const mine = ++latest;
    loading.value = true;
    problem.value = null;
    try {
      const [m, t] = await Promise.all([api.map(site, next), api.trends(site, { ...next, interval })]);
      if (mine !== latest) return;
      map.value = m;
      trends.value = t;
    } catch (error) {
      if (mine === latest) problem.value = (error as { problem?: Problem }).problem ?? null;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  async function openBreakdown(request: BreakdownRequest) {
    breakdown.value = { ...request, result: null, problem: null };
    try {
      const result = await api.breakdown(site, { ...params, ...request });
      if (breakdown.value?.stage === request.stage && breakdown.value.dimension === request.dimension) {
        breakdown.value = { ...request, result, problem: null };
      }
    } catch (error) {
      breakdown.value = { ...request, result: null, problem: (error as { problem?: Problem }).problem ?? null };
    }
  }

  return {
    map,
    trends,
    problem,
    loading,
    breakdown,
    load,
    openBreakdown,
    closeBreakdown: () => {
      breakdown.value = null;
    },
    csvUrl: (table: 'map' | 'trends' | 'breakdown', extra: Partial<JourneyParams> = {}) =>
      api.csvUrl(site, table, { ...params, ...extra }),
  };
}

export type JourneyModel = ReturnType<typeof createJourneyModel>;
