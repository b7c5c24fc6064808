import { randomBytes, randomUUID } from 'node:crypto';
import { matterView, problemTypes, statusNotifyState } from '@retainer/schema';
import { type MatterCreated, matterDetail, matterList, messagingSettings } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { deliverAll, everything, type Mailbox, startMailbox } from '../messaging/test-mailbox.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('client notices and replies on matters on %s', (kind) => {
  let kit: AdminKit;
  let mailbox: Mailbox;
  let outbox: Outbox;

  beforeAll(async () => {
    mailbox = await startMailbox();
    const cipher = createFieldCipher(randomBytes(32));
    outbox = createOutbox({ cipher, smtpUrl: mailbox.url, baseUrl: 'https://retainer.harborvale.example' });
    kit = await createAdminKit(kind, { publicUrl: 'https://retainer.harborvale.example' }, { cipher, outbox });
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

  const create = async (clientEmail: string | null = `${randomUUID()}@example.com`) => {
    const res = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: {
        site: 'harbor-vale',
        clientName: 'CANARY-CLIENT-NAME',
        practiceArea: 'family',
        ...(clientEmail ? { clientEmail } : {}),
      },
    });
    return { ...((await res.json()) as MatterCreated), email: clientEmail };
  };
  const tokenFor = async (reference: string, code: string) => {
    const res = await kit.app.request('/v1/status/lookup', post({ site: 'harbor-vale', reference, code }));
    return ((await res.json()) as { token: string }).token;
  };
  const view = async (token: string) =>
    matterView.parse(await (await kit.app.request('/v1/status/matter', post({ token }))).json());
  const notify = (token: string, on: boolean, lang?: string) =>
    kit.app.request('/v1/status/notify', post({ token, notify: on, ...(lang ? { lang } : {}) }));
  const postUpdate = (id: string, text: string) =>
    kit.call(`/api/admin/matters/${id}/updates`, { session: kit.admin, body: { text } });

  it('emails an opted-in client that there is an update, with only the reference and the status page link', async () => {
    const { matter, accessCode, email } = await create();
    const token = await tokenFor(matter.reference, accessCode);
    expect((await view(token)).notifyUpdates).toBe(false);
    const res = await notify(token, true, 'zh');
    expect(res.status).toBe(200);
    expect(statusNotifyState.parse(await res.json())).toEqual({ notifyUpdates: true, canNotify: true });
    expect((await view(token)).notifyUpdates).toBe(true);

    expect((await postUpdate(matter.id, 'CANARY-UPDATE-TEXT: the court set a hearing')).status).toBe(201);
    await deliverAll(kit.storage, outbox);
    const [mail, ...more] = mailbox.to(email!);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`您的案件 ${matter.reference} 有新进展`);
    expect(mail?.text).toContain('https://retainer.harborvale.example/demo/case-status.html');
    const all = everything(mail!);
    expect(all).not.toContain('CANARY-UPDATE-TEXT');
    expect(all).not.toContain('CANARY-CLIENT-NAME');
    expect(all).not.toContain(matter.currentStageLabel);
  });

  it('sends nothing to a client who did not opt in, or opted out again; links to the site’s own status page', async () => {
    const { matter, accessCode, email } = await create();
    await postUpdate(matter.id, 'First');
    const token = await tokenFor(matter.reference, accessCode);
    await notify(token, true);
    await notify(token, false);
    await postUpdate(matter.id, 'Second');
    await deliverAll(kit.storage, outbox);
    expect(mailbox.to(email!)).toHaveLength(0);

    const page = await kit.call('/api/admin/sites/harbor-vale/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { statusPage: 'https://harborvale.example/case-status' },
    });
    expect(page.status).toBe(200);
    await notify(token, true);
    await postUpdate(matter.id, 'Third');
    await deliverAll(kit.storage, outbox);
    expect(mailbox.to(email!).map((m) => m.text)).toEqual([
      expect.stringContaining('https://harborvale.example/case-status'),
    ]);
    await kit.call('/api/admin/sites/harbor-vale/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { statusPage: null },
    });
  });

  it('refuses to opt in without a client email, and a bad or expired token', async () => {
    const { matter, accessCode } = await create(null);
    const token = await tokenFor(matter.reference, accessCode);
    expect((await view(token)).notifyUpdates).toBeUndefined();
    const refused = await notify(token, true);
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([{ path: 'notify', code: 'no_email' }]);
    expect((await notify('nope', true)).status).toBe(401);
    const bad = await kit.app.request('/v1/status/notify', post({ token, notify: 'yes' }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).type).toBe(problemTypes.validation);
  });

  it('shows a staff reply to the client in the tracker’s thread, and tells an opted-in client', async () => {
    const { matter, accessCode, email } = await create();
    const token = await tokenFor(matter.reference, accessCode);
    await notify(token, true, 'ru');
    const messageId = randomUUID();
    const sent = await kit.app.request(
      '/v1/status/message',
      post({ id: messageId, token, text: 'CANARY-CLIENT-MESSAGE' }),
    );
    expect(sent.status).toBe(201);
    kit.clock.now += 60_000;
    const res = await kit.call(`/api/admin/matters/${matter.id}/replies`, {
      session: kit.admin,
      body: { text: 'We filed it today.', inReplyTo: messageId },
    });
    expect(res.status).toBe(201);
    const detail = matterDetail.parse(await res.json());
    expect(detail.replies).toEqual([
      expect.objectContaining({
        body: 'We filed it today.',
        inReplyTo: messageId,
        author: expect.objectContaining({ name: 'Hana Vale' }),
      }),
    ]);
    expect(detail.messages[0]?.readAt).toBe(kit.clock.now);
    expect(detail.notifyUpdates).toBe(true);

    const thread = (await view(token)).thread;
    expect(thread).toEqual([
      expect.objectContaining({ id: messageId, from: 'client', text: 'CANARY-CLIENT-MESSAGE' }),
      expect.objectContaining({ from: 'firm', text: 'We filed it today.', author: 'Hana Vale' }),
    ]);
    await deliverAll(kit.storage, outbox);
    const [mail] = mailbox.to(email!);
    expect(mail?.subject).toBe(`Вам ответили по делу ${matter.reference}`);
    expect(everything(mail!)).not.toContain('We filed it today.');
    expect(everything(mail!)).not.toContain('CANARY-CLIENT-MESSAGE');

    const unknown = await kit.call(`/api/admin/matters/${matter.id}/replies`, {
      session: kit.admin,
      body: { text: 'x', inReplyTo: 'not-a-message' },
    });
    expect(unknown.status).toBe(422);
    const other = await kit.otherFirm();
    const foreign = await kit.call(`/api/admin/matters/${matter.id}/replies`, {
      session: other.session,
      body: { text: 'x' },
    });
    expect(foreign.status).toBe(404);
  });

  it('flags matters past the firm’s own "days since the client was updated" target', async () => {
    const { matter } = await create();
    const settings = await kit.call('/api/admin/messaging-settings', { session: kit.admin });
    expect(messagingSettings.parse(await settings.json())).toEqual({ updateTargetDays: 14, surveyReminderDays: 7 });
    kit.clock.now += 5 * 86_400_000;
    // The clock jumped past the session's idle limit.
    kit.admin = await kit.signIn('hana@harborvale.example', 'correct horse battery staple');
    const overdueIds = async () =>
      matterList.parse(await (await kit.call('/api/admin/matters?overdue=1', { session: kit.admin })).json());
    expect((await overdueIds()).matters.map((m) => m.id)).not.toContain(matter.id);
    const put = await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { updateTargetDays: 3, surveyReminderDays: null },
    });
    expect(put.status).toBe(200);
    const list = await overdueIds();
    expect(list.targetDays).toBe(3);
    expect(list.matters.map((m) => m.id)).toContain(matter.id);
    const staff = await kit.colleague('staff');
    const denied = await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: staff,
      body: { updateTargetDays: 5, surveyReminderDays: 2 },
    });
    expect(denied.status).toBe(403);
    const invalid = await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { updateTargetDays: 0, surveyReminderDays: 2 },
    });
    expect(invalid.status).toBe(422);
    await kit.call('/api/admin/messaging-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { updateTargetDays: 14, surveyReminderDays: 7 },
    });
    kit.clock.now -= 5 * 86_400_000;
    kit.admin = await kit.signIn('hana@harborvale.example', 'correct horse battery staple');
  });
});
