import { problemTypes } from '@retainer/schema';
import { type IntakeDetail, type MatterCreated, type MatterDetail, matterCreated } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('intake to matter on %s', (kind) => {
  let kit: AdminKit;
  const open = (id: string, session = kit.admin) => kit.call(`/api/admin/inbox/${id}/matter`, { session, body: {} });
  const move = (id: string, state: string) =>
    kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state } });
  let submitted = 0;
  const retained = async (fields: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) => {
    // A different story each time: identical repeats are filed as spam.
    const id = await kit.submit({ description: `Custody question number ${++submitted}.`, ...fields }, overrides);
    const contacted = await move(id, 'contacted');
    expect(contacted.status, await contacted.clone().text()).toBe(200);
    expect((await move(id, 'retained')).status).toBe(200);
    return id;
  };
  const addLawyer = (id: string, name: string, email?: string) =>
    kit.db
      .insertInto('lawyers')
      .values({
        id,
        site: 'harbor-vale',
        status: 'active',
        position: 0,
        profile: JSON.stringify({ name, ...(email ? { email } : {}) }),
        created_at: 0,
        updated_at: 0,
      })
      .execute();

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    // The demo site asks for adverse parties only; related parties are carried over too.
    const site = await kit.db
      .selectFrom('sites')
      .select('config')
      .where('id', '=', 'harbor-vale')
      .executeTakeFirstOrThrow();
    const config = JSON.parse(site.config) as { intake: { fields: { name: string; required: boolean }[] } };
    config.intake.fields.push({ name: 'relatedParties', required: false });
    await kit.db
      .updateTable('sites')
      .set({ config: JSON.stringify(config) })
      .where('id', '=', 'harbor-vale')
      .execute();
  });
  afterAll(() => kit.cleanup());

  it('carries over the client, practice area, requested lawyer and parties; links both ways; shows the code once', async () => {
    await addLawyer('om-daniel', 'Daniel Lin');
    const id = await retained(
      { adverseParties: ['Robert Lee', 'Ohio Movers Inc'], relatedParties: ['Mia Lee'] },
      { lawyer: 'om-daniel' },
    );
    const res = await open(id);
    expect(res.status).toBe(201);
    const created = matterCreated.parse(await res.json()) as MatterCreated;
    expect(created.accessCode).toMatch(/\S{6,}/);
    expect(created.matter).toMatchObject({
      clientName: 'Ann Lee',
      clientEmail: 'ann.lee@example.com',
      practiceArea: 'family',
      lawyerId: 'om-daniel',
      lawyerName: 'Daniel Lin',
      intakeId: id,
      status: 'open',
    });
    expect(created.matter.parties).toEqual([
      { name: 'Robert Lee', kind: 'adverse' },
      { name: 'Ohio Movers Inc', kind: 'adverse' },
      { name: 'Mia Lee', kind: 'related' },
    ]);
    const intake = (await (await kit.call(`/api/admin/inbox/${id}`, { session: kit.admin })).json()) as IntakeDetail;
    expect(intake.matterId).toBe(created.matter.id);
    const matter = (await (
      await kit.call(`/api/admin/matters/${created.matter.id}`, { session: kit.admin })
    ).json()) as MatterDetail;
    expect(matter.intakeId).toBe(id);
    // The code works for the client and is never stored in clear.
    const row = await kit.db
      .selectFrom('matters' as never)
      .selectAll()
      .where('id' as never, '=', created.matter.id as never)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.accessCode);
    expect(JSON.stringify(row)).not.toContain('Robert Lee');
    const lookup = await kit.app.request('/v1/status/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ site: 'harbor-vale', reference: created.matter.reference, code: created.accessCode }),
    });
    expect(lookup.status).toBe(200);
  });

  it('takes the assignee’s directory profile as the lawyer when none was asked for', async () => {
    const staff = await kit.colleague('staff');
    await addLawyer('om-staff', 'Staff Lawyer', staff.email.toUpperCase());
    const id = await retained();
    await kit.call(`/api/admin/inbox/${id}/assignee`, {
      method: 'PUT',
      session: kit.admin,
      body: { assignee: staff.userId },
    });
    const created = (await (await open(id, staff)).json()) as MatterCreated;
    expect(created.matter.lawyerId).toBe('om-staff');
    const none = (await (await open(await retained())).json()) as MatterCreated;
    expect(none.matter.lawyerId).toBeNull();
    expect(none.matter.parties).toEqual([{ name: 'Robert Lee', kind: 'adverse' }]);
  });

  it('a second open answers 409 with the existing matter’s id', async () => {
    const id = await retained();
    const first = (await (await open(id)).json()) as MatterCreated;
    const again = await open(id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ type: problemTypes.matterExists, matterId: first.matter.id });
    const twice = await Promise.all([open(await retained()), open(await retained())]);
    expect(twice.map((r) => r.status)).toEqual([201, 201]);
  });

  it('two opens at once make one matter; the loser is told which', async () => {
    const id = await retained();
    const answers = await Promise.all([open(id), open(id)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const matters = await kit.db
      .selectFrom('matters' as never)
      .select('id' as never)
      .where('intake_id' as never, '=', id as never)
      .execute();
    expect(matters).toHaveLength(1);
  });

  it('refuses an intake that is not retained (409), another firm’s (404), and bodies that are not JSON', async () => {
    const fresh = await kit.submit();
    const notRetained = await open(fresh);
    expect(notRetained.status).toBe(409);
    expect(((await notRetained.json()) as { type: string }).type).toBe(problemTypes.intakeNotRetained);
    await move(fresh, 'declined').catch(() => undefined);
    const id = await retained();
    const foreign = await kit.otherFirm('admin');
    expect((await open(id, foreign.session)).status).toBe(404);
    const plain = await kit.call(`/api/admin/inbox/${id}/matter`, {
      session: kit.admin,
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    expect(
      (await kit.call(`/api/admin/inbox/${id}/matter`, { session: kit.admin, body: '{}', csrf: false })).status,
    ).toBe(403);
  });
});
