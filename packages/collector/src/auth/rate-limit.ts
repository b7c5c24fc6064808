/**
 * Sign-in throttling as a pure decision over the recent failures of one key (an account or
 * an IP address): a sliding window, so the caller can keep the failures wherever it likes
 * (the database, shared by every collector process).
 *
 * @example
 *   const verdict = throttle(failureTimes, Date.now(), { max: 5, windowMs: 15 * 60_000 });
 *   if (!verdict.allowed) answer429(Math.ceil(verdict.retryAfterMs / 1000));
 */

export type ThrottleRule = { max: number; windowMs: number };
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Five wrong passwords per account and twenty per address in fifteen minutes. */
export const signInRules = {
  account: { max: 5, windowMs: 15 * 60_000 },
  address: { max: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;

/** Allowed while fewer than `max` failures fall in the window; else how long until the oldest leaves it. */
export function throttle(failures: readonly number[], now: number, rule: ThrottleRule): Verdict {
  const recent = failures.filter((at) => at > now - rule.windowMs).sort((a, b) => a - b);
  if (recent.length < rule.max) return { allowed: true };
  const oldestThatMatters = recent[recent.length - rule.max]!;
  return { allowed: false, retryAfterMs: Math.max(1000, oldestThatMatters + rule.windowMs - now) };
}

/** The stricter of several verdicts. */
export function strictest(verdicts: readonly Verdict[]): Verdict {
  let wait = 0;
  for (const verdict of verdicts) if (!verdict.allowed) wait = Math.max(wait, verdict.retryAfterMs);
  return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
}
