import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { problemTypes } from '@retainer/schema';
import { clioGrowSettings, clioGrowStatus, inboxList, intakeDetail } from '@retainer/schema/admin';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { createLogger } from '../logging/logger.ts';
import { type DeliveryWorker, startDeliveryWorker } from '../outbox/delivery-worker.ts';
import { createOutbox } from '../outbox/outbox.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { startFakeClio } from './fake-clio.ts';
import { createClioGrowSender } from './sender.ts';

const token = 'cg_inbox_7Hq2LmXv9Pz4Rt8W';

describe.each(storageKinds)('Clio Grow on %s', (kind) => {
  let clio: Awaited<ReturnType<typeof startFakeClio>>;
  let kit: AdminKit;
  let worker: DeliveryWorker;
  let logged: string[];
  /** Every answer body the tests saw: the token must be in none. */
  let answers: string[];

  beforeAll(async () => {
    clio = await startFakeClio(token);
  });
  afterAll(() => clio.close());

  beforeEach(async () => {
    clio.received.length = 0;
    clio.answers.length = 0;
    logged = [];
    answers = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    const cipher = createFieldCipher(randomBytes(32));
    const clock = { now: Date.UTC(2025, 0, 13, 15) };
    const outbox = createOutbox({ cipher, baseUrl: 'https://retainer.harborvale.example', now: () => clock.now });
    kit = await createAdminKit(kind, {}, { cipher, outbox, logger: createLogger({ level: 'debug', stream }) });
    kit.clock.now = clock.now;
    Object.defineProperty(clock, 'now', { get: () => kit.clock.now });
    worker = startDeliveryWorker({
      db: kit.storage.db,
      kind,
      outbox,
      // Sends only when a test says `runOnce`: a timer's look racing a test's read made it flaky.
      manual: true,
      random: () => 1,
      write: kind === 'sqlite' ? (query) => kit.storage.write(query) : undefined,
      senders: {
        'clio-grow': createClioGrowSender({ db: kit.storage.db, cipher, baseUrl: clio.url, now: () => kit.clock.now }),
      },
    });
  });
  afterEach(async () => {
    await worker.stop();
    for (const text of [...answers, ...logged]) expect(text).not.toContain(token);
    await kit.cleanup();
  });

  const call = async (path: string, init: Parameters<AdminKit['call']>[1] = {}) => {
    const res = await kit.call(path, { session: kit.admin, ...init });
    answers.push(await res.clone().text());
    return res;
  };
  const connect = async (auto: boolean) => {
    const res = await call('/api/admin/sites/harbor-vale/clio-grow', { method: 'PUT', body: { token, auto } });
    expect(res.status).toBe(200);
    return clioGrowSettings.parse(await res.json());
  };
  const status = async (intake: string) =>
    clioGrowStatus.parse(await (await call(`/api/admin/inbox/${intake}/clio-grow`)).json());
  const detail = async (intake: string) => intakeDetail.parse(await (await call(`/api/admin/inbox/${intake}`)).json());
  const clioRows = () => kit.storage.db.selectFrom('outbox').selectAll().where('kind', '=', 'clio-grow').execute();
  const flagInitech = () =>
    call('/api/admin/parties/import', { body: 'name\nInitech LLC\n', headers: { 'content-type': 'text/csv' } });

  it('stores the Lead Inbox token encrypted and never answers it: only `configured`', async () => {
    const before = clioGrowSettings.parse(await (await call('/api/admin/sites/harbor-vale/clio-grow')).json());
    expect(before).toEqual({ configured: false, auto: false, updatedAt: null });
    expect(await connect(false)).toEqual({ configured: true, auto: false, updatedAt: kit.clock.now });
    // Empty token: keep the stored one.
    const kept = await call('/api/admin/sites/harbor-vale/clio-grow', {
      method: 'PUT',
      body: { token: '', auto: true },
    });
    expect(clioGrowSettings.parse(await kept.json())).toMatchObject({ configured: true, auto: true });
    const stored = await kit.db.selectFrom('clio_grow_settings').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token.slice(3, 15));
    // null removes it, and automatic pushes read off with it.
    const removed = await call('/api/admin/sites/harbor-vale/clio-grow', {
      method: 'PUT',
      body: { token: null, auto: false },
    });
    expect(clioGrowSettings.parse(await removed.json())).toMatchObject({ configured: false, auto: false });
  });

  it('refuses malformed, forged and unauthorised settings with a specific 4xx, storing nothing', async () => {
    const put = (body: unknown, init: Parameters<AdminKit['call']>[1] = {}) =>
      call('/api/admin/sites/harbor-vale/clio-grow', { method: 'PUT', body, ...init });
    const cases: [unknown, number][] = [
      [{ auto: true }, 422], // auto without a token to send with
      [{ token: 'short', auto: false }, 422],
      [{ token: 'has spaces in it', auto: false }, 422],
      [{ token: 'x'.repeat(201), auto: false }, 422],
      [{ token, auto: 'yes' }, 422],
      [{ token, auto: false, url: 'https://evil.example' }, 422],
      ['{"token":', 400],
    ];
    for (const [body, expected] of cases) expect((await put(body)).status, JSON.stringify(body)).toBe(expected);
    expect((await put({ token, auto: true }, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const staff = await kit.colleague('staff');
    expect((await put({ token, auto: true }, { session: staff })).status).toBe(403);
    const other = await kit.otherFirm();
    const foreign = await kit.call('/api/admin/sites/harbor-vale/clio-grow', {
      method: 'PUT',
      session: other.session,
      body: { token, auto: true },
    });
    expect(foreign.status).toBe(404);
    expect(await kit.db.selectFrom('clio_grow_settings').selectAll().execute()).toEqual([]);
  });

  it('sends the documented fields and the token when staff press "Send to Clio Grow", and shows Clio’s answer', async () => {
    await connect(false);
    const intake = await kit.submit({ name: 'Ann Marie Lee', description: 'Custody of two children.' });
    // Auto is off: nothing went by itself.
    expect(await clioRows()).toHaveLength(0);
    const pushed = await call(`/api/admin/inbox/${intake}/clio-grow`, { body: {} });
    expect(pushed.status).toBe(202);
    const queued = clioGrowStatus.parse(await pushed.json());
    expect(queued.pushes).toMatchObject([{ trigger: 'manual', state: 'queued', by: { id: kit.admin.userId } }]);
    await worker.runOnce();
    expect(clio.received).toHaveLength(1);
    const { body, headers } = clio.received[0]!;
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers.accept).toBe('application/json');
    expect(body.inbox_lead_token).toBe(token);
    expect(body.inbox_lead).toMatchObject({
      from_first: 'Ann Marie',
      from_last: 'Lee',
      from_email: 'ann.lee@example.com',
      from_phone: '+1 617 555 0199',
      from_source: 'Retainer',
    });
    expect(body.inbox_lead.from_message).toContain('Custody of two children.');
    expect(body.inbox_lead.from_message).toMatch(/Retainer intake [A-Z0-9-]+/);
    expect(body.inbox_lead.referring_url).toBeTruthy();
    const shown = await status(intake);
    expect(shown.pushes).toHaveLength(1);
    const push = shown.pushes[0]!;
    expect(push.state).toBe('sent');
    expect(push.fields).toEqual([
      'from_first',
      'from_last',
      'from_message',
      'from_email',
      'from_phone',
      'referring_url',
      'from_source',
    ]);
    expect(push.answer).toMatchObject({ status: 201 });
    expect(push.answer?.excerpt).toContain('"inbox_lead"');
    // The outbox keeps the lead encrypted, and the token nowhere.
    const [row] = await clioRows();
    expect(JSON.stringify(row)).not.toContain('Custody');
    expect(JSON.stringify(row)).not.toContain(token);
    // No log line carries the lead or the token.
    expect(logged.join('\n')).not.toContain('Custody');
    expect(logged.join('\n')).not.toContain('ann.lee@example.com');
  });

  it('pushes a new intake by itself when its conflict check is clear', async () => {
    await connect(true);
    const intake = await kit.submit();
    const [row] = await clioRows();
    expect(row).toMatchObject({ reason: 'clio-grow.auto', subject_ref: `intake:${intake}`, state: 'queued' });
    await worker.runOnce();
    expect(clio.received).toHaveLength(1);
    expect((await status(intake)).pushes).toMatchObject([{ trigger: 'auto', by: null, state: 'sent' }]);
    expect((await status(intake)).conflictCheck).toBe('clear');
  });

  it('never pushes a flagged intake by itself; clearing the check later sends it, once', async () => {
    await connect(true);
    await flagInitech();
    const intake = await kit.submit({ adverseParties: ['Initech, LLC'] });
    expect(await clioRows()).toHaveLength(0);
    await worker.runOnce();
    expect(clio.received).toHaveLength(0);
    const flagged = await status(intake);
    expect(flagged).toMatchObject({ conflictCheck: 'flagged', clearedBy: null, pushes: [] });

    const cleared = await call(`/api/admin/inbox/${intake}/conflict-clearance`, { body: {} });
    expect(cleared.status).toBe(200);
    expect(clioGrowStatus.parse(await cleared.json())).toMatchObject({
      conflictCheck: 'cleared',
      clearedBy: { id: kit.admin.userId },
      pushes: [{ trigger: 'auto', state: 'queued' }],
    });
    await worker.runOnce();
    expect(clio.received).toHaveLength(1);
    // Cleared again: still one push.
    expect((await call(`/api/admin/inbox/${intake}/conflict-clearance`, { body: {} })).status).toBe(200);
    await worker.runOnce();
    expect(clio.received).toHaveLength(1);
    expect((await status(intake)).pushes).toHaveLength(1);
  });

  it('with auto off, clearing a flagged check sends nothing; a clear intake cannot be "cleared"', async () => {
    await connect(false);
    await flagInitech();
    const flagged = await kit.submit({ adverseParties: ['Initech LLC'] });
    expect((await detail(flagged)).conflictClearance).toBeNull();
    kit.clock.now += 60_000;
    const res = await call(`/api/admin/inbox/${flagged}/conflict-clearance`, { body: {} });
    expect(clioGrowStatus.parse(await res.json())).toMatchObject({ conflictCheck: 'cleared', pushes: [] });
    // The intake itself says who cleared its flags and when; the flags stay listed for the record.
    const after = await detail(flagged);
    expect(after.conflictClearance).toEqual({
      by: { id: kit.admin.userId, name: expect.any(String) },
      at: kit.clock.now,
    });
    expect(after.conflicts.length).toBeGreaterThan(0);
    const clear = await kit.submit();
    const refused = await call(`/api/admin/inbox/${clear}/conflict-clearance`, { body: {} });
    expect(refused.status).toBe(409);
    expect((await detail(clear)).conflictClearance).toBeNull();
    // The inbox says so too: the cleared one is cleared, the clear one has nothing to clear.
    const inbox = inboxList.parse(await (await call('/api/admin/inbox')).json());
    const cleared = (id: string) => inbox.items.find((item) => item.id === id)?.conflictCleared;
    expect([cleared(flagged), cleared(clear)]).toEqual([true, false]);
    expect((await refused.json()).type).toBe(problemTypes.conflict);
    expect(await clioRows()).toHaveLength(0);
  });

  it('retries a 5xx through the outbox and fails a 4xx at once', async () => {
    await connect(false);
    const intake = await kit.submit();
    clio.answers.push(503);
    await call(`/api/admin/inbox/${intake}/clio-grow`, { body: {} });
    await worker.runOnce();
    let push = (await status(intake)).pushes[0]!;
    expect(push).toMatchObject({ state: 'retrying', attempts: 1, lastError: 'Clio Grow answered 503' });
    expect(push.answer?.status).toBe(503);
    // Not due yet: nothing is sent again.
    await worker.runOnce();
    expect(clio.received).toHaveLength(1);
    kit.clock.now = push.nextAttemptAt! + 1;
    await worker.runOnce();
    push = (await status(intake)).pushes[0]!;
    expect(push).toMatchObject({ state: 'sent', attempts: 2, lastError: null, answer: { status: 201 } });
    expect(clio.received).toHaveLength(2);

    // A wrong token is Clio's 401: no retry would help.
    await call('/api/admin/sites/harbor-vale/clio-grow', {
      method: 'PUT',
      body: { token: 'cg_inbox_wrongwrongwrong', auto: false },
    });
    const second = await kit.submit();
    await call(`/api/admin/inbox/${second}/clio-grow`, { body: {} });
    await worker.runOnce();
    expect((await status(second)).pushes[0]).toMatchObject({
      state: 'failed',
      lastError: 'Clio Grow answered 401',
      answer: { status: 401 },
    });
  });

  it('refuses a push that cannot go: not connected, stray fields, another firm’s intake — and stores nothing', async () => {
    const intake = await kit.submit();
    const notConnected = await call(`/api/admin/inbox/${intake}/clio-grow`, { body: {} });
    expect(notConnected.status).toBe(409);
    expect((await notConnected.json()).errors).toEqual([{ path: 'clioGrow', code: 'not_configured' }]);
    await connect(false);
    expect((await call(`/api/admin/inbox/${intake}/clio-grow`, { body: { token } })).status).toBe(422);
    expect((await call(`/api/admin/inbox/${intake}/clio-grow`, { body: '[' })).status).toBe(400);
    const other = await kit.otherFirm();
    const foreign = await kit.call(`/api/admin/inbox/${intake}/clio-grow`, { session: other.session, body: {} });
    expect(foreign.status).toBe(404);
    expect((await kit.call(`/api/admin/inbox/${intake}/clio-grow`, { session: other.session })).status).toBe(404);
    expect(await clioRows()).toHaveLength(0);
  });

  it('erases the lead kept for Clio Grow and Clio’s answers when the person is erased', async () => {
    await connect(false);
    const intake = await kit.submit({ email: 'erase.me@example.com', description: 'Planted-erase-text' });
    await call(`/api/admin/inbox/${intake}/clio-grow`, { body: {} });
    await worker.runOnce();
    expect((await status(intake)).pushes[0]?.answer?.status).toBe(201);
    const erased = await call('/api/admin/people/erase', { body: { email: 'erase.me@example.com' } });
    expect(erased.status).toBe(200);
    const [row] = await clioRows();
    expect(row?.body_text).toBeNull();
    const shown = await status(intake);
    expect(shown.pushes).toMatchObject([{ state: 'sent', answer: null }]);
    expect(JSON.stringify(shown)).not.toContain('Planted-erase-text');
    // Sending it again has nothing to send.
    const again = await call(`/api/admin/inbox/${intake}/clio-grow`, { body: {} });
    expect(again.status).toBe(409);
  });
});
