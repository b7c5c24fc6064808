import { randomUUID } from 'node:crypto';
import { type MatterView, problemTypes } from '@retainer/schema';
import type { MatterCreated, MatterDetail, MatterList } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { digest } from '../rate-limit/index.ts';
import { saveSurveySettings } from '../survey/survey-settings-store.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { lookupRules } from './index.ts';
import { demoMatters, seedDemoMatters } from './seed-matters.ts';

const day = 24 * 3_600_000;

describe.each(storageKinds)('status tracker on %s', (kind) => {
  let kit: AdminKit;
  const db = () => kit.db;
  const count = async (table: 'matters' | 'matter_messages' | 'matter_updates' | 'matter_invoices') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = async (overrides: Record<string, unknown> = {}): Promise<MatterCreated> => {
    const res = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: {
        site: 'harbor-vale',
        clientName: 'Ann Lee',
        clientEmail: 'ann@example.com',
        practiceArea: 'family',
        ...overrides,
      },
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const lookup = (reference: string, code: string, headers: Record<string, string> = {}) =>
    kit.app.request('/v1/status/lookup', post({ site: 'harbor-vale', reference, code }, headers));
  const tokenFor = async (reference: string, code: string, headers: Record<string, string> = {}) => {
    const res = await lookup(reference, code, headers);
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };
  const view = async (token: string): Promise<MatterView> => {
    const res = await kit.app.request('/v1/status/matter', post({ token }));
    expect(res.status).toBe(200);
    return res.json();
  };
  const detail = async (id: string): Promise<MatterDetail> =>
    (await kit.call(`/api/admin/matters/${id}`, { session: kit.admin })).json();

  beforeAll(async () => {
    // Behind a proxy, so tests can send lookups from several addresses.
    kit = await createAdminKit(kind, { trustProxy: true });
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    await kit.db.deleteFrom('rate_limits' as never).execute();
  });

  it('creates a matter with a reference and a one-time code, and the client looks it up', async () => {
    const { matter, accessCode } = await create();
    expect(matter.reference).toMatch(/^HV-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(accessCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(matter).toMatchObject({
      clientName: 'Ann Lee',
      clientEmail: 'ann@example.com',
      currentStage: 'intake-review',
    });
    // Stored hashed and encrypted: neither the code nor the name is in the row.
    const row = await db().selectFrom('matters').selectAll().where('id', '=', matter.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(accessCode.replace(/-/g, ''));
    expect(JSON.stringify(row)).not.toContain('Ann Lee');
    // Typed in lower case, without dashes, the reference with spaces: still found.
    const res = await lookup(` ${matter.reference.toLowerCase()} `, accessCode.replace(/-/g, '').toLowerCase());
    expect(res.status).toBe(200);
    const session = (await res.json()) as { token: string; expiresAt: number };
    expect(session.expiresAt).toBe(kit.clock.now + 30 * 60_000);
    const seen = await view(session.token);
    expect(seen).toMatchObject({ reference: matter.reference, clientName: 'Ann Lee', closed: false, survey: null });
    expect(seen.stages[0]).toMatchObject({ key: 'intake-review', state: 'current' });
  });

  it('answers an unknown reference and a wrong code alike', async () => {
    const { matter } = await create();
    const wrong = await lookup(matter.reference, 'AAAA-BBBB-CCCC');
    const unknown = await lookup('HV-ZZZZ-ZZZZ', 'AAAA-BBBB-CCCC');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(unknown.status);
    expect(unknown.status).toBe(401);
    // Alike but for the request id every answer carries (random, so it tells nothing; issue 19).
    const withoutId = async (res: Response) => {
      const text = await res.text();
      const id = res.headers.get('x-request-id') ?? '';
      expect(JSON.parse(text).requestId).toBe(id);
      return {
        body: text.replace(id, '<id>'),
        headers: [...res.headers.entries()].filter(([name]) => name !== 'x-request-id'),
      };
    };
    expect(await withoutId(wrong)).toEqual(await withoutId(unknown));
    expect(wrong.headers.get('content-type')).toBe('application/problem+json');
  });

  it('never locks the client out: a stranger’s wrong codes are slowed per address, staff see the matter under attack (issue 14)', async () => {
    const { matter, accessCode } = await create();
    const stranger = { 'x-forwarded-for': '203.0.113.7' };
    const client = { 'x-forwarded-for': '198.51.100.20' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await lookup(matter.reference, 'WRONG-CODE-X', stranger)).status);
    // Five wrong codes from one address for one matter, then that address waits (Retry-After), learning nothing.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const throttled = await lookup(matter.reference, accessCode, stranger);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    // The client on their own device is not affected.
    const token = await tokenFor(matter.reference, accessCode, client);
    // Ten wrong codes since that success (from several addresses) flag the matter for staff; still no lock.
    for (let i = 0; i < 10; i++) {
      const res = await lookup(matter.reference, 'WRONG-CODE-X', { 'x-forwarded-for': `192.0.2.${i}` });
      expect(res.status).toBe(401);
    }
    expect((await lookup(matter.reference, accessCode, client)).status).toBe(200);
    const listed = (await (await kit.call('/api/admin/matters', { session: kit.admin })).json()) as MatterList;
    expect(listed.matters.find((m) => m.id === matter.id)?.underAttack).toBe(true);
    expect(await detail(matter.id)).toMatchObject({ underAttack: true });

    // Staff reissue the code: the flag clears, the new code works, the old code and its tokens do not.
    const reissued = await kit.call(`/api/admin/matters/${matter.id}/access-code`, { session: kit.admin, body: {} });
    expect(reissued.status).toBe(200);
    const { accessCode: fresh } = (await reissued.json()) as { accessCode: string };
    expect(fresh).not.toBe(accessCode);
    expect((await lookup(matter.reference, accessCode, client)).status).toBe(401);
    expect((await lookup(matter.reference, fresh, client)).status).toBe(200);
    expect(await detail(matter.id)).toMatchObject({ underAttack: false, failedAttempts: 0 });
    const old = await kit.app.request('/v1/status/matter', post({ token }));
    expect(old.status).toBe(401);
    expect(((await old.json()) as { type: string }).type).toBe(problemTypes.invalidToken);
  });

  it('bounds the guesses on one matter from everyone per day, and the bound passes with the window', async () => {
    const { matter, accessCode } = await create();
    const client = { 'x-forwarded-for': '198.51.100.21' };
    // Fill the per-matter window as a botnet would (1000 wrong codes from many addresses), without sending them all.
    const rule = lookupRules.failuresPerMatter;
    const windowStart = kit.clock.now - (kit.clock.now % rule.windowMs);
    await kit.db
      .insertInto('rate_limits' as never)
      .values({
        key: digest(`status:fail-matter:harbor-vale:${matter.reference}`),
        window_start: windowStart,
        count: rule.max,
      } as never)
      .execute();
    const res = await lookup(matter.reference, accessCode, client);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const started = kit.clock.now;
    kit.clock.now = windowStart + rule.windowMs;
    expect((await lookup(matter.reference, accessCode, client)).status).toBe(200);
    kit.clock.now = started;
  });

  it('never sends hidden stages, and shows the last visible stage reached as current', async () => {
    const { matter, accessCode } = await create();
    const stages = matter.stages.map((s) =>
      s.key === 'conflict-check' ? { ...s, description: 'SECRET internal conflicts note' } : s,
    );
    const res = await kit.call(`/api/admin/matters/${matter.id}/stages`, {
      method: 'PUT',
      session: kit.admin,
      body: { stages, currentStage: 'conflict-check' },
    });
    expect(res.status).toBe(200);
    const token = await tokenFor(matter.reference, accessCode);
    const raw = await (await kit.app.request('/v1/status/matter', post({ token }))).text();
    expect(raw).not.toContain('conflict-check');
    expect(raw).not.toContain('SECRET');
    expect(raw).not.toContain('billing-review');
    const seen = JSON.parse(raw) as MatterView;
    expect(seen.stages.map((s) => `${s.key}:${s.state}`)).toEqual([
      'intake-review:current',
      'engagement:upcoming',
      'investigation:upcoming',
      'filing:upcoming',
      'negotiation:upcoming',
      'resolution:upcoming',
      'closed:upcoming',
    ]);
    // Moving within hidden stages is not a client-visible change; reaching a visible one is.
    const before = (await detail(matter.id)).lastClientUpdateAt;
    kit.clock.now += 1000;
    await kit.call(`/api/admin/matters/${matter.id}/stages`, {
      method: 'PUT',
      session: kit.admin,
      body: { stages, currentStage: 'intake-review' },
    });
    expect((await detail(matter.id)).lastClientUpdateAt).toBe(before);
    await kit.call(`/api/admin/matters/${matter.id}/stages`, {
      method: 'PUT',
      session: kit.admin,
      body: { stages, currentStage: 'investigation' },
    });
    expect((await detail(matter.id)).lastClientUpdateAt).toBe(kit.clock.now);
    const after = await view(token);
    expect(after.stages.filter((s) => s.state === 'done').map((s) => s.key)).toEqual(['intake-review', 'engagement']);
  });

  it('shows updates, the next step, open invoices and the lawyer; each moves "last updated"', async () => {
    const lawyers = (await (await kit.call('/api/admin/sites/harbor-vale/lawyers', { session: kit.admin })).json()) as {
      lawyers: { id: string; name: string }[];
    };
    const lawyer = lawyers.lawyers[0]!;
    const { matter, accessCode } = await create({ lawyerId: lawyer.id });
    kit.clock.now += 60_000;
    expect(
      (await kit.call(`/api/admin/matters/${matter.id}/updates`, { session: kit.admin, body: { text: 'We filed.' } }))
        .status,
    ).toBe(201);
    kit.clock.now += 60_000;
    await kit.call(`/api/admin/matters/${matter.id}/next-step`, {
      method: 'PUT',
      session: kit.admin,
      body: { text: 'Hearing', expectedDate: '2025-03-01' },
    });
    kit.clock.now += 60_000;
    const invoice = {
      number: 'INV-1',
      amount: 50_000,
      currency: 'USD',
      dueDate: '2025-02-01',
      payUrl: 'https://pay.example/1',
    };
    const added = await kit.call(`/api/admin/matters/${matter.id}/invoices`, { session: kit.admin, body: invoice });
    expect(added.status, await added.clone().text()).toBe(201);
    const paidOne = await kit.call(`/api/admin/matters/${matter.id}/invoices`, {
      session: kit.admin,
      body: { ...invoice, number: 'INV-0' },
    });
    const paidId = ((await paidOne.json()) as MatterDetail).invoices.find((i) => i.number === 'INV-0')!.id;
    await kit.call(`/api/admin/matters/${matter.id}/invoices/${paidId}`, {
      method: 'PUT',
      session: kit.admin,
      body: { status: 'paid' },
    });
    // Plain http payment pages are refused.
    const http = await kit.call(`/api/admin/matters/${matter.id}/invoices`, {
      session: kit.admin,
      body: { ...invoice, payUrl: 'http://pay.example/1' },
    });
    expect(http.status).toBe(422);

    const seen = await view(await tokenFor(matter.reference, accessCode));
    expect(seen.updates).toEqual([expect.objectContaining({ text: 'We filed.', author: 'Hana Vale' })]);
    expect(seen.nextStep).toEqual({ text: 'Hearing', expectedDate: '2025-03-01' });
    expect(seen.invoices).toEqual([
      expect.objectContaining({ number: 'INV-1', amount: 50_000, payUrl: 'https://pay.example/1' }),
    ]);
    expect(seen.lawyer).toMatchObject({ id: lawyer.id, name: lawyer.name });
    expect(seen.lastUpdatedAt).toBe(kit.clock.now);
  });

  it('lists overdue matters: longer than 14 days without a client-visible change', async () => {
    const { matter } = await create();
    // Fifteen days ago (moving the clock would end the staff session, idle after 12 hours).
    await db()
      .updateTable('matters')
      .set({ last_client_update_at: kit.clock.now - 15 * day - 1000 })
      .where('id', '=', matter.id)
      .execute();
    const fresh = await create({ clientName: 'Fresh Client' });
    const all = (await (await kit.call('/api/admin/matters', { session: kit.admin })).json()) as MatterList;
    expect(all.targetDays).toBe(14);
    expect(all.matters.find((m) => m.id === matter.id)).toMatchObject({ overdue: true, daysSinceClientUpdate: 15 });
    const overdue = (await (
      await kit.call('/api/admin/matters?overdue=1', { session: kit.admin })
    ).json()) as MatterList;
    expect(overdue.matters.map((m) => m.id)).toContain(matter.id);
    expect(overdue.matters.map((m) => m.id)).not.toContain(fresh.matter.id);
  });

  it("answers another firm's matter with 404 and never lists it", async () => {
    const { matter } = await create();
    const other = await kit.otherFirm('admin');
    for (const [method, path, body] of [
      ['GET', `/api/admin/matters/${matter.id}`, undefined],
      ['POST', `/api/admin/matters/${matter.id}/updates`, { text: 'hi' }],
      ['POST', `/api/admin/matters/${matter.id}/access-code`, {}],
      ['POST', `/api/admin/matters/${matter.id}/close`, {}],
    ] as const) {
      const res = await kit.call(path, { method, session: other.session, ...(body ? { body } : {}) });
      expect(res.status).toBe(404);
    }
    const list = (await (await kit.call('/api/admin/matters', { session: other.session })).json()) as MatterList;
    expect(list.matters).toEqual([]);
    const create404 = await kit.call('/api/admin/matters', {
      session: other.session,
      body: { site: 'harbor-vale', clientName: 'X', practiceArea: 'family' },
    });
    expect(create404.status).toBe(404);
  });

  it('takes a message up to 2000 characters, rate-limited per matter, and shows it in the dashboard', async () => {
    const { matter, accessCode } = await create();
    const token = await tokenFor(matter.reference, accessCode);
    const send = (text: string, id = randomUUID()) => kit.app.request('/v1/status/message', post({ id, token, text }));
    const before = await count('matter_messages');
    const long = await send('x'.repeat(2001));
    expect(long.status).toBe(422);
    expect(long.headers.get('content-type')).toBe('application/problem+json');
    expect(await count('matter_messages')).toBe(before);

    const id = randomUUID();
    const sent = await send('Can we move the meeting to Friday?', id);
    expect(sent.status).toBe(201);
    // A retry lands once.
    expect((await send('Can we move the meeting to Friday?', id)).status).toBe(201);
    expect(await count('matter_messages')).toBe(before + 1);
    for (let i = 0; i < 4; i++) expect((await send(`more ${i}`)).status).toBe(201);
    const limited = await send('one too many');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const shown = await detail(matter.id);
    expect(shown.unreadMessages).toBe(5);
    const message = shown.messages.find((m) => m.id === id)!;
    expect(message).toMatchObject({ text: 'Can we move the meeting to Friday?', readAt: null });
    const raw = await db().selectFrom('matter_messages').select('body').where('id', '=', id).executeTakeFirstOrThrow();
    expect(raw.body).not.toContain('Friday');
    const read = await kit.call(`/api/admin/matters/${matter.id}/messages/${id}/read`, {
      session: kit.admin,
      body: {},
    });
    expect(((await read.json()) as MatterDetail).unreadMessages).toBe(4);
  });

  it('rate-limits lookups per address with Retry-After', async () => {
    const { matter } = await create();
    await kit.call(`/api/admin/matters/${matter.id}/access-code`, { session: kit.admin, body: {} });
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) last = await lookup('HV-ZZZZ-ZZZZ', 'AAAA-BBBB-CCCC');
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers malformed input with problem+json and stores nothing', async () => {
    const { matter, accessCode } = await create();
    const token = await tokenFor(matter.reference, accessCode);
    const counts = async () => [await count('matters'), await count('matter_messages'), await count('matter_updates')];
    const before = await counts();
    const cases: [string, RequestInit, number][] = [
      ['/v1/status/lookup', post('{not json'), 400],
      ['/v1/status/lookup', post({ site: 'harbor-vale', reference: 'HV-1' }), 422],
      ['/v1/status/lookup', post({ site: 'nope', reference: 'HV-1', code: 'x' }), 422],
      ['/v1/status/lookup', post({ site: 'harbor-vale', reference: 'HV-1', code: 'x', extra: 1 }), 422],
      ['/v1/status/lookup', { method: 'POST', headers: { 'content-type': 'text/html' }, body: '{}' }, 415],
      ['/v1/status/matter', post({ token: 'forged.1.9999999999999.abc' }), 401],
      ['/v1/status/matter', post({}), 422],
      ['/v1/status/message', post({ id: 'short', token, text: 'hi' }), 422],
      ['/v1/status/message', post({ id: randomUUID(), token, text: '   ' }), 422],
      ['/v1/status/message', post({ id: randomUUID(), token: 'x', text: 'hi' }), 401],
      ['/v1/status/lookup', { method: 'GET' }, 405],
    ];
    for (const [path, init, status] of cases) {
      const res = await kit.app.request(path, init);
      expect(res.status, `${path} ${String(init.body)}`).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    const bad = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: '', practiceArea: 'family' },
    });
    expect(bad.status).toBe(422);
    const unknownArea = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'A', practiceArea: 'tax' },
    });
    expect(unknownArea.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it('tokens expire after 30 minutes', async () => {
    const { matter, accessCode } = await create();
    const token = await tokenFor(matter.reference, accessCode);
    kit.clock.now += 31 * 60_000;
    expect((await kit.app.request('/v1/status/matter', post({ token }))).status).toBe(401);
  });

  it('closes a matter: the last stage is current, no next step, the survey seam is empty', async () => {
    const { matter, accessCode } = await create();
    await kit.call(`/api/admin/matters/${matter.id}/next-step`, {
      method: 'PUT',
      session: kit.admin,
      body: { text: 'Hearing' },
    });
    const closed = await kit.call(`/api/admin/matters/${matter.id}/close`, { session: kit.admin, body: {} });
    expect(((await closed.json()) as MatterDetail).status).toBe('closed');
    const seen = await view(await tokenFor(matter.reference, accessCode));
    expect(seen).toMatchObject({ closed: true, nextStep: null, survey: null });
    expect(seen.stages.at(-1)).toMatchObject({ key: 'closed', state: 'current' });
  });

  it('offers the end-of-matter survey when the site has a survey page', async () => {
    await saveSurveySettings(
      kit.db,
      'harbor-vale',
      { reviewLinks: [], page: 'https://www.harborvale.example/feedback' },
      kit.clock.now,
    );
    const { matter, accessCode } = await create();
    const closed = (await (
      await kit.call(`/api/admin/matters/${matter.id}/close`, { session: kit.admin, body: {} })
    ).json()) as MatterDetail;
    expect(closed.surveyUrl).toMatch(/^https:\/\/www\.harborvale\.example\/feedback#retainer-survey=/);
    const seen = await view(await tokenFor(matter.reference, accessCode));
    expect(seen.survey).toEqual({ url: closed.surveyUrl });
    await kit.db.deleteFrom('survey_settings').execute();
  });

  it('seeds the three demo matters once, with their fixed codes', async () => {
    expect(await seedDemoMatters(kit.storage, kit.cipher, 'harbor-vale', kit.clock.now)).toBe(true);
    expect(await seedDemoMatters(kit.storage, kit.cipher, 'harbor-vale', kit.clock.now)).toBe(false);
    const views = [];
    for (const demo of demoMatters) views.push(await view(await tokenFor(demo.reference, demo.accessCode)));
    expect(views.map((v) => v.closed)).toEqual([false, false, true]);
    expect(views[1]?.invoices).toHaveLength(1);
    expect(views[0]?.lawyer?.name).toBe('Eleanor Hart');
  });
});
