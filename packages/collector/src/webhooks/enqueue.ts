/**
 * Turning an event into webhook deliveries: one outbox message of kind `webhook` per endpoint of the site
 * that subscribes to it, written in the caller's transaction (or handed to the intake's group commit). The
 * body is fixed now — every attempt and replay sends the same bytes with the same `webhook-id` — and is
 * thin unless the endpoint asked for personal data (then the decrypted details ride along, encrypted at rest
 * in the outbox like every message). Deliveries about one intake or matter go out in order (`subjectRef`).
 *
 * @example
 *   await db.transaction().execute(async (trx) => {
 *     await trx.updateTable('intakes')…;
 *     await enqueueWebhookEvent(trx, outbox, {
 *       site, type: 'intake.state_changed', subjectRef: `intake:${id}`, path: `/dashboard/intakes/${id}`,
 *       data: { intakeId: id, reference, state: 'contacted', previousState: 'new', practiceArea, source: 'form' },
 *     });
 *   });
 *   outbox.wake();
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { WebhookEvent, WebhookPayload } from '@retainer/schema/admin';
import type { Outbox } from '../outbox/outbox.ts';
import { type NewOutboxRow, outboxAddress } from '../outbox/tables.ts';
import type { Db } from '../storage/database.ts';
import type { WebhookEndpointRow } from './tables.ts';

type DataOf<T extends WebhookEvent> = Extract<WebhookPayload, { type: T }>['data'];
export type WebhookPersonal = NonNullable<DataOf<'intake.submitted'>['personal']>;

export type WebhookEventInput = {
  [T in WebhookEvent]: {
    site: string;
    type: T;
    /** `intake:<id>` or `matter:<id>`: the deliveries about one thing go out in the order they were written. */
    subjectRef: string;
    /** The thin payload (ids, reference, state): never what a prospect or client wrote. */
    data: Omit<DataOf<T>, 'site' | 'link' | 'personal'>;
    /** Dashboard path of what it is about, e.g. `/dashboard/intakes/<id>`. */
    path: string;
    /** The details for endpoints with `includePersonalData`; only called when one of them wants this event. */
    personal?: (() => WebhookPersonal | Promise<WebhookPersonal>) | undefined;
  };
}[WebhookEvent];

/** For webhook messages the outbox's `template` names the endpoint (kind `webhook`). */
export const endpointOf = (row: { template: string }) => row.template;

let sequence = 0;
/**
 * A `webhook-id` that sorts in the order ids were made (time, then a counter): deliveries about one intake
 * are sent in this order.
 */
export function newDeliveryId(now: number): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `msg_${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}

export type WebhookRowInput = {
  site: string;
  endpointId: string;
  url: string;
  type: string;
  subjectRef: string | null;
  body: string;
  now: number;
};

export function buildWebhookRow(outbox: Pick<Outbox, 'cipher'>, input: WebhookRowInput): NewOutboxRow {
  const id = randomUUID();
  const at = (field: Parameters<typeof outboxAddress>[1]) => outboxAddress({ site: input.site, id }, field);
  const seal = (value: string, field: Parameters<typeof outboxAddress>[1]) => outbox.cipher.encrypt(value, at(field));
  return {
    id,
    site: input.site,
    kind: 'webhook',
    template: input.endpointId,
    locale: 'en',
    recipient: seal(input.url, 'recipient'),
    recipient_index: null,
    data: seal(input.body, 'data'),
    reason: input.type,
    subject_ref: input.subjectRef,
    subject: seal(input.type, 'subject'),
    body_text: null,
    body_html: null,
    headers: null,
    state: 'queued',
    attempts: 0,
    next_attempt_at: input.now,
    lease_until: null,
    last_error: null,
    message_id: newDeliveryId(input.now),
    dedupe_key: null,
    created_at: input.now,
    sent_at: null,
    body_purged_at: null,
  };
}

/** The site's endpoints that may still receive something (paused ones too: held until resumed). */
export function siteEndpoints(db: Db, site: string): Promise<WebhookEndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('site', '=', site)
    .where('state', '!=', 'disabled')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export const subscribes = (endpoint: WebhookEndpointRow, type: string) =>
  (JSON.parse(endpoint.events) as string[]).includes(type);

/** The body every attempt sends: `{ type, timestamp, data }`. */
export function webhookBody(type: string, now: number, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: new Date(now).toISOString(), data });
}

/** The deliveries of one event to `endpoints` (those subscribed to it), as outbox rows. */
export async function webhookRows(
  outbox: Pick<Outbox, 'cipher' | 'baseUrl' | 'now'>,
  endpoints: WebhookEndpointRow[],
  event: WebhookEventInput,
  now = outbox.now(),
): Promise<NewOutboxRow[]> {
  const wanted = endpoints.filter((e) => subscribes(e, event.type));
  if (wanted.length === 0) return [];
  const thin = { ...event.data, site: event.site, link: `${outbox.baseUrl()}${event.path}` };
  const personal = wanted.some((e) => e.include_personal_data) && event.personal ? await event.personal() : undefined;
  return wanted.map((endpoint) =>
    buildWebhookRow(outbox, {
      site: event.site,
      endpointId: endpoint.id,
      url: endpoint.url,
      type: event.type,
      subjectRef: event.subjectRef,
      body: webhookBody(event.type, now, endpoint.include_personal_data && personal ? { ...thin, personal } : thin),
      now,
    }),
  );
}

/**
 * Inserts the event's deliveries inside `trx` (any Kysely transaction or connection); how many. Call
 * `outbox.wake()` after the commit.
 */
export async function enqueueWebhookEvent(
  trx: Db,
  outbox: Pick<Outbox, 'cipher' | 'baseUrl' | 'now'>,
  event: WebhookEventInput,
): Promise<number> {
  const rows = await webhookRows(outbox, await siteEndpoints(trx, event.site), event);
  if (rows.length > 0) await trx.insertInto('outbox').values(rows).execute();
  return rows.length;
}
