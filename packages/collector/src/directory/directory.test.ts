import { problemTypes } from '@retainer/schema';
import type { AdminLawyer, LawyerInput, LawyerList } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { demoLawyers } from '../seed/demo-lawyers.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const base = '/api/admin/sites/harbor-vale';
const lawyer = (overrides: Partial<LawyerInput> = {}): LawyerInput => ({ ...demoLawyers[0]!, ...overrides });
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe.each(storageKinds)('lawyer directory on %s', (kind) => {
  let kit: AdminKit;
  const count = async (table: 'lawyers' | 'photos') =>
    Number(
      (
        await kit.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = async (input: LawyerInput = lawyer()): Promise<AdminLawyer> => {
    const res = await kit.call(`${base}/lawyers`, { session: kit.admin, body: input });
    expect(res.status).toBe(201);
    return res.json();
  };
  const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
    kit.app.request(`${base}/photos`, {
      method: 'POST',
      headers: { cookie: kit.admin.cookie, 'x-csrf-token': kit.admin.csrf, ...headers },
      body,
      // Node's fetch needs this for a streamed body.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    const db = kit.db;
    await db.deleteFrom('lawyers').execute();
    await db.deleteFrom('photos').execute();
    await db.deleteFrom('directory_settings').execute();
  });

  it('seeds six demo lawyers once, on the first start', async () => {
    expect(demoLawyers).toHaveLength(6);
    // The kit's start seeded them; the beforeEach removed them; a later start must not bring them back.
    const { seedDemoLawyers } = await import('../seed/demo-lawyers.ts');
    expect(await seedDemoLawyers(kit.storage)).toBe(false);
    expect(await count('lawyers')).toBe(0);
  });

  it('creates, reads, updates, reorders and deletes lawyers', async () => {
    const first = await create();
    const second = await create(lawyer({ name: 'Daniel Lin', languages: ['en', 'zh'] }));
    expect(first).toMatchObject({ name: 'Eleanor Hart', status: 'active', order: 0, site: 'harbor-vale' });
    expect(second.order).toBe(1);

    const updated = await kit.call(`${base}/lawyers/${first.id}`, {
      method: 'PUT',
      session: kit.admin,
      body: lawyer({ title: 'Senior Partner' }),
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ title: 'Senior Partner', order: 0 });

    const reordered = await kit.call(`${base}/lawyers/order`, {
      method: 'PUT',
      session: kit.admin,
      body: { order: [second.id, first.id] },
    });
    expect(((await reordered.json()) as LawyerList).lawyers.map((l) => l.name)).toEqual(['Daniel Lin', 'Eleanor Hart']);
    const partial = await kit.call(`${base}/lawyers/order`, {
      method: 'PUT',
      session: kit.admin,
      body: { order: [second.id] },
    });
    expect(partial.status).toBe(422);

    expect((await kit.call(`${base}/lawyers/${first.id}`, { method: 'DELETE', session: kit.admin })).status).toBe(204);
    const list: LawyerList = await (await kit.call(`${base}/lawyers`, { session: kit.admin })).json();
    expect(list.lawyers.map((l) => l.id)).toEqual([second.id]);
  });

  it('requires the CSRF token', async () => {
    const res = await kit.call(`${base}/lawyers`, { session: kit.admin, body: lawyer(), csrf: false });
    expect(res.status).toBe(403);
    expect((await res.json()).type).toBe(problemTypes.csrf);
    expect(await count('lawyers')).toBe(0);
  });

  it("scopes everything to the user's firm: another firm's site and lawyers are 404", async () => {
    const mine = await create();
    const other = await kit.otherFirm();
    const asOther = { session: other.session };
    expect((await kit.call(`${base}/lawyers`, asOther)).status).toBe(404);
    expect((await kit.call(`${base}/lawyers/${mine.id}`, asOther)).status).toBe(404);
    const put = await kit.call(`${base}/lawyers/${mine.id}`, { ...asOther, method: 'PUT', body: lawyer() });
    expect(put.status).toBe(404);
    expect((await kit.call(`${base}/lawyers/${mine.id}`, { ...asOther, method: 'DELETE' })).status).toBe(404);
    // Their own site does not reach my lawyer either.
    const cross = await kit.call(`/api/admin/sites/${other.siteId}/lawyers/${mine.id}`, asOther);
    expect(cross.status).toBe(404);
    expect((await kit.call(`${base}/lawyers/${mine.id}`, { session: kit.admin })).status).toBe(200);
  });

  it('rejects invalid input as problem+json and stores nothing', async () => {
    const res = await kit.call(`${base}/lawyers`, {
      session: kit.admin,
      body: {
        ...lawyer(),
        name: ' ',
        bookingUrl: 'javascript:alert(1)',
        lastVerified: '2026-02-30',
        barAdmissions: [{ jurisdiction: 'MA', year: 1200 }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.json();
    expect(body.type).toBe(problemTypes.validation);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required' },
        { path: 'bookingUrl', code: 'invalid_url' },
        { path: 'lastVerified', code: 'invalid_date' },
        { path: 'barAdmissions.0.year', code: 'invalid_year' },
      ]),
    );
    const unknownArea = await kit.call(`${base}/lawyers`, {
      session: kit.admin,
      body: lawyer({ practiceAreas: ['family', 'tax'] }),
    });
    expect((await unknownArea.json()).errors).toEqual([{ path: 'practiceAreas.1', code: 'unknown_option' }]);
    expect(await count('lawyers')).toBe(0);
  });

  it('stores a PNG upload and serves it with immutable cache and nosniff', async () => {
    const res = await upload(png, { 'content-type': 'application/octet-stream' });
    expect(res.status).toBe(201);
    const photo = await res.json();
    expect(photo).toMatchObject({ type: 'image/png', bytes: png.byteLength, url: `/v1/photos/${photo.id}` });
    const served = await kit.app.request(photo.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
  });

  it('rejects a non-image renamed .jpg and an oversized file, storing nothing', async () => {
    const fake = await upload('<svg onload="alert(1)"></svg>', {
      'content-type': 'image/jpeg',
      'content-disposition': 'attachment; filename="photo.jpg"',
    });
    expect(fake.status).toBe(415);
    expect(fake.headers.get('content-type')).toBe('application/problem+json');

    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect((await upload(big, { 'content-type': 'image/jpeg' })).status).toBe(413);

    // Chunked: no Content-Length to check up front.
    const chunk = new Uint8Array(512 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    expect((await upload(stream, { 'content-type': 'image/jpeg' })).status).toBe(413);
    expect(await count('photos')).toBe(0);
  });

  it('keeps the lawyer an intake was sent to (the directory handoff)', async () => {
    const id = await kit.submit({}, { lawyer: 'l-hart' });
    const row = await kit.db.selectFrom('intakes').select('details').where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.details)).toMatchObject({ lawyer: 'l-hart' });
  });

  it('serves the public directory: active only, ETag, CORS, claims hidden until switched on', async () => {
    const departed = await create(lawyer({ name: 'Gone Person' }));
    await create(lawyer({ name: 'Still Here' }));
    const url = '/v1/sites/harbor-vale/directory';
    const first = await kit.app.request(url, { headers: { origin: 'http://localhost:8787' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('http://localhost:8787');
    const doc = await first.json();
    expect(doc.lawyers.map((l: { name: string }) => l.name)).toEqual(['Gone Person', 'Still Here']);
    expect(doc).toMatchObject({ showRatings: false, showTestimonials: false, firm: { name: 'Harbor & Vale LLP' } });
    expect(doc.lawyers[0]).not.toHaveProperty('testimonials');
    expect(doc.lawyers[0]).not.toHaveProperty('rating');
    expect(doc.lawyers[0]).not.toHaveProperty('status');
    expect(doc.offices).toEqual([{ id: 'boston', name: 'Boston' }]);

    const etag = first.headers.get('etag')!;
    expect((await kit.app.request(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(
      (await kit.app.request(url, { headers: { origin: 'https://evil.example' } })).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();

    await kit.call(`${base}/lawyers/${departed.id}`, {
      method: 'PUT',
      session: kit.admin,
      body: lawyer({ name: 'Gone Person', status: 'departed' }),
    });
    const after = await kit.app.request(url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect((await after.json()).lawyers.map((l: { name: string }) => l.name)).toEqual(['Still Here']);

    const settings = await kit.call(`${base}/directory-settings`, {
      method: 'PUT',
      session: kit.admin,
      body: { showRatings: true, showTestimonials: true },
    });
    expect(settings.status).toBe(200);
    const shown = await (await kit.app.request(url)).json();
    expect(shown.lawyers[0].testimonials).toHaveLength(1);
    expect(shown.lawyers[0].rating).toEqual({ value: 4.9, count: 41 });
  });
});
