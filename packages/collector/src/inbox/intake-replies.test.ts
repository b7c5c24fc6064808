import { randomBytes } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { intakeDetail } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { deliverAll, everything, type Mailbox, startMailbox } from '../messaging/test-mailbox.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const canaries = {
  name: 'CANARY-NAME-7Q',
  description: 'CANARY-DESCRIPTION-4W',
  adverseParties: ['CANARY-ADVERSE-9Z'],
  phone: '+1 617 555 0123',
};

describe.each(storageKinds)('staff reply to a prospect on %s', (kind) => {
  let kit: AdminKit;
  let mailbox: Mailbox;
  let outbox: Outbox;

  beforeAll(async () => {
    mailbox = await startMailbox();
    const cipher = createFieldCipher(randomBytes(32));
    outbox = createOutbox({ cipher, smtpUrl: mailbox.url, baseUrl: 'https://retainer.harborvale.example' });
    kit = await createAdminKit(kind, {}, { cipher, outbox });
  });
  afterAll(async () => {
    await kit.cleanup();
    await mailbox.close();
  });
  beforeEach(async () => {
    await deliverAll(kit.storage, outbox);
    mailbox.clear();
  });

  // The prospect also gets the acknowledgement (h15a's); these tests read the replies.
  const replies = (address: string) => mailbox.to(address).filter((m) => /^(Re:|Ответ|回复)/.test(m.subject ?? ''));
  const reply = (id: string, text: unknown) =>
    kit.call(`/api/admin/inbox/${id}/replies`, { session: kit.admin, body: { text } });

  it('emails the reply to the prospect, keeps it on the intake and counts it as first contact', async () => {
    const id = await kit.submit({ ...canaries, email: 'ann.reply@example.com' });
    const res = await reply(id, 'Thank you for writing.\n\nCould we call you tomorrow at 10?');
    expect(res.status).toBe(201);
    const detail = intakeDetail.parse(await res.json());
    expect(detail.state).toBe('contacted');
    expect(detail.clock.firstContactAt).toBe(kit.clock.now);
    expect(detail.replies).toEqual([
      expect.objectContaining({ body: 'Thank you for writing.\n\nCould we call you tomorrow at 10?' }),
    ]);
    expect(detail.history.at(-1)).toMatchObject({ from: 'new', to: 'contacted' });

    await deliverAll(kit.storage, outbox);
    const [mail, ...more] = replies('ann.reply@example.com');
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`Re: your request ${detail.reference}`);
    expect(mail?.text).toContain('Could we call you tomorrow at 10?');
    expect(mail?.text).toContain('Hana Vale');
    const all = everything(mail!);
    for (const canary of [canaries.name, canaries.description, ...canaries.adverseParties]) {
      expect(all).not.toContain(canary);
    }
    expect(all).not.toContain('555 0123');
    // Stored encrypted: the reply's text is nowhere in clear in the database row.
    const stored = await kit.db.selectFrom('intake_replies').select('body').where('intake_id', '=', id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.body).not.toContain('tomorrow');
  });

  it('writes in the prospect’s language; a second reply keeps the first contact time', async () => {
    const id = await kit.submit({ email: 'boris@example.com' }, { lang: 'ru' });
    await reply(id, 'Здравствуйте!');
    const first = kit.clock.now;
    kit.clock.now += 3_600_000;
    const res = await reply(id, 'Ещё один вопрос.');
    const detail = intakeDetail.parse(await res.json());
    expect(detail.clock.firstContactAt).toBe(first);
    expect(detail.replies).toHaveLength(2);
    await deliverAll(kit.storage, outbox);
    const mails = replies('boris@example.com');
    expect(mails.map((m) => m.subject)).toEqual([
      `Ответ на ваше обращение ${detail.reference}`,
      `Ответ на ваше обращение ${detail.reference}`,
    ]);
    kit.clock.now = first;
  });

  it('refuses an empty reply, an intake without an email and another firm’s intake', async () => {
    const id = await kit.submit({ email: 'c@example.com' });
    const empty = await reply(id, '   ');
    expect(empty.status).toBe(422);
    expect((await empty.json()).type).toBe(problemTypes.validation);
    expect((await reply(id, 42)).status).toBe(422);
    const noEmail = await kit.submit({ email: 'gone@example.com' });
    // An intake whose email was never given (older forms) or was removed.
    const personal = await kit.db
      .selectFrom('intakes')
      .select('personal')
      .where('id', '=', noEmail)
      .executeTakeFirstOrThrow();
    const { email: _, ...rest } = JSON.parse(personal.personal) as Record<string, string>;
    await kit.db
      .updateTable('intakes')
      .set({ personal: JSON.stringify(rest) })
      .where('id', '=', noEmail)
      .execute();
    const refused = await reply(noEmail, 'Hello');
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([{ path: 'email', code: 'no_email' }]);
    const other = await kit.otherFirm();
    const foreign = await kit.call(`/api/admin/inbox/${id}/replies`, { session: other.session, body: { text: 'x' } });
    expect(foreign.status).toBe(404);
    const count = await kit.db.selectFrom('intake_history').select('id').where('intake_id', '=', id).execute();
    expect(count).toHaveLength(0);
  });
});
