/**
 * Webhooks (issue 16): a site's endpoints, the signing secret shown once, every delivery attempt, and the
 * event catalogue with each event's payload. Deliveries follow Standard Webhooks (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature`); the body is `{ type, timestamp, data }`. Payloads are thin by
 * default (ids, reference, site, state, time, dashboard link); `personal` is present only on endpoints where
 * an admin turned `includePersonalData` on.
 *
 * @example
 *   import { createWebhookEndpoint, webhookPayload } from '@retainer/schema/admin';
 *   createWebhookEndpoint.parse({ url: 'https://hooks.example/retainer', events: ['intake.submitted'], description: '' });
 *   const event = webhookPayload.parse(JSON.parse(verifiedBody));
 */
import * as z from 'zod/mini';
import { intakeState } from './inbox.ts';
import { outboxState } from './outbox.ts';

/** Every event an endpoint can subscribe to (docs/webhooks.md has a JSON example of each). */
export const webhookEvents = [
  'intake.submitted',
  'intake.state_changed',
  'intake.conflict_flagged',
  'matter.created',
  'matter.updated',
  'matter.message_received',
  'matter.closed',
  'survey.answered',
  'survey.follow_up_needed',
  'faq.handoff',
] as const;
export const webhookEvent = z.enum(webhookEvents);
export type WebhookEvent = z.infer<typeof webhookEvent>;
/** Sent by `POST …/webhooks/:id/test` whatever the endpoint subscribes to. */
export const webhookTestEvent = 'webhook.test';

/** An endpoint's URL: https (http only for hosts the operator allows); the address rules are the collector's. */
export const webhookUrl = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'required'),
    z.maxLength(2000, 'too_long'),
    z.regex(/^https?:\/\/[^\s]+$/i, 'invalid_url'),
  );

const events = z.array(webhookEvent).check(
  z.minLength(1, 'required'),
  z.maxLength(webhookEvents.length, 'too_many'),
  z.refine((list) => new Set(list).size === list.length, 'duplicate'),
);
const description = z.string().check(z.trim(), z.maxLength(500, 'too_long'));

/** `POST /api/admin/sites/:site/webhooks` → 201 `webhookSecretIssued`. */
export const createWebhookEndpoint = z.strictObject({
  url: webhookUrl,
  events,
  description,
  /** Sends the decrypted intake to this endpoint (the dashboard warns first). Off by default. */
  includePersonalData: z.optional(z.boolean()),
});
export type CreateWebhookEndpoint = z.infer<typeof createWebhookEndpoint>;

/** `PUT …/webhooks/:id`: any subset; `paused: false` resumes a paused or disabled endpoint. */
export const updateWebhookEndpoint = z.strictObject({
  url: z.optional(webhookUrl),
  events: z.optional(events),
  description: z.optional(description),
  includePersonalData: z.optional(z.boolean()),
  paused: z.optional(z.boolean()),
});
export type UpdateWebhookEndpoint = z.infer<typeof updateWebhookEndpoint>;

/** The signing secret, shown once (create and rotate): `whsec_` + base64. */
export const webhookSecretIssued = z.object({ id: z.string(), secret: z.string().check(z.regex(/^whsec_/)) });
export type WebhookSecretIssued = z.infer<typeof webhookSecretIssued>;

/** active: deliveries go out; paused: by an admin or after 3 days of failures; disabled: the receiver said 410. */
export const webhookEndpointStates = ['active', 'paused', 'disabled'] as const;
export const webhookEndpointState = z.enum(webhookEndpointStates);
export type WebhookEndpointState = z.infer<typeof webhookEndpointState>;

/** `GET …/webhooks/:id` (and each item of the list). The secret never comes back. */
export const webhookEndpoint = z.object({
  id: z.string(),
  site: z.string(),
  url: z.string(),
  events: z.array(webhookEvent),
  description: z.string(),
  includePersonalData: z.boolean(),
  state: webhookEndpointState,
  /** Why it is paused or disabled; no personal data. */
  stateReason: z.nullable(z.string()),
  /** Until when the previous secret still signs too (after a rotation), else null. */
  previousSecretUntil: z.nullable(z.number()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;

export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) });
export type WebhookEndpointList = z.infer<typeof webhookEndpointList>;

