/**
 * The client's update notices (issue 15): a client who chose, on the tracker, to be emailed about a
 * matter gets a notice when staff post an update or reply to them. The notice says only that there is
 * something new and links to the firm's case-status page; no stage, no text, no name.
 *
 * @example
 *   await queueUpdateNotice(outbox, trx, { row, cipher, kind: 'update', key: updateId, statusPage });
 */
import type { Language } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { loadSiteMessagingSettings } from '../messaging/settings-store.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { demoSiteId } from '../seed/demo-site.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import { decryptPersonal } from './matter-store.ts';
import type { MatterRow } from './tables.ts';

export type NoticeKind = 'update' | 'reply';

/** The site's case-status page; the demo's own page when the demo site has none set. */
export async function statusPageOf(db: Db, site: string, origin: string): Promise<string | null> {
  const { statusPage } = await loadSiteMessagingSettings(db, site);
  if (statusPage) return statusPage;
  return site === demoSiteId ? `${origin}/demo/case-status.html` : null;
}

export type UpdateNotice = {
  row: MatterRow;
  cipher: FieldCipher;
  kind: NoticeKind;
  /** The update's or reply's id: one notice each. */
  key: string;
  statusPage: string | null;
};

/** Queues the notice when the client opted in and staff have their address; does nothing otherwise. */
export async function queueUpdateNotice(outbox: Outbox, trx: Db, { row, cipher, kind, key, statusPage }: UpdateNotice) {
  const matter = await trx
    .selectFrom('matters')
    .select(['notify_updates', 'notify_lang'])
    .where('id', '=', row.id)
    .executeTakeFirst();
  if (!matter || Number(matter.notify_updates) !== 1) return;
  const { email } = decryptPersonal(cipher, row);
  if (!email) return;
  let locale = matter.notify_lang as Language | null;
  if (!locale) {
    const site = await trx.selectFrom('sites').select('config').where('id', '=', row.site).executeTakeFirst();
    locale = site ? (JSON.parse(site.config) as SiteSettings).defaultLanguage : 'en';
  }
  await outbox.enqueueEmail(trx, {
    site: row.site,
    template: 'matter-update-notice',
    locale,
    to: email,
    data: { kind, reference: row.reference, statusPage },
    reason: kind === 'update' ? 'matter.update' : 'matter.reply',
    subjectRef: `matter:${row.id}`,
    dedupeKey: `matter-notice:${key}`,
  });
}
