/**
 * Rate limits on the public endpoints (issue 9, "abuse"). Intake is counted in the database,
 * so the limit holds across collectors; events are shed in memory, per process, because a
 * database write per event request would halve ingest — a flood of events is turned away
 * cheaply and never crowds out the intake form.
 *
 * @example
 *   app.post('/v1/events', limitByAddress({ limits, counter: 'memory', ... }), ingestEvents(...));
 */
import { problemTypes } from '@retainer/schema';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ProblemError } from '../errors/index.ts';
import { clientAddress } from '../http/request-info.ts';
import type { RateRule, RateVerdict } from './index.ts';

export type PublicLimits = {
  /** Intake submissions per client address and per site. */
  intake: { perAddress: RateRule; perSite: RateRule };
  /** Event batches per client address, and for the whole process (flood shedding). */
  events: { perAddress: RateRule; overall: RateRule };
  /** FAQ questions per visitor (journey) and per client address. */
  faq: { visitor: RateRule; address: RateRule };
};

export const defaultPublicLimits: PublicLimits = {
  intake: { perAddress: { max: 10, windowMs: 10 * 60_000 }, perSite: { max: 300, windowMs: 60 * 60_000 } },
  events: { perAddress: { max: 600, windowMs: 60_000 }, overall: { max: 20_000, windowMs: 10_000 } },
  // A person types a question in ten seconds at best; a page of visitors behind one NAT shares an address.
  faq: { visitor: { max: 12, windowMs: 60_000 }, address: { max: 40, windowMs: 60_000 } },
};

const plenty = { max: 1_000_000_000, windowMs: 60_000 };
/** `RETAINER_RATE_LIMITS=off`: still counted (the same work per request), never refused. For load tests only. */
export const unlimited: PublicLimits = {
  intake: { perAddress: plenty, perSite: plenty },
  events: { perAddress: plenty, overall: plenty },
  faq: { visitor: plenty, address: plenty },
};

const tooMany = (retryAfterMs: number) =>
  new ProblemError(429, problemTypes.rateLimited, {
    headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
  });

/** Fixed windows in memory; stale keys are swept when the map grows. */
export function createMemoryLimiter(maxKeys = 50_000) {
  const windows = new Map<string, { start: number; count: number }>();
  return function hit(key: string, rule: RateRule, now: number): RateVerdict {
    const start = now - (now % rule.windowMs);
    const current = windows.get(key);
    const window = current && current.start === start ? current : { start, count: 0 };
    window.count += 1;
    windows.set(key, window);
    if (windows.size > maxKeys) {
      for (const [k, w] of windows) if (w.start < start) windows.delete(k);
    }
    if (window.count <= rule.max) return { allowed: true, count: window.count };
    return { allowed: false, count: window.count, retryAfterMs: Math.max(1000, start + rule.windowMs - now) };
  };
}

type AddressOptions = { trustProxy: boolean; now: () => number };

/** Sheds event batches over the per-address or the process-wide budget, before reading the body. */
export function shedEventFlood(rules: PublicLimits['events'], options: AddressOptions): MiddlewareHandler<AppEnv> {
  const hit = createMemoryLimiter();
  return async function eventFloodGuard(c, next) {
    const now = options.now();
    const address = clientAddress(c as Context, { trustProxy: options.trustProxy, publicUrl: undefined });
    for (const verdict of [hit(`address:${address}`, rules.perAddress, now), hit('overall', rules.overall, now)]) {
      if (!verdict.allowed) throw tooMany(verdict.retryAfterMs);
    }
    await next();
  };
}

/** Junk from one address may try this many times the intake's own limit before it is turned away unread. */
const intakeAttemptsPerSubmission = 3;

/**
 * Intake, first line: every request from an address — junk included — is counted in memory, per
 * process, and turned away before its body is read when it is far over the intake limit. The
 * limit itself is counted in the database, shared by every collector, but only for a valid new
 * submission (`submitIntake` counts the returned `limit`), so junk never costs a disk write.
 */
export function limitIntakeByAddress(
  rule: RateRule,
  options: AddressOptions,
): { guard: MiddlewareHandler<AppEnv>; limit: (c: Context) => { key: string; rule: RateRule } } {
  const hit = createMemoryLimiter();
  const attempts = { max: rule.max * intakeAttemptsPerSubmission, windowMs: rule.windowMs };
  const addressOf = (c: Context) => clientAddress(c, { trustProxy: options.trustProxy, publicUrl: undefined });
  return {
    async guard(c, next) {
      const verdict = hit(addressOf(c as Context), attempts, options.now());
      if (!verdict.allowed) throw tooMany(verdict.retryAfterMs);
      await next();
    },
    limit: (c) => ({ key: `intake:address:${addressOf(c)}`, rule }),
  };
}
