/**
 * Matter rows: create, find (always narrowed to a firm or a site), change, and decrypt for staff.
 * Callers check input first; here every write also moves `last_client_update_at` when what the
 * client sees changed.
 *
 * @example
 *   const row = await findFirmMatter(db, user.firmId, id); // undefined for another firm's matter
 */
import { randomUUID } from 'node:crypto';
import type { ClientMessage, MatterInvoice, MatterStage, MatterUpdate } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { emailIndex } from '../people/email-index.ts';
import type { Db } from '../storage/database.ts';
import { hashAccessCode, newAccessCode } from './access-code.ts';
import type { MatterRow } from './tables.ts';

export type Personal = { name: string; email?: string };

const addressOf = (row: { site: string; id: string }, field: string) => ({ site: row.site, id: row.id, field });

export function decryptPersonal(cipher: FieldCipher, row: MatterRow): Personal {
  const tokens = JSON.parse(row.personal) as { name: string; email?: string };
  return {
    name: cipher.decrypt(tokens.name, addressOf(row, 'clientName')),
    ...(tokens.email ? { email: cipher.decrypt(tokens.email, addressOf(row, 'clientEmail')) } : {}),
  };
}

export function decryptNextStep(cipher: FieldCipher, row: MatterRow) {
  if (!row.next_step) return null;
  const text = cipher.decrypt(row.next_step, addressOf(row, 'nextStep'));
  return { text, ...(row.next_step_date ? { expectedDate: row.next_step_date } : {}) };
}

export const stagesOf = (row: MatterRow) => JSON.parse(row.stages) as MatterStage[];

export type NewMatter = {
  site: string;
  reference: string;
  practiceArea: string;
  lawyerId: string | null;
  personal: Personal;
  stages: MatterStage[];
  /** A fixed code (the demo's); otherwise a fresh random one. */
  accessCode?: string;
  /** Issue 17: the intake it is opened from, and that intake's parties. */
  intakeId?: string;
  parties?: MatterParty[];
};

export type MatterParty = { name: string; kind: 'adverse' | 'related' };

/** Parties are a JSON map `kind:n → token` (a map column, so key rotation re-encrypts it like `personal`). */
const partyField = (key: string) => `party:${key}`;

export function decryptParties(cipher: FieldCipher, row: MatterRow): MatterParty[] {
  if (!row.parties) return [];
  const tokens = JSON.parse(row.parties) as Record<string, string>;
  return Object.entries(tokens).map(([key, token]) => ({
    name: cipher.decrypt(token, addressOf(row, partyField(key))),
    kind: key.startsWith('adverse:') ? 'adverse' : 'related',
  }));
}

