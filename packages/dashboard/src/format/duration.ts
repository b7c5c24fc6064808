/**
 * Durations in business time, as people say them: `3 h 10 m`, `45 m`, `8 h`.
 * Hours are not folded into days because a business day is not 24 hours.
 *
 * @example
 *   formatDuration(11_400_000, en.units) // '3 h 10 m'
 */
export type DurationUnits = { hours: (n: number) => string; minutes: (n: number) => string; join: string };

export function formatDuration(ms: number, units: DurationUnits): string {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return units.minutes(minutes);
  if (minutes === 0) return units.hours(hours);
  return `${units.hours(hours)}${units.join}${units.minutes(minutes)}`;
}
