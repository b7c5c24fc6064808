/**
 * When a failed delivery is tried again (docs/webhooks.md "Retries"): after 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h and 24 h — each ±20 % so a receiver that comes back is not hit by every message at once —
 * until 3 days after the event. 429 and 503 answers with `Retry-After` are honoured instead (1 s to 24 h).
 *
 * @example
 *   retryDelayFor(1, Math.random); // ≈ 5 000 ms
 */
const second = 1_000;
const minute = 60 * second;
const hour = 60 * minute;

export const webhookRetrySchedule = [
  5 * second,
  5 * minute,
  30 * minute,
  2 * hour,
  5 * hour,
  10 * hour,
  14 * hour,
  20 * hour,
  24 * hour,
] as const;

/** A delivery is given up 3 days after its event; an endpoint failing for 3 days is paused. */
export const webhookGiveUpMs = 72 * hour;

/** The delay after failed attempt `attempt` (1-based), or undefined when the schedule is over. */
export function retryDelayFor(attempt: number, random: () => number): number | undefined {
  const base = webhookRetrySchedule[attempt - 1];
  return base === undefined ? undefined : Math.round(base * (0.8 + random() * 0.4));
}

/** `Retry-After` in ms (seconds or an HTTP date), within 1 s – 24 h; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, wallNow = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * second : Date.parse(text) - wallNow;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, second), 24 * hour);
}
