/**
 * The delivery worker's sender for outbox messages of kind `webhook` (outbox/delivery-worker.ts calls it for
 * each claimed one). It signs the stored body with the endpoint's secret(s), posts it (send.ts), logs the
 * attempt, and says what the message becomes: sent on 2xx; retried on anything else (retry-schedule.ts); given
 * up 3 days after the event. A 410 disables the endpoint; 3 days of failures pause it and mail the site's
 * admins. A paused endpoint's messages are held (sent once it is resumed). Messages about one intake or matter
 * are sent in order: one waits while an earlier one to the same endpoint is not delivered.
 *
 * @example
 *   const webhooks = createWebhookSender({ db, run, outbox, random });
 *   const values = await webhooks.deliver(row); // the outbox row's new state, attempts, error, …
 */
import { randomUUID } from 'node:crypto';
import type { Language } from '@retainer/schema';
import type { CompiledQuery } from 'kysely';
import { buildEmailRow } from '../outbox/enqueue.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { type OutboxRow, outboxAddress } from '../outbox/tables.ts';
import type { Db } from '../storage/database.ts';
import { defaultWebhookPolicy, type WebhookPolicy } from './address-policy.ts';
import { endpointOf } from './enqueue.ts';
import { retryAfterMs, retryDelayFor, webhookGiveUpMs } from './retry-schedule.ts';
import { DeliveryError, postWebhook } from './send.ts';
import { signedHeaders } from './signing.ts';
import {
  type WebhookAttemptsTable,
  type WebhookEndpointRow,
  webhookAttemptAddress,
  webhookSecretAddress,
} from './tables.ts';

type Query<Row> = { compile(): CompiledQuery<Row>; execute(): Promise<Row[]> };
export type RunQuery = <Row>(query: Query<Row>) => Promise<Row[]>;

export type WebhookSenderOptions = {
  db: Db;
  /** Where writes run (the worker's: the writer thread on SQLite). */
  run: RunQuery;
  outbox: Outbox;
  policy?: WebhookPolicy | undefined;
  random?: () => number;
  /** A message is given up this long after its event; an endpoint failing this long is paused. */
  giveUpMs?: number;
};

export type WebhookSender = { deliver(row: OutboxRow): Promise<Partial<OutboxRow>> };

