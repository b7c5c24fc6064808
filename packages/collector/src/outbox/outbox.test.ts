import { randomBytes, randomUUID } from 'node:crypto';
import {
  emailSettings,
  emailTestResult,
  erasureResult,
  notificationPreferences,
  outboxDetail,
  outboxItem,
  outboxList,
  personExport,
} from '@retainer/schema/admin';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { emailIndex } from '../people/email-index.ts';
import { runPurges } from '../retention/run-purges.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { type DeliveryWorker, heldReason, startDeliveryWorker } from './delivery-worker.ts';
import { createOutbox, type Outbox } from './outbox.ts';

type Setup = { kit: AdminKit; outbox: Outbox; worker: DeliveryWorker };

describe.each(storageKinds)('outbox on %s', (kind) => {
  let sink: SmtpSink;
  let setup: Setup;
  let kit: AdminKit;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  const start = async (smtpUrl: string | undefined) => {
    const cipher = createFieldCipher(randomBytes(32));
    const clock = { now: Date.UTC(2025, 0, 13, 15) };
    const outbox = createOutbox({
      cipher,
      smtpUrl,
      baseUrl: 'https://retainer.harborvale.example',
      now: () => clock.now,
    });
    const made = await createAdminKit(kind, {}, { cipher, outbox });
    // One clock for the app and the outbox.
    made.clock.now = clock.now;
    Object.defineProperty(clock, 'now', { get: () => made.clock.now });
    // Polls only when told: every delivery in these tests is a `runOnce`.
    const worker = startDeliveryWorker({
      db: made.storage.db,
      kind,
      outbox,
      pollMs: 3_600_000,
      random: () => 1,
      // As the collector runs it: on SQLite the worker writes through the writer thread.
      write: kind === 'sqlite' ? (query) => made.storage.write(query) : undefined,
    });
    return { kit: made, outbox, worker };
  };

  beforeEach(async () => {
    sink.received.length = 0;
    setup = await start(sink.url);
    kit = setup.kit;
  });
  afterEach(async () => {
    await setup.worker.stop();
    await kit.cleanup();
  });

  const rows = () => kit.storage.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
  const referenceOf = async (id: string) =>
    (await kit.db.selectFrom('intakes').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).reference;

  it('sends every member an alert and the prospect an acknowledgement, in their languages, through SMTP', async () => {
    const colleague = await kit.colleague('staff');
    const prefs = await kit.call('/api/admin/me/notifications', {
      method: 'PUT',
      session: colleague,
      body: { language: 'zh', rules: [] },
    });
    expect(notificationPreferences.parse(await prefs.json()).language).toBe('zh');
    const id = await kit.submit({ email: 'ann.lee@example.com' }, { lang: 'ru' });
    const reference = await referenceOf(id);
    expect(await setup.worker.runOnce()).toBe(3);
    const mails = await sink.waitFor(3);
    const to = (address: string) => mails.find((m) => m.to.includes(address));
    const admin = to('hana@harborvale.example');
    const staff = to(colleague.email);
    const prospect = to('ann.lee@example.com');
    expect(admin?.parsed.subject).toBe(`New intake ${reference}`);
    expect(admin?.parsed.text).toContain(`https://retainer.harborvale.example/dashboard/intakes/${id}`);
    expect(staff?.parsed.subject).toBe(`新咨询 ${reference}`);
    expect(prospect?.parsed.subject).toBe(`Мы получили ваше обращение (${reference})`);
    expect(prospect?.parsed.text).toContain('Мы ответим до');
    expect(prospect?.parsed.html).toContain(reference);
    for (const mail of mails) {
      expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.raw).not.toMatch(/<img|https?:\/\/[^\s"]*\.(png|gif|jpg)/i);
    }
    const stored = await rows();
    expect(stored.map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set(stored.map((r) => r.message_id)));
    expect(stored.every((r) => r.reason === 'intake.submitted' && r.subject_ref === `intake:${id}`)).toBe(true);
  });

  it('writes each language of each email', async () => {
    for (const lang of ['en', 'ru', 'zh'] as const) {
      await kit.call('/api/admin/me/notifications', {
        method: 'PUT',
        session: kit.admin,
        body: { language: lang, rules: [] },
      });
      const id = await kit.submit({ email: `${lang}@example.com` }, { lang });
      const reference = await referenceOf(id);
      await setup.worker.runOnce();
      const mails = sink.received.filter((m) => m.parsed.subject?.includes(reference));
      expect(mails).toHaveLength(2);
      const subjects = Object.fromEntries(mails.map((m) => [m.to[0], m.parsed.subject]));
      const expected = {
        en: [`New intake ${reference}`, `We received your request (${reference})`],
        ru: [`Новое обращение ${reference}`, `Мы получили ваше обращение (${reference})`],
        zh: [`新咨询 ${reference}`, `我们已收到您的咨询（${reference}）`],
      }[lang];
      expect(subjects).toEqual({ 'hana@harborvale.example': expected[0], [`${lang}@example.com`]: expected[1] });
    }
  });

  it('never puts anything the prospect wrote into an email (canaries in every field)', async () => {
    const canary = (field: string) => `zq${field}${randomUUID().slice(0, 8)}`;
    const planted = {
      name: canary('name'),
      jurisdiction: canary('jurisdiction'),
      description: canary('description'),
      adverseParties: [canary('adverse')],
      referral: canary('referral'),
    };
    const email = `${canary('email')}@example.com`;
    const phone = '+1 739 281 4650';
    await kit.submit({ ...planted, email, phone, deadline: '2031-07-19', contactMethod: 'phone' });
    await setup.worker.runOnce();
    const mails = await sink.waitFor(2);
    const secrets = [...Object.values(planted).flat(), '739 281 4650', '7392814650', '2031-07-19'];
    for (const mail of mails) {
      const everything = [mail.raw, mail.parsed.subject, mail.parsed.text, mail.parsed.html].join('\n');
      for (const secret of secrets) expect(everything).not.toContain(secret);
      const isAcknowledgement = mail.to.includes(email);
      // The prospect's address is the acknowledgement's recipient, and appears nowhere else.
      const withoutTo = mail.raw.replace(/^To: .*$/m, '');
      expect(withoutTo).not.toContain(email.split('@')[0]);
      if (!isAcknowledgement) expect(mail.raw).not.toContain(email.split('@')[0]);
    }
    // And nothing in clear in the outbox rows either.
    const text = JSON.stringify(await rows());
    for (const secret of [...secrets, email]) expect(text).not.toContain(secret);
  });

  it('a retried intake enqueues nothing twice; a rolled-back intake leaves no message', async () => {
    const body = intakeBody();
    expect((await kit.app.request('/v1/intake', post(body))).status).toBe(201);
    expect((await kit.app.request('/v1/intake', post(body))).status).toBe(201);
    expect(await rows()).toHaveLength(2);
    // The outbox insert fails inside the intake's transaction: neither the intake nor any message stays.
    const [good] = await rows();
    const id = randomUUID();
    const row = await kit.db.selectFrom('intakes').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    const intake = { ...row, id, reference: `HV-ROLL-${id.slice(0, 4)}`, state: 'new' };
    const {
      assignee: _a,
      first_contact_at: _f,
      erased_at: _e,
      text_purged_at: _t,
      ...columns
    } = intake as typeof intake & {
      text_purged_at?: unknown;
    };
    const message = { ...good!, id: randomUUID(), dedupe_key: `roll:${id}`, message_id: null as unknown as string };
    await expect(kit.storage.insertIntake(columns, [message])).rejects.toThrow();
    expect(await kit.storage.findIntake(id)).toBeUndefined();
    expect(await rows()).toHaveLength(2);
  });

  it('an intake is answered 201 while the mail server is down; the message retries and arrives once it is back', async () => {
    await sink.stop();
    try {
      const id = await kit.submit({ email: 'down@example.com' });
      expect(await setup.worker.runOnce()).toBe(0);
      const failed = await rows();
      expect(failed.map((r) => r.state)).toEqual(['retrying', 'retrying']);
      for (const row of failed) {
        expect(row.next_attempt_at - kit.clock.now).toBeLessThanOrEqual(30_000);
        expect(row.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
      }
      const list = await kit.call('/api/admin/sites/harbor-vale/outbox?state=retrying', { session: kit.admin });
      const page = outboxList.parse(await list.json());
      expect(page.items).toHaveLength(2);
      expect(page.items[0]?.lastError).toBeTruthy();
      expect(page.items[0]?.nextAttemptAt).toBeGreaterThan(kit.clock.now);
      await sink.start();
      // Not due yet: nothing is sent before the backoff.
      expect(await setup.worker.runOnce()).toBe(0);
      kit.clock.now += 30_000;
      expect(await setup.worker.runOnce()).toBe(2);
      const reference = await referenceOf(id);
      expect(sink.received.filter((m) => m.parsed.subject?.includes(reference))).toHaveLength(2);
      expect((await rows()).map((r) => [r.state, r.attempts])).toEqual([
        ['sent', 2],
        ['sent', 2],
      ]);
    } finally {
      await sink.start();
    }
  });

  it('gives up after 24 hours with the reason, and a refused message fails at once', async () => {
    await sink.stop();
    try {
      await kit.submit({ email: 'late@example.com' });
      for (let i = 0; i < 40; i++) {
        await setup.worker.runOnce();
        kit.clock.now += 3_600_000;
      }
      const gaveUp = await rows();
      expect(gaveUp.map((r) => r.state)).toEqual(['failed', 'failed']);
      expect(gaveUp[0]?.last_error).toMatch(/^Gave up after 24 hours/);
    } finally {
      await sink.start();
    }
    sink.refuse(true);
    try {
      await kit.submit({ email: 'refused@example.com' });
      await setup.worker.runOnce();
      const refused = (await rows()).slice(2);
      expect(refused.map((r) => r.state)).toEqual(['failed', 'failed']);
      expect(refused[0]?.last_error).toMatch(/550/);
      expect(refused[0]?.last_error).not.toContain('refused@example.com');
    } finally {
      sink.refuse(false);
    }
    // Retry now: due at once, and sent.
    const [first] = (await rows()).slice(2);
    // The session ran out during those 40 hours.
    const session = await kit.signIn('hana@harborvale.example', adminPassword);
    const retried = await kit.call(`/api/admin/sites/harbor-vale/outbox/${first!.id}/retry`, {
      method: 'POST',
      session,
    });
    expect(retried.status, await retried.clone().text()).toBe(200);
    expect(outboxItem.parse(await retried.json()).state).toBe('queued');
    expect(await setup.worker.runOnce()).toBe(1);
  });

  it('holds messages without a mail server, shows them rendered, and sends them once one is configured', async () => {
    await setup.worker.stop();
    await kit.cleanup();
    setup = await start(undefined);
    kit = setup.kit;
    const id = await kit.submit({ email: 'held@example.com' });
    await setup.worker.runOnce();
    const held = await rows();
    expect(held.map((r) => r.state)).toEqual(['held', 'held']);
    expect(held[0]?.attempts).toBe(0);
    const page = outboxList.parse(
      await (await kit.call('/api/admin/sites/harbor-vale/outbox', { session: kit.admin })).json(),
    );
    expect(page.items.map((i) => i.lastError)).toEqual([heldReason, heldReason]);
    const ack = page.items.find((i) => i.template === 'intake-acknowledgement')!;
    expect(ack.to).toBe('held@example.com');
    const detail = outboxDetail.parse(
      await (await kit.call(`/api/admin/sites/harbor-vale/outbox/${ack.id}`, { session: kit.admin })).json(),
    );
    expect(detail.text).toContain(await referenceOf(id));
    expect(detail.html).toContain('<!doctype html>');
    expect(detail.from).toBeNull();

    // A test email without a server fails at once (it must not go out later by surprise).
    const test = await kit.call('/api/admin/sites/harbor-vale/email-settings/test', {
      session: kit.admin,
      body: { to: 'check@harborvale.example' },
    });
    expect(emailTestResult.parse(await test.json())).toMatchObject({ sent: false, error: heldReason });

    const settings = await kit.call('/api/admin/sites/harbor-vale/email-settings', {
      method: 'PUT',
      session: kit.admin,
      body: {
        smtpUrl: `smtp://firm%40x.example:s3cret-pass@127.0.0.1:${sink.port}`,
        from: 'intake@harborvale.example',
      },
    });
    expect(settings.status).toBe(200);
    const saved = emailSettings.parse(await settings.json());
    expect(saved).toMatchObject({ host: '127.0.0.1', port: sink.port, user: 'firm@x.example', passwordSet: true });
    expect(JSON.stringify(saved)).not.toContain('s3cret-pass');
    expect(saved.delivery).toBe('site');
    expect(await setup.worker.runOnce()).toBe(2);
    const mails = await sink.waitFor(2);
    expect(mails.every((m) => m.parsed.from?.value[0]?.address === 'intake@harborvale.example')).toBe(true);
    // The stored password is a token, not the password.
    const stored = await kit.storage.db.selectFrom('email_settings').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('s3cret-pass');
  });

  it('email settings: admins only, bad input is a 422, the test email goes through the outbox', async () => {
    const staff = await kit.colleague('staff');
    const put = (session: AdminKit['admin'], body: unknown) =>
      kit.call('/api/admin/sites/harbor-vale/email-settings', { method: 'PUT', session, body });
    expect((await put(staff, { from: 'a@b.example' })).status).toBe(403);
    for (const bad of [{ port: 0 }, { from: 'nope' }, { smtpUrl: 'http://x' }, { host: 'bad host' }, { extra: 1 }]) {
      const res = await put(kit.admin, bad);
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const other = await kit.otherFirm();
    expect((await kit.call(`/api/admin/sites/${other.siteId}/email-settings`, { session: kit.admin })).status).toBe(
      404,
    );
    const res = await kit.call('/api/admin/sites/harbor-vale/email-settings/test', {
      session: kit.admin,
      body: { to: 'check@harborvale.example' },
    });
    const result = emailTestResult.parse(await res.json());
    expect(result).toMatchObject({ sent: true, error: null });
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual(['check@harborvale.example']);
    const row = await kit.storage.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', result.outboxId)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    expect(mail?.messageId).toBe(row.message_id);
    const read = emailSettings.parse(
      await (await kit.call('/api/admin/sites/harbor-vale/email-settings', { session: staff })).json(),
    );
    expect(read).toMatchObject({ instanceServer: true, delivery: 'instance', acknowledgeIntakes: true });
  });

  it('follows notification preferences per site and practice area, and the acknowledgement setting', async () => {
    const colleague = await kit.colleague('staff');
    const rules = [{ event: 'intake.submitted', email: true, sites: null, practiceAreas: ['immigration'] }];
    const res = await kit.call('/api/admin/me/notifications', {
      method: 'PUT',
      session: colleague,
      body: { language: null, rules },
    });
    expect(res.status).toBe(200);
    const off = [{ event: 'intake.submitted', email: false, sites: null, practiceAreas: null }];
    await kit.call('/api/admin/me/notifications', {
      method: 'PUT',
      session: kit.admin,
      body: { language: null, rules: off },
    });
    await kit.call('/api/admin/sites/harbor-vale/email-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { acknowledgeIntakes: false },
    });
    await kit.submit({ practiceArea: 'family' });
    await kit.submit({ practiceArea: 'immigration' });
    const recipients = await Promise.all(
      (await rows()).map((r) => kit.cipher.decrypt(r.recipient, { site: r.site, id: r.id, field: 'outbox.recipient' })),
    );
    expect(recipients).toEqual([colleague.email]);
    expect((await rows())[0]?.recipient_index).toBe(emailIndex(kit.cipher, colleague.email));
    for (const body of [
      { language: 'xx', rules: [] },
      { language: null, rules: [{ event: 'nope', email: true, sites: null, practiceAreas: null }] },
      { language: null, rules: [...off, ...off] },
      { language: null, rules: [{ ...off[0], sites: ['not-ours'] }] },
    ]) {
      const bad = await kit.call('/api/admin/me/notifications', { method: 'PUT', session: colleague, body });
      expect(bad.status).toBe(422);
    }
    const read = notificationPreferences.parse(
      await (await kit.call('/api/admin/me/notifications', { session: colleague })).json(),
    );
    expect(read.rules.find((r) => r.event === 'digest.weekly')?.email).toBe(false);
    expect(read.rules.find((r) => r.event === 'intake.submitted')?.practiceAreas).toEqual(['immigration']);
  });

  it('lists by state with paging, hides other firms, and refuses bad queries', async () => {
    for (let i = 0; i < 3; i++) {
      // Different answers: the same ones a third time would be spam (which mails nobody).
      await kit.submit({ description: `Question number ${i}` });
      kit.clock.now += 1000;
    }
    const listed = await kit.call('/api/admin/sites/harbor-vale/outbox?limit=4', { session: kit.admin });
    expect(listed.status, await listed.clone().text()).toBe(200);
    const first = outboxList.parse(await listed.json());
    expect(first.items).toHaveLength(4);
    const more = await kit.call(`/api/admin/sites/harbor-vale/outbox?limit=4&cursor=${first.next}`, {
      session: kit.admin,
    });
    expect(more.status, await more.clone().text()).toBe(200);
    const second = outboxList.parse(await more.json());
    expect(second.items).toHaveLength(2);
    expect(second.next).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(6);
    for (const query of ['state=lost', 'limit=0', 'cursor=x']) {
      const res = await kit.call(`/api/admin/sites/harbor-vale/outbox?${query}`, { session: kit.admin });
      expect(res.status).toBe(422);
    }
    const other = await kit.otherFirm();
    const id = first.items[0]!.id;
    expect((await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}`, { session: other.session })).status).toBe(404);
    expect((await kit.call(`/api/admin/sites/harbor-vale/outbox`, { session: other.session })).status).toBe(404);
    expect(
      (await kit.call(`/api/admin/sites/harbor-vale/outbox/${id}/retry`, { method: 'POST', session: other.session }))
        .status,
    ).toBe(404);
    expect((await kit.call(`/api/admin/sites/harbor-vale/outbox`)).status).toBe(401);
  });

  it('people export and erase cover the emails to an address; retention purges sent bodies', async () => {
    await kit.submit({ email: 'Erin.Person@example.com', description: 'First' });
    await kit.submit({ email: 'someone.else@example.com', description: 'Second' });
    await setup.worker.runOnce();
    const exported = personExport.parse(
      await (
        await kit.call('/api/admin/people/export', { session: kit.admin, body: { email: 'erin.person@example.com' } })
      ).json(),
    );
    expect(exported.emails?.map((e) => [e.template, e.to, e.state])).toEqual([
      ['intake-acknowledgement', 'Erin.Person@example.com', 'sent'],
    ]);
    expect(exported.emails?.[0]?.text).toContain('reference');
    const erased = erasureResult.parse(
      await (
        await kit.call('/api/admin/people/erase', { session: kit.admin, body: { email: 'erin.person@example.com' } })
      ).json(),
    );
    expect(erased.emails).toBe(1);
    const page = outboxList.parse(
      await (await kit.call('/api/admin/sites/harbor-vale/outbox', { session: kit.admin })).json(),
    );
    const acks = page.items.filter((i) => i.template === 'intake-acknowledgement');
    expect(acks.map((i) => i.to).sort()).toEqual(['', 'someone.else@example.com']);
    expect(JSON.stringify(await rows())).not.toContain(emailIndex(kit.cipher, 'erin.person@example.com'));

    // Bodies go after the site's retention for sent emails (default 90 days); the rows stay.
    kit.clock.now += 91 * 86_400_000;
    const report = await runPurges(kit.storage.db, kit.cipher, kit.clock.now);
    expect(report.counts.sentEmails).toBe(4);
    const left = await rows();
    expect(left).toHaveLength(4);
    expect(left.every((r) => r.body_text === null && r.body_html === null && r.body_purged_at !== null)).toBe(true);
  });
});
