import type { PersonExport } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { listParties } from '../conflicts/index.ts';
import { decryptPersonalFields } from '../intake/personal-fields.ts';
import { eventBody, post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const secrets = [
  'Ann Lee',
  'ann.lee@example.com',
  'Ann.Lee@Example.com',
  '617 555',
  'Ohio',
  'Robert Lee',
  'Left a message',
];

describe.each(storageKinds)('one person’s data on %s', (kind) => {
  let kit: AdminKit;
  let annFirst: string;
  let annSecond: string;
  let other: string;

  const stageCounts = async () =>
    (
      await kit.db
        .selectFrom('events')
        .select(['stage', (eb) => eb.fn.countAll().as('n')])
        .groupBy('stage')
        .orderBy('stage')
        .execute()
    ).map((r) => [r.stage, Number(r.n)]);

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    annFirst = await kit.submit({ email: 'ann.lee@example.com', description: 'Custody move to Ohio.' });
    annSecond = await kit.submit({ email: 'Ann.Lee@Example.com', description: 'Ohio again.' });
    other = await kit.submit({
      name: 'Bob Stone',
      email: 'bob@example.com',
      phone: '+1 212 555 0100',
      description: 'A contract dispute.',
      adverseParties: ['Initech'],
    });
    await kit.app.request('/v1/events', post(eventBody(3)));
    for (const id of [annFirst, other]) {
      await kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state: 'contacted' } });
      await kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state: 'retained' } });
    }
    await kit.call(`/api/admin/inbox/${annSecond}/notes`, {
      session: kit.admin,
      body: { body: 'Left a message for Ann Lee.' },
    });
    await kit.call(`/api/admin/inbox/${annSecond}/state`, {
      session: kit.admin,
      body: { state: 'declined', reason: 'Ann Lee lives in Ohio, outside our area.' },
    });
  });
  afterAll(() => kit.cleanup());

  it('finds a person by email, whatever its case, through a blind index', async () => {
    const res = await kit.call('/api/admin/people/search', {
      session: kit.admin,
      body: { email: ' ANN.LEE@example.com ' },
    });
    const found = await res.json();
    expect(found.intakes.map((i: { id: string }) => i.id).sort()).toEqual([annFirst, annSecond].sort());
    const raw = await kit.db
      .selectFrom('intakes')
      .select('email_index')
      .where('id', '=', annFirst)
      .executeTakeFirstOrThrow();
    expect(raw.email_index).toMatch(/^[\w-]{20,}$/);
    expect(raw.email_index).not.toContain('ann');
  });

  it('exports everything about the person as JSON', async () => {
    const res = await kit.call('/api/admin/people/export', {
      session: kit.admin,
      body: { email: 'ann.lee@example.com' },
    });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="person-export.json"');
    const body: PersonExport = await res.json();
    expect(body.intakes).toHaveLength(2);
    const second = body.intakes.find((i) => i.id === annSecond)!;
    expect(second.fields).toMatchObject({ name: 'Ann Lee', email: 'Ann.Lee@Example.com', description: 'Ohio again.' });
    expect(second.notes.map((n) => n.body)).toEqual(['Left a message for Ann Lee.']);
    expect(second.declineReason).toBe('Ann Lee lives in Ohio, outside our area.');
  });

  it('is refused to staff', async () => {
    const staff = await kit.colleague('staff');
    const res = await kit.call('/api/admin/people/erase', { session: staff, body: { email: 'ann.lee@example.com' } });
    expect(res.status).toBe(403);
  });

  it('erases: no personal field readable in the raw rows, counts and journey statistics kept, erasure logged', async () => {
    const intakesBefore = await kit.db
      .selectFrom('intakes')
      .select(['id', 'state', 'journey', 'received_at'])
      .orderBy('id')
      .execute();
    const stagesBefore = await stageCounts();
    const res = await kit.call('/api/admin/people/erase', {
      session: kit.admin,
      body: { email: 'ann.lee@example.com' },
    });
    expect(await res.json()).toEqual({ erased: 2 });

    // Counts, states, journeys and events are what they were.
    expect(
      await kit.db.selectFrom('intakes').select(['id', 'state', 'journey', 'received_at']).orderBy('id').execute(),
    ).toEqual(intakesBefore);
    expect(await stageCounts()).toEqual(stagesBefore);
    expect(stagesBefore).toContainEqual(['decide', 2]);

    // Every table, read raw, holds nothing of Ann's any more (Bob's data stays).
    for (const table of ['intakes', 'intake_notes', 'intake_history', 'parties', 'erasures', 'events'] as const) {
      const dump = JSON.stringify(await kit.db.selectFrom(table).selectAll().execute());
      for (const secret of secrets) expect(dump, `${table} still holds ${secret}`).not.toContain(secret);
    }
    const rows = await kit.db.selectFrom('intakes').selectAll().where('id', 'in', [annFirst, annSecond]).execute();
    for (const row of rows) {
      expect(row).toMatchObject({
        personal: '{}',
        email_index: null,
        request_hash: 'erased',
        erased_at: expect.any(Number),
      });
    }
    expect(await kit.db.selectFrom('intake_notes').selectAll().execute()).toEqual([]);
    expect(
      (
        await kit.db
          .selectFrom('intake_history')
          .select('reason')
          .where('intake_id', 'in', [annFirst, annSecond])
          .execute()
      ).every((h) => h.reason === null),
    ).toBe(true);
    // Decrypting everything that is still encrypted finds Bob, never Ann.
    const decrypted = JSON.stringify([
      ...(await kit.db.selectFrom('intakes').selectAll().execute()).map((row) =>
        decryptPersonalFields(kit.cipher, row),
      ),
      ...(await listParties(kit.db, kit.cipher, kit.firmId)),
    ]);
    expect(decrypted).toContain('Bob Stone');
    for (const secret of secrets) expect(decrypted).not.toContain(secret);
    // Only Bob's parties remain in the conflict index.
    expect((await kit.db.selectFrom('parties').select('intake_id').execute()).every((p) => p.intake_id === other)).toBe(
      true,
    );

    const log = await kit.db.selectFrom('erasures').selectAll().execute();
    expect(log).toEqual([
      { id: expect.any(String), firm_id: kit.firmId, user_id: kit.admin.userId, intakes: 2, at: kit.clock.now },
    ]);

    // The inbox still lists the intakes, marked erased, with no name; the detail has no fields.
    const detail = await (await kit.call(`/api/admin/inbox/${annFirst}`, { session: kit.admin })).json();
    expect(detail).toMatchObject({ erased: true, name: '', state: 'retained', notes: [] });
    expect(detail.fields).toEqual({ practiceArea: 'family', contactMethod: 'email' });
    const found = await (
      await kit.call('/api/admin/people/search', { session: kit.admin, body: { email: 'ann.lee@example.com' } })
    ).json();
    expect(found.intakes).toEqual([]);
  });
});
