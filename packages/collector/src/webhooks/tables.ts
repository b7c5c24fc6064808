/** The tables of `0024-webhooks`, as Kysely sees them (see `./migration.ts`), on top of the outbox's. */
import type { WebhookEndpointState } from '@retainer/schema/admin';
import type { Selectable } from 'kysely';

export interface WebhookEndpointsTable {
  id: string;
  site: string;
  url: string;
  /** JSON array of `WebhookEvent`. */
  events: string;
  description: string;
  include_personal_data: number;
  /** Field-cipher token of `whsec_…` (`webhookSecretAddress`). */
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  state: WebhookEndpointState;
  state_reason: string | null;
  failing_since: number | null;
  created_at: number;
  updated_at: number;
}

export interface WebhookAttemptsTable {
  id: string;
  site: string;
  endpoint_id: string;
  outbox_id: string;
  delivery_id: string;
  event: string;
  attempt: number;
  request_body: string;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number;
  error: string | null;
  created_at: number;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;

/** Where each encrypted column's token is bound (the field cipher's associated data). */
export const webhookSecretAddress = (site: string, endpointId: string, which: 'secret' | 'previous') => ({
  site,
  id: `webhook/${endpointId}`,
  field: which === 'secret' ? 'webhook.secret' : 'webhook.previousSecret',
});
export const webhookAttemptAddress = (site: string, attemptId: string, which: 'request' | 'response') => ({
  site,
  id: `webhook-attempt/${attemptId}`,
  field: which === 'request' ? 'webhook.requestBody' : 'webhook.responseBody',
});
