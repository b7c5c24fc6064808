/**
 * The outbox's half of the bench (issue 15), in one run against the built collector on SQLite with a first admin
 * (so every intake alerts one member and acknowledges the prospect) and a real SMTP server in this process:
 * - intake latency (open loop at `rate` intakes/s, every body different) with the outbox off
 *   (`RETAINER_OUTBOX=off`) and on (alert + acknowledgement written in the intake's commit and sent meanwhile);
 * - the time from an intake's 201 to the staff alert arriving at the SMTP server, one intake at a time.
 *
 * @example
 *   const figures = await benchOutbox({ seconds: 10, rate: 20, alerts: 50 });
 */
import { randomUUID } from 'node:crypto';
import { startSmtpSink } from '@retainer/collector/testing';
import { startCollector } from '../e2e/support/collector-process.ts';

export type LatencyFigures = { count: number; p50Ms: number; p99Ms: number; perSecond: number; non201: number };
export type OutboxFigures = {
  off: LatencyFigures;
  on: LatencyFigures;
  /** Messages the SMTP server got during and after the "on" load, of those expected. */
  delivered: number;
  expected: number;
  alert: { count: number; p50Ms: number; p95Ms: number; missing: number };
};
export type OutboxOptions = { seconds: number; rate: number; alerts: number };

const admin = {
  RETAINER_ADMIN_EMAIL: 'bench.admin@harborvale.example',
  RETAINER_ADMIN_PASSWORD: 'bench password 12345',
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) : Number.NaN;

let counter = 0;
function intake(): { id: string; body: string } {
  const n = counter++;
  const id = randomUUID();
  const body = JSON.stringify({
    id,
    site: 'harbor-vale',
    journey: randomUUID(),
    lang: ['en', 'ru', 'zh'][n % 3],
    fields: {
      name: `Visitor ${n}`,
      email: `visitor.${n}.${id.slice(0, 8)}@example.com`,
      practiceArea: 'family',
      description: `Question ${n} (${id}): my former partner wants to move abroad with our child.`,
      contactMethod: 'email',
    },
    disclaimer: { version: 1, accepted: true },
    fillMs: 40_000,
  });
  return { id, body };
}

async function submit(url: string): Promise<{ status: number; reference: string | undefined }> {
  const res = await fetch(`${url}/v1/intake`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    body: intake().body,
  });
  const json = (await res.json().catch(() => ({}))) as { reference?: string };
  return { status: res.status, reference: json.reference };
}

/** Open loop: one intake every 1/`rate` s for `seconds`, each timed on its own (a slow answer delays no other send). */
async function load(url: string, seconds: number, rate: number): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let non201 = 0;
  const total = Math.round(seconds * rate);
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    sends.push(
      submit(url).then(
        ({ status }) => {
          latencies.push(performance.now() - sent);
          if (status !== 201) non201++;
        },
        () => {
          non201++;
        },
      ),
    );
  }
  await Promise.all(sends);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    perSecond: latencies.length / elapsed,
    non201,
  };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

export async function benchOutbox(options: OutboxOptions): Promise<OutboxFigures> {
  // No parsing in this process: it is also the load generator, and its own delays would count as latency.
  const sink = await startSmtpSink(0, { parse: false });
  try {
    const off = await startCollector({ env: { ...admin, RETAINER_OUTBOX: 'off' } });
    let offFigures: LatencyFigures;
    try {
      await load(off.url, 2, options.rate);
      offFigures = await load(off.url, options.seconds, options.rate);
    } finally {
      await off.stop();
    }
    const on = await startCollector({ env: { ...admin, RETAINER_SMTP_URL: sink.url } });
    try {
      const warm = await load(on.url, 2, options.rate);
      const onFigures = await load(on.url, options.seconds, options.rate);
      // Two messages per intake (the admin's alert and the acknowledgement): wait for the backlog, at most a minute.
      const expected = 2 * (warm.count - warm.non201 + onFigures.count - onFigures.non201);
      await within(sink.waitFor(expected), 60_000);
      const delivered = sink.received.length;
      // One intake at a time: 201 → the alert at the SMTP server.
      const alerts: number[] = [];
      let missing = 0;
      for (let i = 0; i < options.alerts; i++) {
        const before = sink.received.length;
        const { status, reference } = await submit(on.url);
        const answered = performance.now();
        if (status !== 201 || !reference) {
          missing++;
          continue;
        }
        const arrived = await within(
          (async () => {
            for (let seen = before; ; seen++) {
              const mails = await sink.waitFor(seen + 1);
              const mail = mails[seen];
              // The admin's alerts are in English (the site's language): the reference is in the raw Subject.
              if (mail?.to.includes(admin.RETAINER_ADMIN_EMAIL) && mail.raw.includes(reference)) {
                return performance.now();
              }
            }
          })(),
          30_000,
        );
        if (arrived === undefined) missing++;
        else alerts.push(arrived - answered);
      }
      alerts.sort((a, b) => a - b);
      return {
        off: offFigures,
        on: onFigures,
        delivered,
        expected,
        alert: { count: alerts.length, p50Ms: percentile(alerts, 0.5), p95Ms: percentile(alerts, 0.95), missing },
      };
    } finally {
      await on.stop();
    }
  } finally {
    await sink.close();
  }
}
