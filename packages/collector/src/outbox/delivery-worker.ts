/**
 * The delivery worker: claims due messages with a lease, sends them, marks them sent. On PostgreSQL the
 * claim takes rows `FOR UPDATE SKIP LOCKED`, so several collectors share the work and never send one message
 * at the same time; on SQLite one process owns the file (storage/sqlite-lock.ts), so the claim is a single
 * UPDATE … RETURNING on its connection. A message whose sender died keeps `sending` until its lease runs out
 * (at start on SQLite: no other process can hold it), then it is claimed again — at least once, with the
 * same Message-ID every time.
 *
 * Failures retry with exponential backoff and jitter (the first within 30 s) until 24 h after the message was
 * written, then it is `failed` with the reason. With no mail server for its site a message is `held`;
 * once a server is configured, held messages still within 24 h are queued again.
 *
 * @example
 *   const worker = startDeliveryWorker({ db: storage.db, kind: storage.kind, outbox });
 *   outbox.wake(); // after a commit that enqueued something
 *   await worker.stop();
 */
import type { CompiledQuery } from 'kysely';
import type { Db } from '../storage/database.ts';
import type { QueryResult } from '../storage/write-queries.ts';
import { createWebhookSender } from '../webhooks/deliver-webhook.ts';
import { type MailServer, resolveServer } from './email-settings.ts';
import { createMailer, describeError, isPermanent, type Mailer } from './mailer.ts';
import type { Outbox } from './outbox.ts';
import { type OutboxRow, outboxAddress } from './tables.ts';

/**
 * How one attempt at a non-email message went (issue 16): `sent`, or why not — `permanent` fails it at once,
 * anything else retries with the usual backoff (no sooner than `retryAfterMs` when the receiver said so).
 */
export type SendOutcome =
  | { sent: true }
  | { sent: false; reason: string; permanent?: boolean | undefined; retryAfterMs?: number | undefined };
/** Sends one claimed message of its kind; must not throw for a receiver's refusal (return the outcome). */
export type MessageSender = (row: OutboxRow) => Promise<SendOutcome>;

export type DeliveryWorkerOptions = {
  db: Db;
  kind: 'sqlite' | 'postgres';
  outbox: Outbox;
  mailer?: Mailer;
  /** How often due messages are looked for without a wake-up. */
  pollMs?: number;
  /** How long a claim holds a message; must outlast one send (mailer timeout). */
  leaseMs?: number;
  /** How long a wake-up waits to gather more messages (ms). */
  wakeDelayMs?: number;
  /** Messages claimed at once (and sent in parallel). */
  batch?: number;
  /** After this long since it was written, a message that still fails is `failed`. */
  giveUpMs?: number;
  random?: () => number;
  /**
   * Where the worker's writes run. On SQLite: `storage.write`, the writer thread's group commit, so claims and
   * settlements never fsync on the event loop. Default: straight on `db` (PostgreSQL).
   */
  write?: ((query: CompiledQuery) => Promise<QueryResult>) | undefined;
  /** Senders of the other kinds (`clio-grow`, …); email is built in. */
  senders?: Partial<Record<OutboxRow['kind'], MessageSender>> | undefined;
  /** Tests: send only when `runOnce` is called — no first look at start, no poll, no wake-up after a commit. */
  manual?: boolean;
};

export type DeliveryWorker = {
  /** Claims and sends what is due now; resolves with how many were sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
};

export const heldReason =
  'Held: no mail server is configured yet (Settings → Email, or RETAINER_SMTP_URL); sent once one is, within 24 h';
const dayMs = 24 * 3_600_000;
const stopGraceMs = 5_000;

/** The n-th retry's delay: 10 s · 2^(n−1), at most 30 min, times 0.5–1 (jitter spreads a burst). */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 30 * 60_000);
  return Math.round(base * (0.5 + random() * 0.5));
}