/** One attempt to deliver one message (`deliveryId` = the `webhook-id`, stable across attempts and replays). */
export const webhookDelivery = z.object({
  id: z.string(),
  deliveryId: z.string(),
  endpointId: z.string(),
  event: z.string(),
  attempt: z.int(),
  /** The JSON body as sent. */
  requestBody: z.string(),
  /** Null when no answer came (timeout, refused, address not allowed). */
  responseStatus: z.nullable(z.int()),
  /** The first 1 KB of the answer. */
  responseBody: z.nullable(z.string()),
  durationMs: z.int(),
  error: z.nullable(z.string()),
  at: z.number(),
  /** Where the delivery stands now (its outbox message): sent, retrying, failed, … */
  deliveryState: z.nullable(outboxState),
  /** When the next attempt is due, if one is. */
  nextAttemptAt: z.nullable(z.number()),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

/** `GET …/webhooks/:id/deliveries?cursor=&limit=`: newest attempt first. */
export const webhookDeliveryQuery = z.strictObject({
  cursor: z.optional(z.string().check(z.regex(/^\d{1,16}\.[\w-]{1,64}$/, 'invalid_cursor'))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1, 'too_small'), z.lte(200, 'too_big'))),
});
export type WebhookDeliveryQuery = z.infer<typeof webhookDeliveryQuery>;

export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery), next: z.nullable(z.string()) });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryList>;

/** `POST …/webhooks/:id/test` and `…/deliveries/:deliveryId/retry`: queued now, sent by the worker. */
export const webhookDeliveryQueued = z.object({ deliveryId: z.string() });
export type WebhookDeliveryQueued = z.infer<typeof webhookDeliveryQueued>;

// Payloads: what a receiver gets.

/** The decrypted intake, only on endpoints with `includePersonalData`. */
const personalIntake = z.object({
  fields: z.record(z.string(), z.unknown()),
  lang: z.nullable(z.string()),
});
const personal = z.optional(
  z.object({
    intake: z.optional(personalIntake),
    /** matter.*: the client's name and email. */
    client: z.optional(z.object({ name: z.string(), email: z.nullable(z.string()) })),
    /** matter.message_received: what the client wrote; survey.*: the comment. */
    text: z.optional(z.nullable(z.string())),
  }),
);

const common = {
  site: z.string(),
  /** The dashboard page of what the event is about. */
  link: z.string(),
  personal,
};
const intakeData = z.object({
  ...common,
  intakeId: z.string(),
  reference: z.string(),
  state: intakeState,
  practiceArea: z.nullable(z.string()),
  /** `form` or `faq` (a hand-off from the FAQ bot). */
  source: z.string(),
});
const matterData = z.object({
  ...common,
  matterId: z.string(),
  reference: z.string(),
  status: z.enum(['open', 'closed']),
  stage: z.string(),
  intakeId: z.nullable(z.string()),
});
const surveyData = z.object({
  ...common,
  responseId: z.string(),
  kind: z.string(),
  matterId: z.nullable(z.string()),
  /** The answer's score (NPS 0–10, CSAT 1–5, …) — a number, not the client's words. */
  score: z.nullable(z.number()),
});

const envelope = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.object({ type: z.literal(type), timestamp: z.string(), data });

export const webhookPayload = z.discriminatedUnion('type', [
  envelope('intake.submitted', intakeData),
  envelope('intake.state_changed', z.extend(intakeData, { previousState: intakeState })),
  envelope('intake.conflict_flagged', z.extend(intakeData, { matches: z.int() })),
  envelope('faq.handoff', intakeData),
  envelope('matter.created', matterData),
  envelope('matter.updated', z.extend(matterData, { change: z.string() })),
  envelope('matter.message_received', z.extend(matterData, { messageId: z.string() })),
  envelope('matter.closed', matterData),
  envelope('survey.answered', surveyData),
  envelope('survey.follow_up_needed', z.extend(surveyData, { followUpId: z.string() })),
  envelope(webhookTestEvent, z.object({ site: z.string(), endpointId: z.string(), link: z.string() })),
]);
export type WebhookPayload = z.infer<typeof webhookPayload>;
export type WebhookPayloadData<T extends WebhookPayload['type']> = Extract<WebhookPayload, { type: T }>['data'];
