/**
 * The admin API of webhooks (issue 16), per site of the signed-in admin's firm (another firm's site or
 * endpoint is a 404; staff get a 403 from `requireAdmin`):
 * - `POST /sites/:site/webhooks` `{ url, events, description, includePersonalData? }` → 201 `{ id, secret }`
 *   (the `whsec_…` secret is shown this once); the URL must pass the address rules (422 with the reason).
 * - `GET /sites/:site/webhooks`, `GET|PUT|DELETE /sites/:site/webhooks/:id` (PUT `paused` pauses / resumes).
 * - `POST …/webhooks/:id/test`: a signed `webhook.test` event, through the outbox like any delivery.
 * - `POST …/webhooks/:id/rotate-secret` → `{ id, secret }`: the old secret still signs for 24 h.
 * - `GET …/webhooks/:id/deliveries?cursor=&limit=`: every attempt, newest first.
 * - `POST …/webhooks/:id/deliveries/:deliveryId/retry`: the delivery again, now, same `webhook-id` and body.
 *
 * @example
 *   api.post('/sites/:site/webhooks', requireAdmin, createWebhookRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import { issuesToErrors, problemTypes } from '@retainer/schema';
import {
  createWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookDeliveryQueued,
  type WebhookEndpoint,
  type WebhookEndpointList,
  type WebhookEvent,
  type WebhookSecretIssued,
  webhookDeliveryQuery,
  webhookTestEvent,
} from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { emptyBody, notFound, readAdminJson } from '../http/read-body.ts';
import { pageAfter, readTimeCursor } from '../http/time-cursor.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import { checkWebhookUrl } from './address-policy.ts';
import { webhookSettingsPath } from './deliver-webhook.ts';
import { buildWebhookRow, webhookBody } from './enqueue.ts';
import { webhookGiveUpMs } from './retry-schedule.ts';
import { newWebhookSecret } from './signing.ts';
import {
  type WebhookAttemptRow,
  type WebhookEndpointRow,
  webhookAttemptAddress,
  webhookSecretAddress,
} from './tables.ts';

type AdminContext = Context<AdminEnv>;

/** Endpoints per site: each event fans out to every one of them. */
export const maxEndpointsPerSite = 20;
/** How long the previous secret still signs after a rotation. */
export const rotationOverlapMs = 24 * 3_600_000;

const firmSite = async (deps: AdminDeps, c: AdminContext) =>
  (await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '')).row;

