import { randomBytes, randomUUID } from 'node:crypto';
import { type MatterCreated, outboxDetail, surveyImportResult, surveyInvitationIssued } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { deliverAll, type Mailbox, startMailbox } from '../messaging/test-mailbox.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { sendSurveyReminders } from './invitation-email.ts';
import { saveSurveySettings } from './survey-settings-store.ts';

const day = 24 * 3_600_000;
const base = 'https://retainer.harborvale.example';

describe.each(storageKinds)('survey invitations by email on %s', (kind) => {
  let kit: AdminKit;
  let mailbox: Mailbox;
  let outbox: Outbox;
  const clock = { now: Date.now() };

  beforeAll(async () => {
    mailbox = await startMailbox();
    const cipher = createFieldCipher(randomBytes(32));
    outbox = createOutbox({ cipher, smtpUrl: mailbox.url, baseUrl: base, now: () => clock.now });
    kit = await createAdminKit(kind, { publicUrl: base }, { cipher, outbox });
    kit.clock.now = clock.now;
    kit.admin = await kit.signIn('hana@harborvale.example', 'correct horse battery staple');
    await saveSurveySettings(
      kit.db,
      'harbor-vale',
      { reviewLinks: [], page: 'https://harborvale.example/feedback' },
      clock.now,
    );
  });
  afterAll(async () => {
    await kit.cleanup();
    await mailbox.close();
  });
  beforeEach(async () => {
    await deliverAll(kit.storage, outbox);
    mailbox.clear();
  });

  const invite = (email: string, extra: Record<string, unknown> = {}) =>
    kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: 'CANARY-SURVEY-NAME', email, sendEmail: true, ...extra },
    });
  const unsubscribeUrl = (header: unknown) => /<([^>]+)>/.exec(String(header))?.[1] ?? '';

  it('emails one invitation with a one-click unsubscribe that is honoured, and the Outbox says why', async () => {
    const email = `${randomUUID()}@example.com`;
    const res = await invite(email, { lang: 'ru' });
    expect(res.status).toBe(201);
    const { url } = surveyInvitationIssued.parse(await res.json());
    await deliverAll(kit.storage, outbox);
    const [mail] = mailbox.to(email);
    expect(mail?.subject).toBe('Как вам работа Harbor & Vale LLP?');
    expect(mail?.text).toContain(url);
    expect(mail?.text).not.toContain('CANARY-SURVEY-NAME');
    const header = (name: string) =>
      mail?.headerLines
        .find((h) => h.key === name)
        ?.line.replace(/^[^:]+:\s*/, '')
        .replace(/\r\n\s*/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = unsubscribeUrl(header('list-unsubscribe'));
    expect(link).toMatch(/^https:\/\/retainer\.harborvale\.example\/v1\/unsubscribe\/[A-Za-z0-9_.-]+$/);
    expect(link).not.toContain(email);

    const path = new URL(link).pathname;
    const page = await kit.app.request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Отписаться');
    // What a mail client sends on one click (RFC 8058).
    const done = await kit.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect((await kit.app.request(`${path}x`, { method: 'POST' })).status).toBe(404);

    // A later invitation to the same address (any case) is written but not sent.
    expect((await invite(email.toUpperCase())).status).toBe(201);
    await deliverAll(kit.storage, outbox);
    expect(mailbox.to(email)).toHaveLength(1);
    const held = await kit.db
      .selectFrom('outbox')
      .select(['id', 'state', 'last_error'])
      .where('reason', '=', 'survey.invitation')
      .where('state', '=', 'failed')
      .execute();
    expect(held).toHaveLength(1);
    expect(held[0]?.last_error).toMatch(/unsubscribed/);
    const shown = await kit.call(`/api/admin/sites/harbor-vale/outbox/${held[0]?.id}`, { session: kit.admin });
    expect(outboxDetail.parse(await shown.json()).headers).toMatchObject({
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('emails the CSV rows that have an address, and sends one reminder to those who have not answered', async () => {
    const [a, b] = [`${randomUUID()}@example.com`, `${randomUUID()}@example.com`];
    const res = await kit.call('/api/admin/sites/harbor-vale/survey/invitations/import?email=1', {
      session: kit.admin,
      body: `name,email\nAnn,${a}\nBen,${b}\nCid,\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(201);
    const imported = surveyImportResult.parse(await res.json());
    expect(imported.issued).toHaveLength(3);
    await deliverAll(kit.storage, outbox);
    expect(mailbox.to(a)).toHaveLength(1);
    expect(mailbox.to(b)).toHaveLength(1);

    // Ann answers; after 7 days (the default) only Ben is reminded, once.
    const annUrl = imported.issued.find((i) => i.invitation.email === a)?.url ?? '';
    const token = new URL(annUrl).hash.replace('#retainer-survey=', '');
    const answered = await kit.app.request('/v1/survey', post({ site: 'harbor-vale', token, score: 9 }));
    expect(answered.status).toBe(201);
    expect(await sendSurveyReminders(kit.db, outbox, clock.now + 6 * day)).toBe(0);
    clock.now += 7 * day;
    try {
      expect(await sendSurveyReminders(kit.db, outbox, clock.now)).toBe(1);
      expect(await sendSurveyReminders(kit.db, outbox, clock.now)).toBe(0);
      await deliverAll(kit.storage, outbox);
      expect(mailbox.to(a)).toHaveLength(1);
      const reminders = mailbox.to(b);
      expect(reminders.map((m) => m.subject)).toEqual([
        'How did Harbor & Vale LLP do?',
        'A reminder: how did Harbor & Vale LLP do?',
      ]);
      // The reminder's link is the same working link.
      expect(reminders[1]?.text).toContain(imported.issued.find((i) => i.invitation.email === b)?.url);
    } finally {
      clock.now -= 7 * day;
    }
  });

  it('emails the end-of-matter survey when a matter closes', async () => {
    const email = `${randomUUID()}@example.com`;
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: email, practiceArea: 'family' },
    });
    const { matter } = (await created.json()) as MatterCreated;
    expect((await kit.call(`/api/admin/matters/${matter.id}/close`, { session: kit.admin, body: {} })).status).toBe(
      200,
    );
    await deliverAll(kit.storage, outbox);
    const [mail] = mailbox.to(email);
    expect(mail?.subject).toBe('How did Harbor & Vale LLP do?');
    expect(mail?.text).toContain('https://harborvale.example/feedback#retainer-survey=');
  });

  it('refuses sendEmail without an address', async () => {
    const res = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: 'Ann', sendEmail: true },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: 'email', code: 'required' }]);
  });
});
