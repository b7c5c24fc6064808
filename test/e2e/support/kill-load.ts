/**
 * The durability load (issue 9): intake submissions and event batches with known ids, sent by six
 * clients that retry whatever got no 2xx, while collectors are SIGKILLed and restarted. Then the
 * database is read back: every 2xx is stored exactly once, an intake with the reference its
 * client was given, no batch half-written.
 *
 * @example
 *   const figures = await runKillLoad({ url: () => c.url, killAndRestart, stop }, readStored);
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

export type LoadTarget = {
  /** Where requests go now (a collector, or a proxy in front of several). */
  url(): string;
  /** SIGKILL a collector and start it again on the same data. */
  killAndRestart(): Promise<void>;
  /** SIGTERM everything once the load is done, so storage is closed before it is read. */
  stop(): Promise<void>;
};

export type Stored = { intakes: Map<string, string>; eventIds: string[] };

type Pending = { kind: 'intake' | 'events'; id: string; body: string; eventIds: string[] };

const site = 'harbor-vale';

function intake(): Pending {
  const id = randomUUID();
  const body = {
    id,
    site,
    journey: randomUUID(),
    lang: 'en',
    fields: {
      name: 'Dana Whitfield',
      email: `dana.${id.slice(0, 8)}@example.com`,
      practiceArea: 'family',
      description: 'My landlord kept the deposit and my ex-partner wants to move the children abroad.',
      contactMethod: 'email',
    },
    disclaimer: { version: 1, accepted: true },
    fillMs: 60_000,
  };
  return { kind: 'intake', id, body: JSON.stringify(body), eventIds: [] };
}

function batch(): Pending {
  const journey = randomUUID();
  const events = Array.from({ length: 5 }, (_, i) => ({
    id: randomUUID(),
    site,
    journey,
    stage: i < 2 ? 'discover' : 'explore',
    type: i < 2 ? 'intake.shown' : 'directory.viewed',
    ts: Date.now() - 60_000 + i,
  }));
  const id = randomUUID();
  return { kind: 'events', id, body: JSON.stringify({ id, events }), eventIds: events.map((e) => e.id) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runKillLoad(target: LoadTarget, readStored: () => Promise<Stored>, kills = 4) {
  const work: Pending[] = [...Array.from({ length: 120 }, intake), ...Array.from({ length: 240 }, batch)].sort(
    () => Math.random() - 0.5,
  );
  const acked = new Map<string, { pending: Pending; answer: unknown }>();
  const inFlight = new Set<string>();
  let failedAttempts = 0;
  let killed = 0;

  async function client() {
    while (acked.size < work.length) {
      const next = work.find((p) => !acked.has(p.id) && !inFlight.has(p.id));
      if (!next) {
        await sleep(20);
        continue;
      }
      inFlight.add(next.id);
      try {
        const url = target.url();
        const res = await fetch(`${url}/v1/${next.kind === 'intake' ? 'intake' : 'events'}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=UTF-8', origin: url },
          body: next.body,
          signal: AbortSignal.timeout(5000),
        });
        if (res.ok) acked.set(next.id, { pending: next, answer: await res.json() });
        else {
          failedAttempts += 1;
          // Only "try again later" answers are acceptable while collectors die; a 4xx would be a bug.
          expect(res.status, await res.text()).toBeGreaterThanOrEqual(500);
        }
      } catch (error) {
        if ((error as { name?: string }).name === 'AssertionError') throw error;
        failedAttempts += 1; // Killed mid-request: retry later, like a widget.
        await sleep(50);
      } finally {
        inFlight.delete(next.id);
      }
    }
  }

  async function killer() {
    for (; killed < kills; killed++) {
      await sleep(300 + Math.random() * 900);
      await target.killAndRestart();
    }
  }

  await Promise.all([killer(), ...Array.from({ length: 6 }, client)]);
  await target.stop();

  const stored = await readStored();
  const ackedIntakes = [...acked.values()].filter((a) => a.pending.kind === 'intake');
  for (const { pending, answer } of ackedIntakes) {
    expect(stored.intakes.get(pending.id), pending.id).toBe((answer as { reference: string }).reference);
  }
  const counts = new Map<string, number>();
  for (const id of stored.eventIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sentEventIds = work.flatMap((p) => p.eventIds);
  // Each of ours exactly once (the demo's seeded journey events are there too).
  for (const id of sentEventIds) expect(counts.get(id), id).toBe(1);
  return { kills: killed, failedAttempts, requests: work.length };
}
