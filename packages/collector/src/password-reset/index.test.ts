import { randomBytes } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { passwordResetState } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { deliverAll, type Mailbox, startMailbox } from '../messaging/test-mailbox.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { resetTtlMs } from './index.ts';

const hana = 'hana@harborvale.example';
const newPassword = 'a brand new passphrase 42';

describe.each(storageKinds)('forgot password on %s', (kind) => {
  let kit: AdminKit;
  let mailbox: Mailbox;
  let outbox: Outbox;

  beforeAll(async () => {
    mailbox = await startMailbox();
    const cipher = createFieldCipher(randomBytes(32));
    outbox = createOutbox({ cipher, smtpUrl: mailbox.url });
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

  const ask = (email: string, lang?: string) =>
    kit.call('/api/admin/password-reset', { body: { email, ...(lang ? { lang } : {}) } });
  const confirm = (token: string, password: string) =>
    kit.call('/api/admin/password-reset/confirm', { body: { token, password } });
  const check = async (token: string) =>
    passwordResetState.parse(await (await kit.call('/api/admin/password-reset/check', { body: { token } })).json())
      .valid;
  const linkIn = (text: string | undefined) => {
    const match = /https:\/\/retainer\.harborvale\.example\/dashboard\/reset-password#token=([A-Za-z0-9_-]+)/.exec(
      text ?? '',
    );
    if (!match) throw new Error(`no link in ${text}`);
    return match[1]!;
  };

  it('answers a known and an unknown address alike, and emails only the known one', async () => {
    const known = await ask(` ${hana.toUpperCase()} `);
    const unknown = await ask('nobody@harborvale.example');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
    await deliverAll(kit.storage, outbox);
    expect(mailbox.received.map((r) => r.to)).toEqual([[hana]]);
    expect(mailbox.to(hana)[0]?.subject).toBe('Reset your Retainer password');
  });

  it('resets the password once with the link, ends every session and refuses the link again', async () => {
    const other = await kit.signIn(hana, adminPassword);
    await ask(hana, 'ru');
    await deliverAll(kit.storage, outbox);
    const [mail] = mailbox.to(hana);
    expect(mail?.subject).toBe('Сброс пароля Retainer');
    const token = linkIn(mail?.text);
    // Only the token's hash is stored.
    const rows = await kit.db.selectFrom('password_resets').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await check(token)).toBe(true);

    const tooShort = await confirm(token, 'short');
    expect(tooShort.status).toBe(422);
    expect((await confirm(token, newPassword)).status).toBe(204);
    expect(await check(token)).toBe(false);
    const again = await confirm(token, 'yet another passphrase');
    expect(again.status).toBe(403);
    expect((await again.json()).type).toBe(problemTypes.invalidToken);

    expect((await kit.call('/api/admin/session', { session: other })).status).toBe(401);
    expect((await kit.call('/api/admin/session', { body: { email: hana, password: adminPassword } })).status).toBe(401);
    kit.admin = await kit.signIn(hana, newPassword);
    // Put the kit's password back for the other tests.
    await ask(hana);
    await deliverAll(kit.storage, outbox);
    expect((await confirm(linkIn(mailbox.to(hana).at(-1)?.text), adminPassword)).status).toBe(204);
    kit.admin = await kit.signIn(hana, adminPassword);
  });

  it('expires the link after 30 minutes', async () => {
    await ask(hana);
    await deliverAll(kit.storage, outbox);
    const token = linkIn(mailbox.to(hana)[0]?.text);
    kit.clock.now += resetTtlMs + 1;
    expect(await check(token)).toBe(false);
    expect((await confirm(token, newPassword)).status).toBe(403);
    kit.clock.now -= resetTtlMs + 1;
  });

  it('rate-limits requests per account, known or not, and rejects bad input', async () => {
    for (let i = 0; i < 3; i++) expect((await ask('someone@example.com')).status).toBe(202);
    const limited = await ask('someone@example.com');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const bad = await kit.call('/api/admin/password-reset', { body: { email: 'not an email' } });
    expect(bad.status).toBe(422);
    expect((await kit.call('/api/admin/password-reset/confirm', { body: { token: '' } })).status).toBe(422);
  });
});