/** Inserts the matter in its first stage; returns its id and the access code in clear (shown once). */
export async function insertMatter(
  db: Db,
  cipher: FieldCipher,
  matter: NewMatter,
  now: number,
): Promise<{ id: string; accessCode: string }> {
  const id = randomUUID();
  const accessCode = matter.accessCode ?? newAccessCode();
  const address = { site: matter.site, id };
  const personal: Record<string, string> = {
    name: cipher.encrypt(matter.personal.name, addressOf(address, 'clientName')),
  };
  if (matter.personal.email) {
    personal.email = cipher.encrypt(matter.personal.email, addressOf(address, 'clientEmail'));
  }
  const parties: Record<string, string> = {};
  for (const [n, party] of (matter.parties ?? []).entries()) {
    const key = `${party.kind}:${n}`;
    parties[key] = cipher.encrypt(party.name, addressOf(address, partyField(key)));
  }
  await db
    .insertInto('matters')
    .values({
      id,
      intake_id: matter.intakeId ?? null,
      parties: matter.parties?.length ? JSON.stringify(parties) : null,
      site: matter.site,
      reference: matter.reference,
      practice_area: matter.practiceArea,
      lawyer_id: matter.lawyerId,
      personal: JSON.stringify(personal),
      email_index: matter.personal.email ? emailIndex(cipher, matter.personal.email) : null,
      stages: JSON.stringify(matter.stages),
      current_stage: matter.stages[0]?.key ?? '',
      next_step: null,
      next_step_date: null,
      code_hash: hashAccessCode(cipher, id, accessCode),
      code_version: 1,
      failed_attempts: 0,
      locked_at: null,
      status: 'open',
      closed_at: null,
      survey_url: null,
      last_client_update_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, accessCode };
}

/** A matter of one of the firm's sites. */
export async function findFirmMatter(db: Db, firmId: string, id: string): Promise<MatterRow | undefined> {
  return db
    .selectFrom('matters')
    .innerJoin('sites', 'sites.id', 'matters.site')
    .selectAll('matters')
    .where('matters.id', '=', id)
    .where('sites.firm_id', '=', firmId)
    .executeTakeFirst();
}

export async function listFirmMatters(db: Db, firmId: string, site?: string): Promise<MatterRow[]> {
  let query = db
    .selectFrom('matters')
    .innerJoin('sites', 'sites.id', 'matters.site')
    .selectAll('matters')
    .where('sites.firm_id', '=', firmId);
  if (site) query = query.where('matters.site', '=', site);
  // Open matters first ('open' > 'closed'), the longest without a client update at the top.
  return query
    .orderBy('matters.status', 'desc')
    .orderBy('matters.last_client_update_at')
    .orderBy('matters.id')
    .execute();
}

export async function findSiteMatter(db: Db, site: string, reference: string) {
  return db
    .selectFrom('matters')
    .selectAll()
    .where('site', '=', site)
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function updateMatter(
  db: Db,
  id: string,
  changes: Partial<Omit<MatterRow, 'id' | 'site' | 'reference' | 'created_at'>>,
  now: number,
): Promise<void> {
  await db
    .updateTable('matters')
    .set({ ...changes, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** A new access code: the old one and every token made with it stop working; failures and lock reset. */
export async function reissueAccessCode(db: Db, cipher: FieldCipher, row: MatterRow, now: number) {
  const accessCode = newAccessCode();
  await updateMatter(
    db,
    row.id,
    {
      code_hash: hashAccessCode(cipher, row.id, accessCode),
      code_version: Number(row.code_version) + 1,
      failed_attempts: 0,
      locked_at: null,
    },
    now,
  );
  return accessCode;
}

export async function insertUpdate(
  db: Db,
  cipher: FieldCipher,
  row: MatterRow,
  text: string,
  authorId: string,
  now: number,
  /** More writes in the same transaction (the client's update notice, issue 15). */
  within?: (trx: Db, updateId: string) => Promise<void>,
): Promise<void> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('matter_updates')
      .values({
        id,
        matter_id: row.id,
        body: cipher.encrypt(text, { site: row.site, id, field: 'statusUpdate' }),
        author_id: authorId,
        created_at: now,
      })
      .execute();
    await trx
      .updateTable('matters')
      .set({ last_client_update_at: now, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await within?.(trx, id);
  });
}

export async function listUpdates(db: Db, cipher: FieldCipher, row: MatterRow): Promise<MatterUpdate[]> {
  const rows = await db
    .selectFrom('matter_updates')
    .leftJoin('users', 'users.id', 'matter_updates.author_id')
    .select([
      'matter_updates.id',
      'matter_updates.body',
      'matter_updates.author_id',
      'matter_updates.created_at',
      'users.name as author_name',
      'users.removed_at as author_removed_at',
    ])
    .where('matter_updates.matter_id', '=', row.id)
    .orderBy('matter_updates.created_at', 'desc')
    .orderBy('matter_updates.id')
    .execute();
  return rows.map((u) => ({
    id: u.id,
    text: cipher.decrypt(u.body, { site: row.site, id: u.id, field: 'statusUpdate' }),
    createdAt: Number(u.created_at),
    authorId: u.author_id,
    ...(u.author_name ? { authorName: u.author_name } : {}),
    ...(u.author_removed_at != null ? { authorFormer: true } : {}),
  }));
}

export async function listInvoices(db: Db, matterId: string, openOnly = false): Promise<MatterInvoice[]> {
  let query = db.selectFrom('matter_invoices').selectAll().where('matter_id', '=', matterId);
  if (openOnly) query = query.where('status', '=', 'open');
  const rows = await query.orderBy('due_date').orderBy('created_at').execute();
  return rows.map((i) => ({
    id: i.id,
    number: i.number,
    amount: Number(i.amount),
    currency: i.currency,
    dueDate: i.due_date,
    ...(i.pay_url ? { payUrl: i.pay_url } : {}),
    status: i.status,
    createdAt: Number(i.created_at),
  }));
}

export async function listMessages(db: Db, cipher: FieldCipher, row: MatterRow): Promise<ClientMessage[]> {
  const rows = await db
    .selectFrom('matter_messages')
    .selectAll()
    .where('matter_id', '=', row.id)
    .orderBy('received_at', 'desc')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    text: cipher.decrypt(m.body, { site: row.site, id: `${row.id}/${m.id}`, field: 'statusMessage' }),
    receivedAt: Number(m.received_at),
    readAt: m.read_at === null ? null : Number(m.read_at),
  }));
}

/** Unread client messages per matter id. */
export async function unreadCounts(db: Db, matterIds: string[]): Promise<Map<string, number>> {
  if (matterIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('matter_messages')
    .select(['matter_id', (eb) => eb.fn.countAll().as('n')])
    .where('matter_id', 'in', matterIds)
    .where('read_at', 'is', null)
    .groupBy('matter_id')
    .execute();
  return new Map(rows.map((r) => [r.matter_id, Number(r.n)]));
}

/** Lawyer names (and contact details) of a site, by id. */
export async function lawyersById(db: Db, sites: string[]) {
  if (sites.length === 0) return new Map<string, { name: string; email?: string; phone?: string; active: boolean }>();
  const rows = await db.selectFrom('lawyers').selectAll().where('site', 'in', sites).execute();
  return new Map(
    rows.map((r) => {
      const profile = JSON.parse(r.profile) as { name: string; email?: string; phone?: string };
      return [
        r.id,
        {
          name: profile.name,
          ...(profile.email ? { email: profile.email } : {}),
          ...(profile.phone ? { phone: profile.phone } : {}),
          active: r.status === 'active',
        },
      ];
    }),
  );
}
