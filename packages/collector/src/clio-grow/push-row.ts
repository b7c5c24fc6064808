/**
 * A push to Clio Grow as an outbox row (kind `clio-grow`), written in the transaction that causes it: the
 * lead (sealed in `body_text`, so retention purges it like an email body), and in `data` only who or what
 * triggered it and which fields it carries. The token is added when sending, so a changed token applies.
 *
 * @example
 *   await trx.insertInto('outbox').values(clioPushRow(ctx, { site, intakeId, lead, trigger: 'manual', by })).execute();
 */
import { randomUUID } from 'node:crypto';
import type { ClioGrowPush } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { messageIdFor } from '../outbox/enqueue.ts';
import { type NewOutboxRow, outboxAddress } from '../outbox/tables.ts';
import { filledFields, type InboxLead } from './lead.ts';
import { clioGrowTemplate } from './tables.ts';

export type PushFacts = {
  site: string;
  intakeId: string;
  reference: string;
  lead: InboxLead;
  trigger: ClioGrowPush['trigger'];
  by: ClioGrowPush['by'];
};

/** What `data` holds (sealed): enough for the intake detail, nothing the prospect wrote. */
export type PushData = Pick<ClioGrowPush, 'trigger' | 'by' | 'fields'> & { reference: string };

export function clioPushRow(ctx: { cipher: FieldCipher; now: number; baseUrl: string }, push: PushFacts): NewOutboxRow {
  const id = randomUUID();
  const seal = (value: string, field: Parameters<typeof outboxAddress>[1]) =>
    ctx.cipher.encrypt(value, outboxAddress({ site: push.site, id }, field));
  const data: PushData = {
    trigger: push.trigger,
    by: push.by,
    fields: filledFields(push.lead),
    reference: push.reference,
  };
  return {
    id,
    site: push.site,
    kind: 'clio-grow',
    template: clioGrowTemplate,
    locale: 'en',
    recipient: seal('Clio Grow Lead Inbox', 'recipient'),
    recipient_index: null,
    data: seal(JSON.stringify(data), 'data'),
    reason: push.trigger === 'auto' ? 'clio-grow.auto' : 'clio-grow.manual',
    subject_ref: `intake:${push.intakeId}`,
    subject: seal(`Lead ${push.reference} to Clio Grow`, 'subject'),
    body_text: seal(JSON.stringify(push.lead), 'text'),
    body_html: null,
    headers: null,
    state: 'queued',
    attempts: 0,
    next_attempt_at: ctx.now,
    lease_until: null,
    last_error: null,
    message_id: messageIdFor(id, ctx.baseUrl),
    // An intake is pushed by itself at most once, whatever races (a clearance and a retry of the submit).
    dedupe_key: push.trigger === 'auto' ? `clio-grow:auto:${push.intakeId}` : null,
    created_at: ctx.now,
    sent_at: null,
    body_purged_at: null,
  };
}
