/**
 * The matter's webhook events (issue 16), each written in the transaction of the change: `matter.created`,
 * `matter.updated` (an update for the client, the stages, the next step), `matter.message_received` (the client
 * wrote in the tracker), `matter.closed`. Thin: ids, reference, status, stage, link; the client's name and
 * email (and, for a message, its text) only for endpoints with `includePersonalData`.
 *
 * @example
 *   await enqueueMatterEvent(trx, deps.outbox, matterId, 'matter.closed');
 */
import type { Outbox } from '../outbox/outbox.ts';
import { decryptPersonal } from '../status/matter-store.ts';
import type { Db } from '../storage/database.ts';
import { enqueueWebhookEvent, type WebhookEventInput } from './enqueue.ts';

type MatterEvent = 'matter.created' | 'matter.updated' | 'matter.message_received' | 'matter.closed';
export type MatterEventExtra = {
  /** matter.updated: what changed (`update`, `stages`, `next-step`). */
  change?: string;
  /** matter.message_received: the message's id, and its text (personal: full payloads only). */
  messageId?: string;
  text?: string;
};

export const matterPath = (id: string) => `/dashboard/matters/${encodeURIComponent(id)}`;

/** Enqueues one matter event inside `trx` (reads the matter as the transaction sees it); how many deliveries. */
export async function enqueueMatterEvent(
  trx: Db,
  outbox: Pick<Outbox, 'cipher' | 'baseUrl' | 'now'>,
  matterId: string,
  type: MatterEvent,
  extra: MatterEventExtra = {},
): Promise<number> {
  const row = await trx.selectFrom('matters').selectAll().where('id', '=', matterId).executeTakeFirst();
  if (!row) return 0;
  const data = {
    matterId: row.id,
    reference: row.reference,
    status: row.status,
    stage: row.current_stage,
    intakeId: row.intake_id ?? null,
    ...(type === 'matter.updated' ? { change: extra.change ?? 'update' } : {}),
    ...(type === 'matter.message_received' ? { messageId: extra.messageId ?? '' } : {}),
  };
  const event = {
    site: row.site,
    type,
    subjectRef: `matter:${row.id}`,
    path: matterPath(row.id),
    data,
    personal: () => {
      const client = decryptPersonal(outbox.cipher, row);
      return {
        client: { name: client.name, email: client.email ?? null },
        ...(extra.text !== undefined ? { text: extra.text } : {}),
      };
    },
  } as WebhookEventInput;
  return enqueueWebhookEvent(trx, outbox, event);
}
