/**
 * The inbox filters as they live in the address (`?state=new&from=2024-05-01`), so a filtered
 * view can be bookmarked, shared and restored with Back, and their translation for the API.
 *
 * @example
 *   filtersFromQuery(new URLSearchParams('state=new&from=2024-05-01'))
 *   // { state: 'new', from: '2024-05-01' }
 */
import { type IntakeState, intakeStates } from '@retainer/schema/admin';
import type { InboxFilters } from '../../api/admin-api.ts';
import { endOfDay, startOfDay } from '../../format/date.ts';

export const filterKeys = ['site', 'state', 'practiceArea', 'assignee', 'from', 'to'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type UrlFilters = Partial<Record<FilterKey, string>>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function filtersFromQuery(query: URLSearchParams): UrlFilters {
  const filters: UrlFilters = {};
  for (const key of filterKeys) {
    const value = query.get(key)?.trim();
    if (!value) continue;
    if (key === 'state' && !intakeStates.includes(value as IntakeState)) continue;
    if ((key === 'from' || key === 'to') && !isDate(value)) continue;
    filters[key] = value;
  }
  return filters;
}

/** A stable key: the same filters give the same string, whatever else is in the address. */
export function filterKey(filters: UrlFilters): string {
  return filterKeys.map((key) => `${key}=${filters[key] ?? ''}`).join('&');
}

export function withFilter(query: URLSearchParams, key: FilterKey, value: string): URLSearchParams {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/** Dates become the start of the first day and the start of the day after the last (exclusive), in the viewer's time zone. */
export function toApiFilters(filters: UrlFilters): InboxFilters {
  return {
    site: filters.site,
    state: filters.state as IntakeState | undefined,
    practiceArea: filters.practiceArea,
    assignee: filters.assignee,
    from: startOfDay(filters.from),
    to: endOfDay(filters.to),
  };
}
