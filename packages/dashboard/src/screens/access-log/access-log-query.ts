/**
 * The access log's filters as they live in the address (`?actor=u-ben&from=2026-05-01`), so a member's
 * entries can be linked to from the team screen, bookmarked and restored with Back; and their API form.
 *
 * @example
 *   accessFiltersFromQuery(new URLSearchParams('action=intake.viewed')) // { action: 'intake.viewed' }
 */
import { type AccessAction, accessActions } from '@retainer/schema/admin';
import type { AccessLogFilters } from '../../api/access-log-api.ts';
import { endOfDay, startOfDay } from '../../format/date.ts';

export const accessFilterKeys = ['actor', 'action', 'subject', 'from', 'to'] as const;
export type AccessFilterKey = (typeof accessFilterKeys)[number];
export type AccessUrlFilters = Partial<Record<AccessFilterKey, string>>;

const valid: Record<AccessFilterKey, (value: string) => boolean> = {
  actor: (value) => /^[\w-]{1,64}$/.test(value),
  action: (value) => (accessActions as readonly string[]).includes(value),
  subject: (value) => /^[\w.:-]{1,80}$/.test(value),
  from: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  to: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
};

/** What the address asks for; a value the collector would refuse is left out rather than shown as an error. */
export function accessFiltersFromQuery(query: URLSearchParams): AccessUrlFilters {
  const filters: AccessUrlFilters = {};
  for (const key of accessFilterKeys) {
    const value = query.get(key)?.trim();
    if (value && valid[key](value)) filters[key] = value;
  }
  return filters;
}

export function accessFiltersToQuery(filters: AccessUrlFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of accessFilterKeys) {
    const value = filters[key]?.trim();
    if (value) query.set(key, value);
  }
  return query;
}

/** Dates become the start of the first day and the start of the day after the last, in the viewer's time zone. */
export function toAccessLogFilters(filters: AccessUrlFilters): AccessLogFilters {
  return {
    actor: filters.actor,
    action: filters.action as AccessAction | undefined,
    subject: filters.subject,
    from: startOfDay(filters.from),
    to: endOfDay(filters.to),
  };
}
