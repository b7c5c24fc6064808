/**
 * Tells open dashboards that something arrived (issue 15): a new intake or a client's message on a
 * matter, as `{ type, site }` with nothing personal in it; the dashboard refetches its list.
 * Changes are found by polling the database, not by in-process events, so an intake stored by
 * another collector on the same PostgreSQL reaches this one's dashboards too. One poll per
 * interval serves every open stream of the process, and none runs while nobody listens.
 *
 * @example
 *   const feed = createLiveFeed({ db, now: Date.now });
 *   const stop = feed.subscribe(['harbor-vale'], (change) => send(change));
 */
import type { LiveChange } from '@retainer/schema/admin';
import type { Db } from '../storage/database.ts';

export type LiveFeedOptions = {
  db: Db;
  now: () => number;
  /** How often the database is asked for new rows while someone listens. */
  pollMs?: number | undefined;
  /**
   * How far back each poll looks. A row is timestamped when its request arrived but becomes visible when its
   * transaction commits, possibly after a later one; looking back this far (and remembering what was seen)
   * catches those, and covers clock skew between collectors.
   */
  windowMs?: number;
};

type Listener = { sites: ReadonlySet<string>; send: (change: LiveChange) => void };

export const defaultLivePollMs = 2_000;

export function createLiveFeed({ db, now, pollMs = defaultLivePollMs, windowMs = 5 * 60_000 }: LiveFeedOptions) {
  const listeners = new Set<Listener>();
  /** Row key → when it was received, so keys older than the window can be forgotten. */
  const seen = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let baseline = true;
  let closed = false;

  async function changedRows(sites: string[], since: number) {
    const intakes = await db
      .selectFrom('intakes')
      .select(['id', 'site', 'received_at'])
      .where('site', 'in', sites)
      .where('received_at', '>=', since)
      // Suspected spam stays out of the inbox until someone looks in the Spam folder.
      .where('state', '!=', 'spam')
      .execute();
    const messages = await db
      .selectFrom('matter_messages')
      .innerJoin('matters', 'matters.id', 'matter_messages.matter_id')
      .select(['matter_messages.id', 'matters.site', 'matter_messages.received_at'])
      .where('matters.site', 'in', sites)
      .where('matter_messages.received_at', '>=', since)
      .execute();
    return [
      ...intakes.map((row) => ({
        key: `i:${row.site}:${row.id}`,
        at: Number(row.received_at),
        type: 'intake' as const,
        site: row.site,
      })),
      ...messages.map((row) => ({
        key: `m:${row.id}`,
        at: Number(row.received_at),
        type: 'matter-message' as const,
        site: row.site,
      })),
    ];
  }

  async function poll() {
    const sites = [...new Set([...listeners].flatMap((listener) => [...listener.sites]))];
    if (sites.length === 0) return;
    const since = now() - windowMs;
    for (const [key, at] of seen) if (at < since) seen.delete(key);
    const fresh = (await changedRows(sites, since)).filter((row) => !seen.has(row.key));
    for (const row of fresh) seen.set(row.key, row.at);
    // The first poll only learns what is already there: the dashboard has just loaded it.
    if (baseline) {
      baseline = false;
      return;
    }
    const changes = new Map(fresh.map((row) => [`${row.type}:${row.site}`, { type: row.type, site: row.site }]));
    for (const change of changes.values()) {
      for (const listener of listeners) if (listener.sites.has(change.site)) listener.send(change);
    }
  }

  let running: Promise<void> | undefined;
  /** Settles once the first poll after a quiet spell has learned what was already there. */
  let learned: Promise<void> = Promise.resolve();
  const ends = new Set<() => void>();

  function tick() {
    timer = undefined;
    running = poll()
      // A failed poll (database restarting) is retried on the next tick; the streams stay open.
      .catch(() => {})
      .finally(() => {
        running = undefined;
        schedule();
      });
  }

  function schedule() {
    if (closed || timer || running || listeners.size === 0) return;
    timer = setTimeout(tick, pollMs);
  }

  return {
    /** Calls `send` for each change on one of `sites` until the returned function is called. */
    subscribe(sites: readonly string[], send: (change: LiveChange) => void): () => void {
      const listener: Listener = { sites: new Set(sites), send };
      const first = listeners.size === 0;
      listeners.add(listener);
      if (first && !closed) {
        // Learn what is there at once, so a change in the first interval is not taken for old news.
        baseline = true;
        seen.clear();
        clearTimeout(timer);
        if (!running) tick();
        learned = running ?? Promise.resolve();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearTimeout(timer);
        timer = undefined;
      };
    },
    /** Settles when changes from now on will be sent (the baseline is known). */
    ready(): Promise<void> {
      return learned;
    },
    /** Registers how a stream ends itself when the feed closes; returns the unregistering function. */
    onClose(end: () => void): () => void {
      ends.add(end);
      return () => ends.delete(end);
    },
    /** Stops polling and ends every stream (the collector is shutting down). */
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      for (const end of [...ends]) end();
    },
  };
}

export type LiveFeed = ReturnType<typeof createLiveFeed>;
