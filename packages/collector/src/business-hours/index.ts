/**
 * The response clock: business time in a site's zone and hours, due times, overdue, inbox stats.
 *
 * @example
 *   import { responseClock } from '../business-hours/index.ts';
 */
export { addBusinessMs, businessDayMs, businessMsBetween } from './business-time.ts';
export { inboxStats, median, statsWindowMs } from './inbox-stats.ts';
export { type ClockInput, dueAt, responseClock } from './response-clock.ts';
export { isValidTimeZone, localDateOf, zonedInstant, zoneOffset } from './zoned-time.ts';