export const pausedHeldReason = 'Held: the endpoint is paused; sent once it is resumed';
const waitingReason = 'Waiting for an earlier delivery about the same intake or matter';
const pending = ['queued', 'retrying', 'sending', 'held'] as const;
/** Where the webhook settings are in the dashboard (the admins' email links there). */
export const webhookSettingsPath = '/dashboard/webhooks';

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { run, outbox, random = Math.random, giveUpMs = webhookGiveUpMs } = options;
  const policy = options.policy ?? defaultWebhookPolicy;
  const db = options.db;
  /** Deliveries being sent by this process, and whether each went through (for the order of the next ones). */
  const inFlight = new Map<string, Promise<boolean>>();
  const delivered = new Set<string>();

  const remember = (id: string) => {
    delivered.add(id);
    if (delivered.size > 10_000) delivered.delete(delivered.values().next().value as string);
  };

  /** Earlier deliveries to the same endpoint about the same thing that are not through yet. */
  const blockersOf = async (row: OutboxRow) => {
    if (!row.subject_ref) return [];
    for (;;) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'state', 'next_attempt_at'])
        .where('site', '=', row.site)
        .where('subject_ref', '=', row.subject_ref)
        .where('kind', '=', 'webhook')
        .where('template', '=', row.template)
        .where('message_id', '<', row.message_id)
        .where('state', 'in', pending)
        .execute();
      const open = rows.filter((r) => !delivered.has(r.id));
      const local = open.find((r) => inFlight.has(r.id));
      if (!local) return open;
      await inFlight.get(local.id);
    }
  };

  const logAttempt = (row: OutboxRow, endpoint: WebhookEndpointRow, body: string, outcome: Outcome, at: number) => {
    const id = randomUUID();
    const seal = (value: string, which: 'request' | 'response') =>
      outbox.cipher.encrypt(value, webhookAttemptAddress(row.site, id, which));
    const values: WebhookAttemptsTable = {
      id,
      site: row.site,
      endpoint_id: endpoint.id,
      outbox_id: row.id,
      delivery_id: row.message_id,
      event: row.reason,
      attempt: Number(row.attempts),
      request_body: seal(body, 'request'),
      response_status: outcome.status ?? null,
      response_body: outcome.body === undefined ? null : seal(outcome.body, 'response'),
      duration_ms: outcome.durationMs,
      error: outcome.error ?? null,
      created_at: at,
    };
    return run(db.insertInto('webhook_attempts').values(values));
  };

  /** Pauses (3 days of failures) or disables (410) the endpoint and tells the site's admins, once. */
  const stopEndpoint = async (endpoint: WebhookEndpointRow, kind: 'paused' | 'disabled', why: string, at: number) => {
    const changed = await run(
      db
        .updateTable('webhook_endpoints')
        .set({ state: kind, state_reason: why, updated_at: at })
        .where('id', '=', endpoint.id)
        .where('state', '=', 'active')
        .returning('id'),
    );
    if (changed.length === 0) return;
    const [site, admins] = await Promise.all([
      db.selectFrom('sites').select(['name', 'config']).where('id', '=', endpoint.site).executeTakeFirst(),
      db
        .selectFrom('sites')
        .innerJoin('users', 'users.firm_id', 'sites.firm_id')
        .select(['users.email as email'])
        .where('sites.id', '=', endpoint.site)
        .where('users.role', '=', 'admin')
        .where('users.removed_at', 'is', null)
        .execute(),
    ]);
    const ctx = { cipher: outbox.cipher, now: at, baseUrl: outbox.baseUrl(), firmName: site?.name ?? 'Retainer' };
    const host = hostOf(endpoint.url);
    const rows = admins.map((admin) =>
      buildEmailRow(
        {
          site: endpoint.site,
          template: 'webhook-paused',
          locale: siteLanguage(site?.config),
          to: admin.email,
          data: { host, kind, lastError: why, path: webhookSettingsPath },
          reason: kind === 'paused' ? 'webhook.paused' : 'webhook.disabled',
          subjectRef: `webhook:${endpoint.id}`,
        },
        ctx,
      ),
    );
    if (rows.length > 0) {
      await run(db.insertInto('outbox').values(rows));
      outbox.wake();
    }
  };

  // Registered before the first await, so a later delivery in the same batch waits for this one.
  const deliver = (row: OutboxRow): Promise<Partial<OutboxRow>> => {
    let settle!: (ok: boolean) => void;
    inFlight.set(
      row.id,
      new Promise<boolean>((resolve) => {
        settle = resolve;
      }),
    );
    const done = (ok: boolean) => {
      if (ok) remember(row.id);
      inFlight.delete(row.id);
      settle(ok);
    };
    return send(row, done).finally(() => done(false));
  };

  const send = async (row: OutboxRow, done: (ok: boolean) => void): Promise<Partial<OutboxRow>> => {
    const now = outbox.now();
    const endpoint = await db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', endpointOf(row))
      .where('site', '=', row.site)
      .executeTakeFirst();
    if (!endpoint) return { state: 'failed', lease_until: null, last_error: 'The endpoint was deleted' };
    if (endpoint.state === 'disabled') {
      return { state: 'failed', lease_until: null, last_error: endpoint.state_reason ?? 'The endpoint is disabled' };
    }
    if (endpoint.state === 'paused') {
      return { state: 'held', lease_until: null, attempts: row.attempts - 1, last_error: pausedHeldReason };
    }
    const blockers = await blockersOf(row);
    if (blockers.length > 0) {
      const later = Math.max(now + 1_000, ...blockers.map((b) => (b.state === 'retrying' ? b.next_attempt_at : 0)));
      return {
        state: 'queued',
        lease_until: null,
        attempts: row.attempts - 1,
        next_attempt_at: later,
        last_error: waitingReason,
      };
    }
    const body = outbox.cipher.decrypt(row.data, outboxAddress(row, 'data'));
    const secrets = [outbox.cipher.decrypt(endpoint.secret, webhookSecretAddress(row.site, endpoint.id, 'secret'))];
    if (endpoint.previous_secret && (endpoint.previous_secret_until ?? 0) > now) {
      secrets.push(
        outbox.cipher.decrypt(endpoint.previous_secret, webhookSecretAddress(row.site, endpoint.id, 'previous')),
      );
    }
    const headers = signedHeaders(row.message_id, new Date(), body, secrets);
    const outcome = await attempt(endpoint.url, headers, body, policy);
    const ok = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
    done(ok);
    const after = outbox.now();
    await logAttempt(row, endpoint, body, outcome, after);
    if (ok) {
      if (endpoint.failing_since !== null) {
        await run(db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', endpoint.id));
      }
      return { state: 'sent', lease_until: null, sent_at: after, last_error: null };
    }
    const reason = outcome.error ?? `HTTP ${outcome.status}`;
    if (outcome.status === 410) {
      const why = 'The receiver answered 410 Gone: endpoint disabled';
      await stopEndpoint(endpoint, 'disabled', why, after);
      return { state: 'failed', lease_until: null, last_error: why };
    }
    const failingSince = endpoint.failing_since ?? after;
    if (endpoint.failing_since === null) {
      await run(
        db
          .updateTable('webhook_endpoints')
          .set({ failing_since: after })
          .where('id', '=', endpoint.id)
          .where('failing_since', 'is', null),
      );
    }
    const expired = after - row.created_at >= giveUpMs;
    if (after - failingSince >= giveUpMs) {
      await stopEndpoint(endpoint, 'paused', `Paused after 3 days of failed deliveries: ${reason}`, after);
      if (!expired) return { state: 'held', lease_until: null, last_error: `${pausedHeldReason} (${reason})` };
    }
    const throttled = outcome.status === 429 || outcome.status === 503 ? retryAfterMs(outcome.retryAfter) : undefined;
    const delay = throttled ?? retryDelayFor(Number(row.attempts), random);
    if (expired || delay === undefined) {
      return { state: 'failed', lease_until: null, last_error: `Gave up after 3 days: ${reason}` };
    }
    return {
      state: 'retrying',
      lease_until: null,
      last_error: reason,
      next_attempt_at: Math.min(after + delay, row.created_at + giveUpMs),
    };
  };

  return { deliver };
}

type Outcome = { status?: number; body?: string; retryAfter?: string | undefined; durationMs: number; error?: string };

async function attempt(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: WebhookPolicy,
): Promise<Outcome> {
  try {
    const answer = await postWebhook({ url, headers, body, policy });
    return { status: answer.status, body: answer.body, retryAfter: answer.retryAfter, durationMs: answer.durationMs };
  } catch (error) {
    if (error instanceof DeliveryError) return { durationMs: error.durationMs, error: error.message };
    return { durationMs: 0, error: 'Unknown error' };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

/** The site's default language (its config JSON), for the admins' email. */
function siteLanguage(config: string | undefined): Language {
  try {
    const lang = (JSON.parse(config ?? '{}') as { defaultLanguage?: unknown }).defaultLanguage;
    return lang === 'ru' || lang === 'zh' ? lang : 'en';
  } catch {
    return 'en';
  }
}
