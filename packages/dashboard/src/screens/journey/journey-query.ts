/**
 * The journey map's filters live in the address (`?range=90d&device=phone&compare=1`), so a
 * view can be bookmarked and Back undoes a filter. This file turns the query into API
 * parameters and back.
 *
 * @example
 *   readJourneyQuery(new URLSearchParams('range=30d'), now).params // { from, to }
 */
import { journeyDimensions } from '@retainer/schema/admin';
import type { JourneyParams } from '../../api/journey-api.ts';
import { endOfDay, startOfDay } from '../../format/date.ts';

export const rangePresets = ['7d', '30d', '90d', '180d', '365d', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];
export const defaultRange: RangePreset = '90d';

export type JourneyView = {
  site: string | null;
  range: RangePreset;
  /** `YYYY-MM-DD`, only for a custom range. */
  fromDate: string;
  toDate: string;
  compare: boolean;
  interval: 'day' | 'week';
  filters: Partial<Record<(typeof journeyDimensions)[number], string>>;
};

const dayMs = 86_400_000;

export function readJourneyView(query: URLSearchParams): JourneyView {
  const range = rangePresets.find((r) => r === query.get('range')) ?? defaultRange;
  const filters: JourneyView['filters'] = {};
  for (const key of journeyDimensions) {
    const value = query.get(key);
    if (value) filters[key] = value;
  }
  return {
    site: query.get('site'),
    range,
    fromDate: query.get('from') ?? '',
    toDate: query.get('to') ?? '',
    compare: query.get('compare') === '1',
    // Weeks by default: a few months of days make a jagged chart of small numbers.
    interval: query.get('interval') === 'day' ? 'day' : 'week',
    filters,
  };
}

export function writeJourneyView(view: JourneyView): URLSearchParams {
  const query = new URLSearchParams();
  if (view.site) query.set('site', view.site);
  if (view.range !== defaultRange) query.set('range', view.range);
  if (view.range === 'custom') {
    if (view.fromDate) query.set('from', view.fromDate);
    if (view.toDate) query.set('to', view.toDate);
  }
  if (view.compare) query.set('compare', '1');
  if (view.interval === 'day') query.set('interval', 'day');
  for (const key of journeyDimensions) {
    const value = view.filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

/** The API's range: whole local days, ending with today for a preset. */
export function journeyParams(view: JourneyView, now = Date.now()): JourneyParams {
  const today = new Date(now);
  const tomorrow = endOfDay(
    `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`,
  ) as number;
  let from: number;
  let to: number;
  if (view.range === 'custom' && startOfDay(view.fromDate) !== undefined) {
    from = startOfDay(view.fromDate) as number;
    to = endOfDay(view.toDate) ?? tomorrow;
    if (to <= from) to = from + dayMs;
  } else {
    const days = view.range === 'custom' ? 90 : Number.parseInt(view.range, 10);
    to = tomorrow;
    from = to - days * dayMs;
  }
  return { from, to, ...(view.compare ? { compare: '1' as const } : {}), ...view.filters };
}
