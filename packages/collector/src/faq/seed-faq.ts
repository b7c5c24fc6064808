/**
 * Seeds the demo firm's FAQ once per database: only while the site has never had FAQ settings, so entries
 * staff delete stay deleted after a restart. Saving default settings marks it seeded.
 *
 * @example
 *   await seedDemoFaq(storage, 'harbor-vale'); // true the first time, then false
 */
import type { Storage } from '../storage/open-storage.ts';
import { demoFaqEntries } from './demo-faq.ts';
import { loadFaqSettings, saveFaqSettings } from './settings-store.ts';

export const demoOffice = {
  address: {
    en: '48 Commercial Wharf, Suite 300, Boston, MA 02110.',
    ru: '48 Commercial Wharf, офис 300, Бостон, MA 02110.',
    zh: '波士顿 48 Commercial Wharf, Suite 300, MA 02110。',
  },
  directions: {
    en: 'Two minutes from Aquarium station (Blue Line).',
    ru: 'В двух минутах от станции Aquarium (синяя линия).',
    zh: '距 Aquarium 地铁站（蓝线）步行两分钟。',
  },
  languages: ['en', 'es', 'fr', 'ru', 'zh'],
};

export async function seedDemoFaq(storage: Storage, site: string, now = Date.now()): Promise<boolean> {
  const db = storage.db;
  const seeded = await db.selectFrom('faq_settings').select('site').where('site', '=', site).executeTakeFirst();
  if (seeded) return false;
  // The demo's contact page holds the intake form: the bot's handoff goes there from the other pages.
  const settings = {
    ...(await loadFaqSettings(db, site)),
    handoff: { intake: true, contactPage: '/demo/contact.html', phone: true, email: true },
    // What the demo's contact page and directory show (issue 20): the bot answers these from here.
    office: demoOffice,
  };
  await db.transaction().execute(async (trx) => {
    for (const [i, { id, ...entry }] of demoFaqEntries.entries()) {
      await trx
        .insertInto('faq_entries')
        .values({ id, site, entry: JSON.stringify(entry), created_at: now + i, updated_at: now + i })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
  await saveFaqSettings(db, site, settings, now);
  return true;
}
