/**
 * Replies both ways on a matter (issue 15):
 * - `POST /api/admin/matters/:id/replies` {text, inReplyTo?}: staff answer the client; the reply shows in
 *   the tracker's thread, and a client who opted in gets a notice (never the text) by email;
 * Reply bodies are field-cipher tokens, like the client's messages.
 *
 * @example
 *   api.post('/matters/:id/replies', replyToClientRoute(deps));
 */
import { randomUUID } from 'node:crypto';
import type { ThreadEntry } from '@retainer/schema';
import { type MatterReply, replyToClient } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, notFound, readAdminJson } from '../http/read-body.ts';
import { publicOrigin } from '../http/request-info.ts';
import { jsonResponse } from '../respond.ts';
import type { Db } from '../storage/database.ts';
import { findFirmMatter } from './matter-store.ts';
import type { MatterRow } from './tables.ts';
import { queueUpdateNotice, statusPageOf } from './update-notices.ts';

const replyAddress = (row: MatterRow, replyId: string) => ({
  site: row.site,
  id: `${row.id}/${replyId}`,
  field: 'matterReply',
});

export async function listMatterReplies(db: Db, cipher: FieldCipher, row: MatterRow): Promise<MatterReply[]> {
  const rows = await db
    .selectFrom('matter_replies')
    .leftJoin('users', 'users.id', 'matter_replies.author_id')
    .selectAll('matter_replies')
    .select('users.name as author_name')
    .where('matter_id', '=', row.id)
    .orderBy('matter_replies.created_at')
    .orderBy('matter_replies.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    author: { id: r.author_id, name: r.author_name ?? '' },
    body: cipher.decrypt(r.body, replyAddress(row, r.id)),
    inReplyTo: r.in_reply_to,
    createdAt: Number(r.created_at),
  }));
}

/** Whether the client opted in to update notices on this matter. */
export async function notifyUpdatesOf(db: Db, matterId: string): Promise<boolean> {
  const row = await db.selectFrom('matters').select('notify_updates').where('id', '=', matterId).executeTakeFirst();
  return Number(row?.notify_updates ?? 0) === 1;
}

/** The tracker's thread: the client's messages and the firm's replies, oldest first. */
export async function matterThread(db: Db, cipher: FieldCipher, row: MatterRow): Promise<ThreadEntry[]> {
  const messages = await db.selectFrom('matter_messages').selectAll().where('matter_id', '=', row.id).execute();
  const replies = await listMatterReplies(db, cipher, row);
  const entries: ThreadEntry[] = [
    ...messages.map((m) => ({
      id: m.id,
      from: 'client' as const,
      text: cipher.decrypt(m.body, { site: row.site, id: `${row.id}/${m.id}`, field: 'statusMessage' }),
      at: Number(m.received_at),
    })),
    ...replies.map((r) => ({
      id: r.id,
      from: 'firm' as const,
      text: r.body,
      at: r.createdAt,
      ...(r.author.name ? { author: r.author.name } : {}),
    })),
  ];
  return entries.sort((a, b) => a.at - b.at || (a.from === b.from ? 0 : a.from === 'client' ? -1 : 1));
}

export function replyToClientRoute(deps: AdminDeps, detailOf: (row: MatterRow) => Promise<unknown>) {
  return async function handleReplyToClient(c: Context<AdminEnv>): Promise<Response> {
    const db = deps.db;
    const user = c.get('user');
    const row = await findFirmMatter(db, user.firmId, c.req.param('id') ?? '');
    if (!row) throw notFound();
    const { text, inReplyTo } = await readAdminJson(c, replyToClient);
    if (inReplyTo) {
      const message = await db
        .selectFrom('matter_messages')
        .select('id')
        .where('matter_id', '=', row.id)
        .where('id', '=', inReplyTo)
        .executeTakeFirst();
      if (!message) throw invalidField('inReplyTo', 'unknown_option');
    }
    const now = deps.now();
    const id = randomUUID();
    const statusPage = await statusPageOf(deps.db, row.site, publicOrigin(c, deps));
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('matter_replies')
        .values({
          id,
          matter_id: row.id,
          in_reply_to: inReplyTo ?? null,
          author_id: user.id,
          body: deps.cipher.encrypt(text, replyAddress(row, id)),
          created_at: now,
        })
        .execute();
      // Answering a message reads it.
      if (inReplyTo) {
        await trx
          .updateTable('matter_messages')
          .set({ read_at: now })
          .where('id', '=', inReplyTo)
          .where('read_at', 'is', null)
          .execute();
      }
      await trx
        .updateTable('matters')
        .set({ last_client_update_at: now, updated_at: now })
        .where('id', '=', row.id)
        .execute();
      await queueUpdateNotice(deps.outbox, trx, { row, cipher: deps.cipher, kind: 'reply', key: id, statusPage });
    });
    deps.outbox.wake();
    const fresh = await findFirmMatter(db, user.firmId, row.id);
    if (!fresh) throw notFound();
    return jsonResponse(201, await detailOf(fresh));
  };
}
