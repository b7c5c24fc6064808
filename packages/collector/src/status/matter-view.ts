/**
 * What a client sees of a matter (`MatterView`): visible stages only, updates, the next step, when
 * something they can see last changed, their lawyer's contact and the open invoices.
 *
 * @example
 *   const view = await buildMatterView(db, cipher, row);
 */
import type { MatterView } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { clientStages } from './client-stages.ts';
import { matterThread, notifyUpdatesOf } from './matter-replies.ts';
import { decryptNextStep, decryptPersonal, lawyersById, listInvoices, listUpdates, stagesOf } from './matter-store.ts';
import type { MatterRow } from './tables.ts';

/** The latest updates a client sees; older ones stay in the dashboard. */
const shownUpdates = 20;

export async function buildMatterView(db: Db, cipher: FieldCipher, row: MatterRow): Promise<MatterView> {
  const [updates, invoices, lawyers, thread, notifyUpdates] = await Promise.all([
    listUpdates(db, cipher, row),
    listInvoices(db, row.id, true),
    row.lawyer_id ? lawyersById(db, [row.site]) : Promise.resolve(undefined),
    matterThread(db, cipher, row),
    notifyUpdatesOf(db, row.id),
  ]);
  const personal = decryptPersonal(cipher, row);
  const lawyer = row.lawyer_id ? lawyers?.get(row.lawyer_id) : undefined;
  return {
    reference: row.reference,
    practiceArea: row.practice_area,
    clientName: personal.name,
    stages: clientStages(stagesOf(row), row.current_stage),
    updates: updates.slice(0, shownUpdates).map((u) => ({
      id: u.id,
      text: u.text,
      createdAt: u.createdAt,
      ...(u.authorName ? { author: u.authorName } : {}),
    })),
    nextStep: row.status === 'closed' ? null : decryptNextStep(cipher, row),
    lastUpdatedAt: Number(row.last_client_update_at),
    // A departed lawyer's contact would lead nowhere: the widget falls back to the firm's.
    lawyer:
      lawyer?.active && row.lawyer_id
        ? {
            id: row.lawyer_id,
            name: lawyer.name,
            ...(lawyer.email ? { email: lawyer.email } : {}),
            ...(lawyer.phone ? { phone: lawyer.phone } : {}),
          }
        : null,
    invoices: invoices.map(({ status: _s, createdAt: _c, ...invoice }) => invoice),
    closed: row.status === 'closed',
    survey: row.status === 'closed' && row.survey_url ? { url: row.survey_url } : null,
    // Only offered when staff have the client's address (issue 15).
    ...(personal.email ? { notifyUpdates } : {}),
    thread,
  };
}
