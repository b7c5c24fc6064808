import { type IntakeDetail, intakeDetail } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe.each(storageKinds)('requested lawyer in the intake detail on %s', (kind) => {
  let kit: AdminKit;
  const detail = async (id: string): Promise<IntakeDetail> =>
    (await kit.call(`/api/admin/inbox/${id}`, { session: kit.admin })).json();
  const addLawyer = (id: string, site: string, name: string) =>
    kit.db
      .insertInto('lawyers')
      .values({
        id,
        site,
        status: 'active',
        position: 0,
        profile: JSON.stringify({ name }),
        created_at: 0,
        updated_at: 0,
      })
      .execute();

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    await kit.db.deleteFrom('lawyers').where('id', 'like', 'rl-%').execute();
  });

  it('names the lawyer the visitor chose, by id on the same site', async () => {
    await addLawyer('rl-daniel', 'harbor-vale', 'Daniel Lin');
    const id = await kit.submit({}, { lawyer: 'rl-daniel' });
    expect((await detail(id)).requestedLawyer).toEqual({ id: 'rl-daniel', name: 'Daniel Lin' });
  });

  it('a directory handoff reads in the dashboard: the lawyer is named beside the fields, not inside them (issue 14)', async () => {
    await addLawyer('rl-anna', 'harbor-vale', 'Anna Petrova');
    const id = await kit.submit({}, { lawyer: 'rl-anna' });
    const res = await kit.call(`/api/admin/inbox/${id}`, { session: kit.admin });
    const parsed = intakeDetail.safeParse(await res.json());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.fields).not.toHaveProperty('lawyer');
    expect(parsed.data?.requestedLawyer).toEqual({ id: 'rl-anna', name: 'Anna Petrova' });
  });

  it('is null when no lawyer was chosen', async () => {
    expect((await detail(await kit.submit())).requestedLawyer).toBeNull();
  });

  it('keeps the id without a name once the lawyer is deleted, and never names another site’s lawyer', async () => {
    const other = await kit.otherFirm();
    await addLawyer('rl-foreign', other.siteId, 'Someone Else');
    const foreign = await kit.submit({}, { lawyer: 'rl-foreign' });
    expect((await detail(foreign)).requestedLawyer).toEqual({ id: 'rl-foreign', name: null });

    await addLawyer('rl-gone', 'harbor-vale', 'Gone Away');
    const gone = await kit.submit({}, { lawyer: 'rl-gone' });
    await kit.db.deleteFrom('lawyers').where('id', '=', 'rl-gone').execute();
    expect((await detail(gone)).requestedLawyer).toEqual({ id: 'rl-gone', name: null });
  });
});
