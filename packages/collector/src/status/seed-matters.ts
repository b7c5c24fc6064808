/**
 * Three demo matters for the "Case status" page, seeded once per database with FIXED access codes
 * (printed by `npm start` and listed in the README) so a newcomer can try the tracker: one in
 * progress, one waiting on an open invoice, one closed.
 *
 * @example
 *   await seedDemoMatters(storage, cipher); // true the first time
 */
import { randomUUID } from 'node:crypto';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import type { Storage } from '../storage/open-storage.ts';
import { insertMatter, stagesOf, updateMatter } from './matter-store.ts';
import { stageTemplate } from './stage-templates.ts';

const day = 24 * 3_600_000;

export type DemoMatter = {
  reference: string;
  accessCode: string;
  clientName: string;
  practiceArea: string;
  lawyer: string;
  stage: string;
  /** Days ago: the matter's updates, newest last. */
  updates: [number, string][];
  nextStep?: { text: string; inDays: number };
  invoice?: { number: string; amount: number; currency: string; inDays: number; payUrl: string };
  closed?: boolean;
};

/** Not secret: they exist so anyone can try the demo. Never use fixed codes for real matters. */
export const demoMatters: DemoMatter[] = [
  {
    reference: 'HV-FAM7-2026',
    accessCode: 'K7XM-4PQR-9TDW',
    clientName: 'Ann Lee',
    practiceArea: 'family',
    lawyer: 'Eleanor Hart',
    stage: 'negotiation',
    updates: [
      [12, 'We filed the custody petition with the Probate and Family Court. The court will set a hearing date.'],
      [3, 'The other side replied and is open to mediation. We will prepare a proposed parenting plan with you.'],
    ],
    nextStep: { text: 'Meeting with you to go through the proposed parenting plan.', inDays: 6 },
  },
  {
    reference: 'HV-IMM4-2026',
    accessCode: 'R2VN-8HJK-3BZE',
    clientName: 'Wei Zhang',
    practiceArea: 'immigration',
    lawyer: 'Daniel Lin',
    stage: 'processing',
    updates: [
      [18, 'Your application was filed and the receipt notice arrived. Processing usually takes 6 to 9 months.'],
    ],
    nextStep: { text: 'Biometrics appointment: the notice will come by mail.', inDays: 20 },
    invoice: {
      number: 'INV-1042',
      amount: 125_000,
      currency: 'USD',
      inDays: 10,
      payUrl: 'https://pay.harborvale.example/invoices/INV-1042',
    },
  },
  {
    reference: 'HV-EST9-2025',
    accessCode: 'W5TS-6GFC-2MYA',
    clientName: 'Margaret Okafor',
    practiceArea: 'estate-planning',
    lawyer: 'Eleanor Hart',
    stage: 'closed',
    updates: [
      [40, 'Your will and health-care proxy are ready for you to read.'],
      [30, 'Signed and witnessed. The originals are in our vault; copies are on their way to you.'],
    ],
    closed: true,
  },
];

export async function seedDemoMatters(storage: Storage, cipher: FieldCipher, site: string, now = Date.now()) {
  const claim = randomUUID();
  if ((await storage.claimMeta('seed:demo-matters', claim)) !== claim) return false;
  // One transaction: a single commit on start (SQLite's writer would otherwise sync each row).
  await storage.db.transaction().execute((trx) => seedInto(trx, cipher, site, now));
  return true;
}

async function seedInto(db: Db, cipher: FieldCipher, site: string, now: number) {
  const lawyers = await db.selectFrom('lawyers').select(['id', 'profile']).where('site', '=', site).execute();
  const lawyerId = (name: string) =>
    lawyers.find((l) => (JSON.parse(l.profile) as { name: string }).name === name)?.id ?? null;
  for (const demo of demoMatters) {
    const created = now - 60 * day;
    const { id } = await insertMatter(
      db,
      cipher,
      {
        site,
        reference: demo.reference,
        practiceArea: demo.practiceArea,
        lawyerId: lawyerId(demo.lawyer),
        personal: { name: demo.clientName },
        stages: stageTemplate(demo.practiceArea),
        accessCode: demo.accessCode,
      },
      created,
    );
    for (const [daysAgo, text] of demo.updates) {
      const updateId = randomUUID();
      await db
        .insertInto('matter_updates')
        .values({
          id: updateId,
          matter_id: id,
          body: cipher.encrypt(text, { site, id: updateId, field: 'statusUpdate' }),
          author_id: 'demo',
          created_at: now - daysAgo * day,
        })
        .execute();
    }
    if (demo.invoice) {
      await db
        .insertInto('matter_invoices')
        .values({
          id: randomUUID(),
          matter_id: id,
          number: demo.invoice.number,
          amount: demo.invoice.amount,
          currency: demo.invoice.currency,
          due_date: new Date(now + demo.invoice.inDays * day).toISOString().slice(0, 10),
          status: 'open',
          pay_url: demo.invoice.payUrl,
          created_at: now - 20 * day,
          updated_at: now - 20 * day,
        })
        .execute();
    }
    const lastUpdate = Math.min(...demo.updates.map(([daysAgo]) => daysAgo));
    const row = await db.selectFrom('matters').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const stage = stagesOf(row).find((s) => s.key === demo.stage)?.key ?? row.current_stage;
    await updateMatter(
      db,
      id,
      {
        current_stage: stage,
        last_client_update_at: now - lastUpdate * day,
        ...(demo.nextStep
          ? {
              next_step: cipher.encrypt(demo.nextStep.text, { site, id, field: 'nextStep' }),
              next_step_date: new Date(now + demo.nextStep.inDays * day).toISOString().slice(0, 10),
            }
          : {}),
        ...(demo.closed ? { status: 'closed' as const, closed_at: now - lastUpdate * day } : {}),
      },
      now - lastUpdate * day,
    );
  }
}
