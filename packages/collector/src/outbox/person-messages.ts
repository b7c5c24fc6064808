/**
 * People export and erase (issue 15): the emails sent, or still to be sent, to one address, found by the
 * keyed recipient index within the firm's sites. Erasing blanks the recipient, data, subject and bodies,
 * and cancels what was not sent yet; the row stays (the Outbox keeps that a message went, not to whom).
 *
 * @example
 *   const rows = await findPersonMessages(db, firmId, emailIndexes(cipher, email));
 */
import type { OutboxDetail } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import type { Db } from '../storage/database.ts';
import { toOutboxItem } from './routes.ts';
import { type OutboxRow, outboxAddress } from './tables.ts';

export async function findPersonMessages(db: Db, firmId: string, indexes: string[]): Promise<OutboxRow[]> {
  if (indexes.length === 0) return [];
  return db
    .selectFrom('outbox')
    .innerJoin('sites', 'sites.id', 'outbox.site')
    .selectAll('outbox')
    .where('sites.firm_id', '=', firmId)
    .where('outbox.recipient_index', 'in', indexes)
    .orderBy('outbox.created_at')
    .orderBy('outbox.id')
    .execute();
}

export function exportPersonMessages(deps: AdminDeps, rows: OutboxRow[]): OutboxDetail[] {
  return rows.map((row) => {
    const open = (token: string | null, field: Parameters<typeof outboxAddress>[1]) =>
      token ? deps.cipher.decrypt(token, outboxAddress(row, field)) : null;
    return {
      ...toOutboxItem(deps, row),
      from: null,
      replyTo: null,
      text: open(row.body_text, 'text'),
      html: open(row.body_html, 'html'),
      headers: row.headers ? (JSON.parse(open(row.headers, 'headers') ?? '{}') as Record<string, string>) : {},
    };
  });
}

export const erasedMessageReason = 'Erased before it was sent';

/** Inside the erasure's transaction; returns how many messages were blanked. */
export async function erasePersonMessages(db: Db, cipher: FieldCipher, rows: OutboxRow[]): Promise<number> {
  for (const row of rows) {
    const seal = (value: string, field: Parameters<typeof outboxAddress>[1]) =>
      cipher.encrypt(value, outboxAddress(row, field));
    const unsent = row.state !== 'sent' && row.state !== 'failed';
    await db
      .updateTable('outbox')
      .set({
        recipient: seal('', 'recipient'),
        recipient_index: null,
        data: seal('{}', 'data'),
        subject: seal('', 'subject'),
        body_text: null,
        body_html: null,
        headers: null,
        ...(unsent ? { state: 'failed', last_error: erasedMessageReason, lease_until: null } : {}),
      })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}
