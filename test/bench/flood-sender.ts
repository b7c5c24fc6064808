/**
 * The junk half of the flood bench (issue 9), run as its own process so its event loop never
 * delays the intake trickle being timed. Open loop: requests leave on a fixed schedule whatever
 * the server answers, so a collector that slows down gets more junk queued, not less (a closed-loop
 * tool like autocannon would back off and flatter it). Prints one JSON line of counts at the end.
 *
 * Environment: FLOOD_URL (127.0.0.1 only), FLOOD_RATE (req/s), FLOOD_SECONDS, FLOOD_ADDRESSES, FLOOD_MIX.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { eventBatchBody } from './ingest-load.ts';

export const junkKinds = [
  'event batch, many addresses',
  'malformed JSON to /v1/events',
  'oversized body to /v1/events',
  'forged Origin on /v1/events',
  'malformed JSON to /v1/intake',
] as const;
export type JunkKind = (typeof junkKinds)[number];
/** Share of each kind, in the order above; FLOOD_MIX=0.5,0.15,0.1,0.1,0.15 changes it (they are normalised). */
const mix = (process.env.FLOOD_MIX ?? '0.5,0.15,0.1,0.1,0.15').split(',').map(Number);
const weights = mix.map((w) => w / mix.reduce((sum, x) => sum + x, 0));

export type KindCounts = { sent: number; shed: number; rejected: number; accepted: number; failed: number };
export type SenderReport = {
  /** How long the schedule ran (sending), then how long until the last answer came back. */
  seconds: number;
  drainSeconds: number;
  /** CPU seconds this sender used: on a small machine it competes with the collector. */
  cpuSeconds: number;
  /** Requests the schedule wanted sent but the sender held back: too many already in flight. */
  skipped: number;
  kinds: Record<JunkKind, KindCounts>;
  statusCodes: Record<string, number>;
};

const url = new URL(process.env.FLOOD_URL ?? '');
if (url.hostname !== '127.0.0.1') throw new Error(`Refusing to flood a non-local target: ${url.href}`);
const rate = Number(process.env.FLOOD_RATE ?? 5000);
const seconds = Number(process.env.FLOOD_SECONDS ?? 10);
const addresses = Number(process.env.FLOOD_ADDRESSES ?? 5000);
const maxInFlight = 2000;

const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const randomAddress = () => address(1 + Math.floor(Math.random() * addresses));
const oversized = `{"id":"${'x'.repeat(96 * 1024)}"}`;

function bodyOf(kind: JunkKind): { path: string; body: string; origin: string } {
  const own = url.origin;
  switch (kind) {
    case 'event batch, many addresses':
      return { path: '/v1/events', body: eventBatchBody('harbor-vale', randomUUID()), origin: own };
    case 'malformed JSON to /v1/events':
      return { path: '/v1/events', body: '{"id":"x","events":[{', origin: own };
    case 'oversized body to /v1/events':
      return { path: '/v1/events', body: oversized, origin: own };
    case 'forged Origin on /v1/events':
      return {
        path: '/v1/events',
        body: eventBatchBody('harbor-vale', randomUUID()),
        origin: 'https://attacker.example',
      };
    case 'malformed JSON to /v1/intake':
      return { path: '/v1/intake', body: '{"site":"harbor-vale","fields":', origin: own };
  }
}

function pick(): JunkKind {
  let r = Math.random();
  for (let i = 0; i < junkKinds.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return junkKinds[i] as JunkKind;
  }
  return junkKinds[0];
}

const kinds = Object.fromEntries(
  junkKinds.map((k) => [k, { sent: 0, shed: 0, rejected: 0, accepted: 0, failed: 0 }]),
) as Record<JunkKind, KindCounts>;
const statusCodes: Record<string, number> = {};
let inFlight = 0;
let skipped = 0;

function send(kind: JunkKind) {
  const { path, body, origin } = bodyOf(kind);
  const counts = kinds[kind];
  counts.sent++;
  inFlight++;
  let settled = false;
  const settle = (status: number | 'error') => {
    if (settled) return;
    settled = true;
    inFlight--;
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    if (status === 'error') counts.failed++;
    else if (status === 429) counts.shed++;
    else if (status >= 400) counts.rejected++;
    else counts.accepted++;
  };
  const req = request(
    {
      agent,
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path,
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'content-length': Buffer.byteLength(body),
        origin,
        'x-forwarded-for': randomAddress(),
      },
      timeout: 15_000,
    },
    (res) => {
      res.resume();
      settle(res.statusCode ?? 0);
    },
  );
  // A 413 closes the connection while the body may still be going out: that reset is the server's refusal.
  req.on('error', () => settle('error'));
  req.on('timeout', () => req.destroy());
  req.end(body);
}

const started = performance.now();
let due = 0;
const timer = setInterval(() => {
  const elapsed = (performance.now() - started) / 1000;
  const target = Math.floor(Math.min(elapsed, seconds) * rate);
  for (; due < target; due++) {
    if (inFlight >= maxInFlight) skipped++;
    else send(pick());
  }
  if (elapsed >= seconds) {
    clearInterval(timer);
    const finished = () => {
      if (inFlight > 0) return setTimeout(finished, 50);
      agent.destroy();
      const drainSeconds = (performance.now() - started) / 1000 - elapsed;
      const { user, system } = process.cpuUsage();
      const cpuSeconds = (user + system) / 1e6;
      const report: SenderReport = { seconds: elapsed, drainSeconds, cpuSeconds, skipped, kinds, statusCodes };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    };
    finished();
  }
}, 5);