export function startDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { kind, outbox, pollMs = 5_000, leaseMs = 60_000, batch = 10, giveUpMs = dayMs, wakeDelayMs = 100 } = options;
  const random = options.random ?? Math.random;
  const db = options.db;
  const write = options.write;
  /** Runs a write query where the options say; its returned rows. */
  const run = async <Row>(query: { compile(): CompiledQuery<Row>; execute(): Promise<Row[]> }): Promise<Row[]> =>
    write ? ((await write(query.compile())).rows as Row[]) : query.execute();
  // Issue 16: outbox messages of kind `webhook` (signed HTTP POSTs, their own retry schedule and log).
  const webhooks = createWebhookSender({ db: options.db, run, outbox, policy: outbox.webhookPolicy, random });
  const mailer = options.mailer ?? createMailer({ timeoutMs: Math.min(20_000, Math.floor(leaseMs / 3)) });
  let stopped = false;
  let running: Promise<number> | undefined;
  let again = false;
  // SQLite: this process owns the file, so a message left `sending` by a killed process is ours to retry now.
  let reclaimAll = kind === 'sqlite';

  const claim = async (now: number): Promise<OutboxRow[]> => {
    const due = db
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('state', 'in', ['queued', 'retrying']), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('state', '=', 'sending'), eb('lease_until', '<', reclaimAll ? Number.MAX_SAFE_INTEGER : now)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(batch);
    reclaimAll = false;
    return run(
      db
        .updateTable('outbox')
        .set((eb) => ({ state: 'sending', lease_until: now + leaseMs, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', kind === 'postgres' ? due.forUpdate().skipLocked() : due)
        .returningAll(),
    );
  };

  /** Held messages of sites that now have a server (and still within their time) go back in the queue. */
  const releaseHeld = async (now: number) => {
    const sites = await db
      .selectFrom('outbox')
      .select('site')
      .distinct()
      .where('state', '=', 'held')
      .where('kind', '=', 'email')
      .where('created_at', '>', now - giveUpMs)
      .execute();
    for (const { site } of sites) {
      if (!(await resolveServer(db, outbox.cipher, site, outbox.smtpUrl))) continue;
      await run(releaseHeldQuery(db, site, now, giveUpMs));
    }
  };

  // Only the holder of this lease may settle the message: a message reclaimed by another worker is theirs.
  const settle = (row: OutboxRow, values: Partial<OutboxRow>) =>
    run(
      db
        .updateTable('outbox')
        .set(values)
        .where('id', '=', row.id)
        .where('state', '=', 'sending')
        .where('lease_until', '=', row.lease_until),
    );

  type Settlement = { row: OutboxRow; values: Partial<OutboxRow> };
  /** Sends one message; what to record about it (recorded with the rest of its batch, in one commit). */
  const deliver = async (
    row: OutboxRow,
    servers: Map<string, Promise<MailServer | undefined>>,
  ): Promise<Settlement> => {
    if (row.kind === 'webhook') return { row, values: await webhooks.deliver(row) };
    const sender = options.senders?.[row.kind];
    if (sender && row.kind !== 'email') return settleOutcome(row, await sender(row));
    if (row.kind !== 'email') {
      return { row, values: { state: 'failed', lease_until: null, last_error: `No sender for ${row.kind} messages` } };
    }
    if (!servers.has(row.site)) servers.set(row.site, resolveServer(db, outbox.cipher, row.site, outbox.smtpUrl));
    const server = await servers.get(row.site);
    if (!server) {
      return { row, values: { state: 'held', lease_until: null, attempts: row.attempts - 1, last_error: heldReason } };
    }
    if (row.body_text === null || row.body_html === null) {
      return { row, values: { state: 'failed', lease_until: null, last_error: 'The message body was purged' } };
    }
    try {
      const open = (token: string, field: Parameters<typeof outboxAddress>[1]) =>
        outbox.cipher.decrypt(token, outboxAddress(row, field));
      await mailer.send(server, {
        to: open(row.recipient, 'recipient'),
        subject: open(row.subject, 'subject'),
        text: open(row.body_text, 'text'),
        html: open(row.body_html, 'html'),
        messageId: row.message_id,
        headers: row.headers ? (JSON.parse(open(row.headers, 'headers')) as Record<string, string>) : undefined,
      });
    } catch (error) {
      const reason = describeError(error);
      const after = outbox.now();
      const expired = after - row.created_at >= giveUpMs;
      if (isPermanent(error) || expired) {
        const why = expired && !isPermanent(error) ? `Gave up after 24 hours: ${reason}` : reason;
        return { row, values: { state: 'failed', lease_until: null, last_error: why } };
      }
      const next = Math.min(after + retryDelay(row.attempts, random), row.created_at + giveUpMs);
      return { row, values: { state: 'retrying', lease_until: null, last_error: reason, next_attempt_at: next } };
    }
    return { row, values: { state: 'sent', lease_until: null, sent_at: outbox.now(), last_error: null } };
  };

  /** A sender's outcome as the row's next state: the same retry policy as email. */
  const settleOutcome = (row: OutboxRow, outcome: SendOutcome): Settlement => {
    if (outcome.sent)
      return { row, values: { state: 'sent', lease_until: null, sent_at: outbox.now(), last_error: null } };
    const after = outbox.now();
    const expired = after - row.created_at >= giveUpMs;
    if (outcome.permanent || expired) {
      const why = expired && !outcome.permanent ? `Gave up after 24 hours: ${outcome.reason}` : outcome.reason;
      return { row, values: { state: 'failed', lease_until: null, last_error: why } };
    }
    const delay = Math.max(retryDelay(row.attempts, random), outcome.retryAfterMs ?? 0);
    const next = Math.min(after + delay, row.created_at + giveUpMs);
    return { row, values: { state: 'retrying', lease_until: null, last_error: outcome.reason, next_attempt_at: next } };
  };

  const pump = async (): Promise<number> => {
    let sent = 0;
    const servers = new Map<string, Promise<MailServer | undefined>>();
    await releaseHeld(outbox.now());
    while (!stopped) {
      const rows = await claim(outbox.now());
      if (rows.length === 0) break;
      const settlements = await Promise.all(
        rows.map((row) =>
          deliver(row, servers).catch(
            (): Settlement => ({
              row,
              values: {
                state: 'retrying',
                lease_until: null,
                last_error: 'Unknown error',
                next_attempt_at: outbox.now() + retryDelay(row.attempts, random),
              },
            }),
          ),
        ),
      );
      // Enqueued in one turn: on SQLite they share one group commit (one fsync for the batch).
      await Promise.all(settlements.map(({ row, values }) => settle(row, values)));
      sent += settlements.filter((s) => s.values.state === 'sent').length;
    }
    return sent;
  };

  const runAll = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let sent = 0;
      try {
        do {
          again = false;
          sent += await pump();
        } while (again && !stopped);
      } finally {
        running = undefined;
      }
      return sent;
    })();
    return running;
  };

  // A wake-up waits a moment, so the messages of intakes arriving together are claimed and settled together.
  let waking: NodeJS.Timeout | undefined;
  const wake = () => {
    waking ??= setTimeout(() => {
      waking = undefined;
      tick();
    }, wakeDelayMs);
  };
  const tick = () => {
    if (stopped) return;
    runAll().catch(() => console.warn('Outbox delivery failed; retrying later'));
  };
  const manual = options.manual === true;
  const unsubscribe = manual ? () => {} : outbox.onWake(wake);
  const timer = manual ? undefined : setInterval(tick, pollMs);
  timer?.unref();
  const first = manual ? undefined : setTimeout(tick, 0);
  first?.unref();

  return {
    runOnce: runAll,
    async stop() {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
      clearTimeout(first);
      clearTimeout(waking);
      // A send in flight gets a few seconds (shutdown must fit the 10 s drain); a message left `sending` is
      // taken again when its lease runs out — at least once.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, stopGraceMs).unref());
      await Promise.race([running?.catch(() => {}), grace]);
      mailer.close();
    },
  };
}

/** Queues a site's held messages again (those still within their time), e.g. after its mail server was set. */
export async function releaseHeldMessages(db: Db, site: string, now: number, giveUpMs = dayMs): Promise<number> {
  const result = await releaseHeldQuery(db, site, now, giveUpMs).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const releaseHeldQuery = (db: Db, site: string, now: number, giveUpMs: number) =>
  db
    .updateTable('outbox')
    .set({ state: 'queued', next_attempt_at: now, last_error: null })
    .where('site', '=', site)
    .where('state', '=', 'held')
    // Webhook messages are held by a paused endpoint, not by a missing mail server (webhooks/).
    .where('kind', '=', 'email')
    .where('created_at', '>', now - giveUpMs);