export function toWebhookEndpoint(row: WebhookEndpointRow, now: number): WebhookEndpoint {
  return {
    id: row.id,
    site: row.site,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEvent[],
    description: row.description,
    includePersonalData: Boolean(row.include_personal_data),
    state: row.state,
    stateReason: row.state_reason,
    previousSecretUntil:
      row.previous_secret && row.previous_secret_until && row.previous_secret_until > now
        ? row.previous_secret_until
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function findEndpoint(deps: AdminDeps, c: AdminContext): Promise<WebhookEndpointRow> {
  const site = await firmSite(deps, c);
  const row = await deps.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('site', '=', site.id)
    .where('id', '=', c.req.param('id') ?? '')
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The address rules at save time: a 422 naming `url` with the reason in `detail`. */
async function checkUrl(deps: AdminDeps, url: string) {
  const verdict = await checkWebhookUrl(url, deps.outbox.webhookPolicy);
  if (!verdict.ok) {
    throw new ProblemError(422, problemTypes.validation, {
      detail: verdict.reason,
      errors: [{ path: 'url', code: verdict.code }],
    });
  }
}

export function createWebhookRoute(deps: AdminDeps) {
  return async function handleCreateWebhook(c: AdminContext): Promise<Response> {
    const input = await readAdminJson(c, createWebhookEndpoint);
    const site = await firmSite(deps, c);
    await checkUrl(deps, input.url);
    const db = deps.db;
    const count = await db
      .selectFrom('webhook_endpoints')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('site', '=', site.id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= maxEndpointsPerSite) {
      throw new ProblemError(422, problemTypes.validation, {
        detail: `A site can have at most ${maxEndpointsPerSite} webhook endpoints`,
        errors: [{ path: 'url', code: 'too_many' }],
      });
    }
    const id = randomUUID();
    const secret = newWebhookSecret();
    const now = deps.now();
    await db
      .insertInto('webhook_endpoints')
      .values({
        id,
        site: site.id,
        url: input.url,
        events: JSON.stringify(input.events),
        description: input.description,
        include_personal_data: input.includePersonalData ? 1 : 0,
        secret: deps.cipher.encrypt(secret, webhookSecretAddress(site.id, id, 'secret')),
        previous_secret: null,
        previous_secret_until: null,
        state: 'active',
        state_reason: null,
        failing_since: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const body: WebhookSecretIssued = { id, secret };
    return jsonResponse(201, body);
  };
}

export function listWebhooksRoute(deps: AdminDeps) {
  return async function handleListWebhooks(c: AdminContext): Promise<Response> {
    const site = await firmSite(deps, c);
    const rows = await deps.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('site', '=', site.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const body: WebhookEndpointList = { items: rows.map((row) => toWebhookEndpoint(row, deps.now())) };
    return jsonResponse(200, body);
  };
}

export function getWebhookRoute(deps: AdminDeps) {
  return async function handleGetWebhook(c: AdminContext): Promise<Response> {
    return jsonResponse(200, toWebhookEndpoint(await findEndpoint(deps, c), deps.now()));
  };
}

export function updateWebhookRoute(deps: AdminDeps) {
  return async function handleUpdateWebhook(c: AdminContext): Promise<Response> {
    const input = await readAdminJson(c, updateWebhookEndpoint);
    const row = await findEndpoint(deps, c);
    if (input.url !== undefined && input.url !== row.url) await checkUrl(deps, input.url);
    const now = deps.now();
    const resumed = input.paused === false && row.state !== 'active';
    const state = input.paused === true ? 'paused' : resumed ? 'active' : row.state;
    const changes = {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.events !== undefined ? { events: JSON.stringify(input.events) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.includePersonalData !== undefined ? { include_personal_data: input.includePersonalData ? 1 : 0 } : {}),
      state,
      state_reason: state === row.state ? row.state_reason : state === 'paused' ? 'Paused by an admin' : null,
      ...(resumed ? { failing_since: null } : {}),
      updated_at: now,
    };
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('webhook_endpoints').set(changes).where('id', '=', row.id).execute();
      // Resumed: what waited for it goes out now (messages still within their 3 days).
      if (resumed) {
        await trx
          .updateTable('outbox')
          .set({ state: 'queued', next_attempt_at: now, last_error: null })
          .where('site', '=', row.site)
          .where('kind', '=', 'webhook')
          .where('template', '=', row.id)
          .where('state', '=', 'held')
          .where('created_at', '>', now - webhookGiveUpMs)
          .execute();
      }
    });
    if (resumed) deps.outbox.wake();
    const updated = await findEndpoint(deps, c);
    return jsonResponse(200, toWebhookEndpoint(updated, now));
  };
}

export function deleteWebhookRoute(deps: AdminDeps) {
  return async function handleDeleteWebhook(c: AdminContext): Promise<Response> {
    const row = await findEndpoint(deps, c);
    await deps.db.transaction().execute(async (trx) => {
      // Its pending messages end here; the log of what was sent goes with the endpoint.
      await trx
        .updateTable('outbox')
        .set({ state: 'failed', lease_until: null, last_error: 'The endpoint was deleted' })
        .where('site', '=', row.site)
        .where('kind', '=', 'webhook')
        .where('template', '=', row.id)
        .where('state', 'in', ['queued', 'retrying', 'held'])
        .execute();
      await trx.deleteFrom('webhook_attempts').where('endpoint_id', '=', row.id).execute();
      await trx.deleteFrom('webhook_endpoints').where('id', '=', row.id).execute();
    });
    return new Response(null, { status: 204 });
  };
}

export function testWebhookRoute(deps: AdminDeps) {
  return async function handleTestWebhook(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const row = await findEndpoint(deps, c);
    const now = deps.now();
    const data = { site: row.site, endpointId: row.id, link: `${deps.outbox.baseUrl()}${webhookSettingsPath}` };
    const message = buildWebhookRow(deps.outbox, {
      site: row.site,
      endpointId: row.id,
      url: row.url,
      type: webhookTestEvent,
      subjectRef: null,
      body: webhookBody(webhookTestEvent, now, data),
      now,
    });
    await deps.db.insertInto('outbox').values(message).execute();
    deps.outbox.wake();
    const body: WebhookDeliveryQueued = { deliveryId: message.message_id };
    return jsonResponse(202, body);
  };
}

export function rotateSecretRoute(deps: AdminDeps) {
  return async function handleRotateSecret(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const row = await findEndpoint(deps, c);
    const now = deps.now();
    const current = deps.cipher.decrypt(row.secret, webhookSecretAddress(row.site, row.id, 'secret'));
    const secret = newWebhookSecret();
    await deps.db
      .updateTable('webhook_endpoints')
      .set({
        secret: deps.cipher.encrypt(secret, webhookSecretAddress(row.site, row.id, 'secret')),
        previous_secret: deps.cipher.encrypt(current, webhookSecretAddress(row.site, row.id, 'previous')),
        previous_secret_until: now + rotationOverlapMs,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .where('secret', '=', row.secret)
      .execute();
    const body: WebhookSecretIssued = { id: row.id, secret };
    return jsonResponse(200, body);
  };
}

export function listDeliveriesRoute(deps: AdminDeps) {
  return async function handleListDeliveries(c: AdminContext): Promise<Response> {
    const parsed = webhookDeliveryQuery.safeParse(c.req.query());
    if (!parsed.success) {
      throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
    }
    const endpoint = await findEndpoint(deps, c);
    const { cursor, limit = 50 } = parsed.data;
    let query = deps.db
      .selectFrom('webhook_attempts')
      .leftJoin('outbox', 'outbox.id', 'webhook_attempts.outbox_id')
      .selectAll('webhook_attempts')
      .select(['outbox.state as delivery_state', 'outbox.next_attempt_at as delivery_next_at'])
      .where('webhook_attempts.endpoint_id', '=', endpoint.id);
    if (cursor) {
      const { at, id } = readTimeCursor(cursor);
      query = query.where((eb) =>
        eb.or([
          eb('webhook_attempts.created_at', '<', at),
          eb.and([eb('webhook_attempts.created_at', '=', at), eb('webhook_attempts.id', '<', id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('webhook_attempts.created_at', 'desc')
      .orderBy('webhook_attempts.id', 'desc')
      .limit(limit + 1)
      .execute();
    const { page, next } = pageAfter(rows, limit, (row) => row.created_at);
    const body: WebhookDeliveryList = { items: page.map((row) => toDelivery(deps, row)), next };
    return jsonResponse(200, body);
  };
}

type AttemptWithState = WebhookAttemptRow & {
  delivery_state: WebhookDelivery['deliveryState'];
  delivery_next_at: number | null;
};

function toDelivery(deps: AdminDeps, row: AttemptWithState): WebhookDelivery {
  const open = (token: string, which: 'request' | 'response') =>
    deps.cipher.decrypt(token, webhookAttemptAddress(row.site, row.id, which));
  const waiting = row.delivery_state === 'queued' || row.delivery_state === 'retrying';
  return {
    id: row.id,
    deliveryId: row.delivery_id,
    endpointId: row.endpoint_id,
    event: row.event,
    attempt: Number(row.attempt),
    requestBody: open(row.request_body, 'request'),
    responseStatus: row.response_status === null ? null : Number(row.response_status),
    responseBody: row.response_body === null ? null : open(row.response_body, 'response'),
    durationMs: Number(row.duration_ms),
    error: row.error,
    at: Number(row.created_at),
    deliveryState: row.delivery_state ?? null,
    nextAttemptAt: waiting && row.delivery_next_at !== null ? Number(row.delivery_next_at) : null,
  };
}

export function retryDeliveryRoute(deps: AdminDeps) {
  return async function handleRetryDelivery(c: AdminContext): Promise<Response> {
    await readAdminJson(c, emptyBody);
    const endpoint = await findEndpoint(deps, c);
    const deliveryId = c.req.param('deliveryId') ?? '';
    const db = deps.db;
    const message = await db
      .selectFrom('outbox')
      .select(['id', 'state'])
      .where('site', '=', endpoint.site)
      .where('kind', '=', 'webhook')
      .where('template', '=', endpoint.id)
      .where('message_id', '=', deliveryId)
      .executeTakeFirst();
    if (!message) throw notFound();
    if (message.state === 'sending') throw new ProblemError(409, problemTypes.conflict);
    if (endpoint.state !== 'active') {
      throw new ProblemError(409, problemTypes.conflict, { detail: 'Resume the endpoint first' });
    }
    const now = deps.now();
    // A replay: the same message (same `webhook-id`, same body) due now, whatever became of it.
    await db
      .updateTable('outbox')
      .set({ state: 'queued', next_attempt_at: now, last_error: null, lease_until: null })
      .where('id', '=', message.id)
      .where('state', '=', message.state)
      .execute();
    deps.outbox.wake();
    const body: WebhookDeliveryQueued = { deliveryId };
    return jsonResponse(202, body);
  };
}
