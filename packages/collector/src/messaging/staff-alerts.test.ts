import { randomBytes, randomUUID } from 'node:crypto';
import type { MatterCreated } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { saveSurveySettings } from '../survey/survey-settings-store.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { digestWeek } from './digest.ts';
import { runMessagingJobs } from './jobs.ts';
import { deliverAll, everything, type Mailbox, startMailbox } from './test-mailbox.ts';

const hana = 'hana@harborvale.example';
const hour = 3_600_000;
const day = 24 * hour;
const at = (iso: string) => Date.parse(iso);

describe.each(storageKinds)('staff alerts and the weekly digest on %s', (kind) => {
  let kit: AdminKit;
  let mailbox: Mailbox;
  let outbox: Outbox;
  let colleague: { email: string; cookie: string; csrf: string; userId: string };

  const signIn = async () => {
    kit.admin = await kit.signIn(hana, 'correct horse battery staple');
  };
  const alertsTo = (address: string, pattern: RegExp) =>
    mailbox.to(address).filter((m) => pattern.test(m.subject ?? ''));

  beforeAll(async () => {
    mailbox = await startMailbox();
    const cipher = createFieldCipher(randomBytes(32));
    // The outbox reads the kit's clock (made with the kit, after the outbox).
    const now = () => kit?.clock.now ?? at('2025-01-13T15:00:00Z');
    outbox = createOutbox({ cipher, smtpUrl: mailbox.url, baseUrl: 'https://retainer.harborvale.example', now });
    kit = await createAdminKit(kind, {}, { cipher, outbox });
    await signIn();
    colleague = await kit.colleague('staff');
    // The colleague wants no client-message emails; Hana keeps the defaults.
    const off = await kit.call('/api/admin/me/notifications', {
      method: 'PUT',
      session: colleague,
      body: {
        language: 'ru',
        rules: [{ event: 'matter.client_message', email: false, sites: null, practiceAreas: null }],
      },
    });
    expect(off.status).toBe(200);
  });
  afterAll(async () => {
    await kit.cleanup();
    await mailbox.close();
  });
  beforeEach(async () => {
    await kit.db.deleteFrom('rate_limits' as never).execute();
    await deliverAll(kit.storage, outbox);
    mailbox.clear();
  });

  it('tells the staff who want it that a client wrote, without the message', async () => {
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: 'ann@example.com', practiceArea: 'family' },
    });
    const { matter, accessCode } = (await created.json()) as MatterCreated;
    const lookup = await kit.app.request(
      '/v1/status/lookup',
      post({ site: 'harbor-vale', reference: matter.reference, code: accessCode }),
    );
    const { token } = (await lookup.json()) as { token: string };
    const id = randomUUID();
    for (let i = 0; i < 2; i++) {
      const res = await kit.app.request('/v1/status/message', post({ id, token, text: 'CANARY-CLIENT-WORDS' }));
      expect(res.status).toBe(201);
    }
    await deliverAll(kit.storage, outbox);
    const [mail, ...more] = alertsTo(hana, /wrote on matter/);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`A client wrote on matter ${matter.reference}`);
    expect(mail?.text).toContain(`/dashboard/matters/${matter.id}`);
    expect(everything(mail!)).not.toContain('CANARY-CLIENT-WORDS');
    expect(mailbox.to(colleague.email)).toHaveLength(0);
  });

  it('tells staff when a survey answer lands in the follow-up queue, in each person’s language', async () => {
    await saveSurveySettings(
      kit.db,
      'harbor-vale',
      { reviewLinks: [], page: 'https://harborvale.example/feedback' },
      kit.clock.now,
    );
    const issued = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: 'Ann' },
    });
    const { url } = (await issued.json()) as { url: string };
    const token = new URL(url).hash.replace('#retainer-survey=', '');
    const res = await kit.app.request(
      '/v1/survey',
      post({ site: 'harbor-vale', token, score: 2, comment: 'CANARY-COMMENT' }),
    );
    expect(res.status).toBe(201);
    await deliverAll(kit.storage, outbox);
    expect(alertsTo(hana, /follow-up/).map((m) => m.subject)).toEqual(['A survey answer needs a follow-up']);
    const [ru] = mailbox.to(colleague.email);
    expect(ru?.subject).toBe('Ответ на опрос требует реакции');
    expect(everything(ru!)).not.toContain('CANARY-COMMENT');
  });

  it('alerts once at 75 % of an intake’s response target in business hours, then once when overdue', async () => {
    kit.clock.now = at('2025-01-13T14:00:00Z'); // Monday 09:00 in New York; target: one business day (8 h)
    const id = await kit.submit();
    await deliverAll(kit.storage, outbox);
    mailbox.clear();
    const reference = (
      await kit.db.selectFrom('intakes').select('reference').where('id', '=', id).executeTakeFirstOrThrow()
    ).reference;
    kit.clock.now = at('2025-01-13T19:59:00Z'); // 5 h 59 min in: under 75 %
    await runMessagingJobs(kit.db, outbox, kit.clock.now);
    await deliverAll(kit.storage, outbox);
    expect(alertsTo(hana, new RegExp(reference))).toHaveLength(0);
    kit.clock.now = at('2025-01-13T20:00:00Z'); // 6 h: 75 %
    await runMessagingJobs(kit.db, outbox, kit.clock.now);
    await runMessagingJobs(kit.db, outbox, kit.clock.now + 60_000);
    await deliverAll(kit.storage, outbox);
    expect(alertsTo(hana, new RegExp(reference)).map((m) => m.subject)).toEqual([`Intake ${reference} is due soon`]);
    kit.clock.now = at('2025-01-14T14:30:00Z'); // Tuesday 09:30: past 17:00 Monday + 30 min
    await runMessagingJobs(kit.db, outbox, kit.clock.now);
    await runMessagingJobs(kit.db, outbox, kit.clock.now + 60_000);
    await deliverAll(kit.storage, outbox);
    expect(alertsTo(hana, new RegExp(reference)).map((m) => m.subject)).toEqual([
      `Intake ${reference} is due soon`,
      `Intake ${reference} is overdue`,
    ]);
    // Answered intakes are left alone.
    await signIn();
    await kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state: 'contacted' } });
    expect(await runMessagingJobs(kit.db, outbox, kit.clock.now + 2 * day)).toBe(0);
  });

  it('alerts once when a matter passes the firm’s update target, and again after the next quiet spell', async () => {
    kit.clock.now = at('2025-02-03T15:00:00Z');
    await signIn();
    await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { updateTargetDays: 3, surveyReminderDays: null },
    });
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', practiceArea: 'family' },
    });
    const { matter } = (await created.json()) as MatterCreated;
    await runMessagingJobs(kit.db, outbox, kit.clock.now + 2 * day);
    kit.clock.now += 4 * day;
    await runMessagingJobs(kit.db, outbox, kit.clock.now);
    await runMessagingJobs(kit.db, outbox, kit.clock.now + hour);
    await deliverAll(kit.storage, outbox);
    const alerts = () => alertsTo(hana, new RegExp(`Matter ${matter.reference}`));
    expect(alerts().map((m) => m.subject)).toEqual([
      `Matter ${matter.reference}: the client has not been updated for 4 days`,
    ]);
    await signIn();
    await kit.call(`/api/admin/matters/${matter.id}/updates`, { session: kit.admin, body: { text: 'News' } });
    kit.clock.now += 5 * day;
    await runMessagingJobs(kit.db, outbox, kit.clock.now);
    await deliverAll(kit.storage, outbox);
    expect(alerts()).toHaveLength(2);
    await signIn();
    await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { updateTargetDays: 14, surveyReminderDays: 7 },
    });
    await kit.call(`/api/admin/matters/${matter.id}/close`, { session: kit.admin, body: {} });
  });

  it('sends the weekly digest on Monday 9:00 in the site’s zone to those who opted in, numbers only', async () => {
    await signIn();
    const on = await kit.call('/api/admin/me/notifications', {
      method: 'PUT',
      session: kit.admin,
      body: { language: null, rules: [{ event: 'digest.weekly', email: true, sites: null, practiceAreas: null }] },
    });
    expect(on.status).toBe(200);
    // Last week: Monday 2025-03-03 … Sunday 2025-03-09 (New York); the digest goes Monday 2025-03-10 09:00 EDT.
    kit.clock.now = at('2025-03-04T15:00:00Z');
    await kit.submit({ name: 'CANARY-DIGEST-NAME', description: 'CANARY-DIGEST-TEXT' });
    const monday9 = at('2025-03-10T13:00:00Z');
    expect(digestWeek('America/New_York', monday9).sendAt).toBe(monday9);
    await deliverAll(kit.storage, outbox);
    mailbox.clear();
    await runMessagingJobs(kit.db, outbox, monday9 - 60_000);
    await deliverAll(kit.storage, outbox);
    expect(alertsTo(hana, /Your week/)).toHaveLength(0);
    await runMessagingJobs(kit.db, outbox, monday9);
    await runMessagingJobs(kit.db, outbox, monday9 + 60_000);
    await deliverAll(kit.storage, outbox);
    const [digest, ...more] = alertsTo(hana, /Your week/);
    expect(more).toHaveLength(0);
    expect(digest?.subject).toBe('Your week at Harbor & Vale LLP: 1 new intakes');
    expect(digest?.text).toContain('New intakes: 1');
    expect(digest?.text).toContain('NPS:');
    expect(digest?.text).toContain('https://retainer.harborvale.example/dashboard/?site=harbor-vale');
    expect(everything(digest!)).not.toMatch(/CANARY-DIGEST/);
    // The colleague did not opt in.
    expect(mailbox.to(colleague.email).filter((m) => /Неделя/.test(m.subject ?? ''))).toHaveLength(0);
  });
});
