import type { MatterCreated, PersonExport } from '@retainer/schema/admin';
import { sql } from 'kysely';
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
  '617 555 0199',
  'Ohio',
  'Robert Lee',
  'Left a message',
  'Quincy flat',
  'Ann found',
  'Called Ann',
];

/** Every row of every table, as text: what someone reading the database file would see. */
async function dumpAllTables(kit: AdminKit): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const { name } of await kit.db.introspection.getTables()) {
    const { rows } = await sql`select * from ${sql.table(name)}`.execute(kit.db);
    dump[name] = JSON.stringify(rows);
  }
  return dump;
}

describe.each(storageKinds)('one person’s data on %s', (kind) => {
  let kit: AdminKit;
  let annFirst: string;
  let annSecond: string;
  let other: string;
  let annMatter: MatterCreated;
  let bobMatter: MatterCreated;
  let annSurvey: string;
  let bobSurvey: string;
  let annToken: string;

  const createMatter = async (clientName: string, clientEmail: string): Promise<MatterCreated> =>
    (
      await kit.call('/api/admin/matters', {
        session: kit.admin,
        body: { site: 'harbor-vale', clientName, clientEmail, practiceArea: 'family' },
      })
    ).json();
  const lookup = (matter: MatterCreated) =>
    kit.app.request(
      '/v1/status/lookup',
      post({ site: 'harbor-vale', reference: matter.matter.reference, code: matter.accessCode }),
    );
  const answeredSurvey = async (clientName: string, email: string, score: number, comment: string) => {
    const res = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName, email, practiceArea: 'family' },
    });
    const issued = (await res.json()) as { invitation: { id: string }; url: string };
    const token = new URL(issued.url).hash.replace('#retainer-survey=', '');
    const answered = await kit.app.request('/v1/survey', post({ site: 'harbor-vale', token, score, comment }));
    if (answered.status !== 201) throw new Error(`survey: ${answered.status}`);
    return issued.invitation.id;
  };
  /** Everything the dashboard can still decrypt about matters and surveys. */
  const readableThroughApi = async () => {
    const get = async (path: string) => (await kit.call(path, { session: kit.admin })).json();
    const { matters } = await get('/api/admin/matters');
    const details = [];
    for (const m of matters as { id: string }[]) details.push(await get(`/api/admin/matters/${m.id}`));
    return JSON.stringify([
      details,
      await get('/api/admin/sites/harbor-vale/survey/invitations'),
      await get('/api/admin/sites/harbor-vale/survey/comments'),
      await get('/api/admin/sites/harbor-vale/survey/follow-ups'),
    ]);
  };

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

    // Ann is also the client of a matter (with a message, an update and a next step) and answered a survey.
    annMatter = await createMatter('Ann Lee', 'ANN.LEE@example.com');
    bobMatter = await createMatter('Bob Stone', 'bob@example.com');
    annToken = ((await (await lookup(annMatter)).json()) as { token: string }).token;
    const sent = await kit.app.request(
      '/v1/status/message',
      post({ id: crypto.randomUUID(), token: annToken, text: 'Please call me at the Quincy flat.' }),
    );
    expect(sent.status).toBe(201);
    const matterPath = `/api/admin/matters/${annMatter.matter.id}`;
    await kit.call(`${matterPath}/updates`, { session: kit.admin, body: { text: 'Filed for Ann Lee.' } });
    await kit.call(`${matterPath}/next-step`, {
      method: 'PUT',
      session: kit.admin,
      body: { text: 'Meet Ann Lee', expectedDate: '2025-03-01' },
    });
    await kit.call(`${matterPath}/invoices`, {
      session: kit.admin,
      body: { number: 'INV-7', amount: 50_000, currency: 'USD', dueDate: '2025-02-01' },
    });
    annSurvey = await answeredSurvey('Ann Lee', 'ann.lee@example.com', 3, 'Ann found it slow.');
    bobSurvey = await answeredSurvey('Bob Stone', 'bob@example.com', 10, 'Bob liked it.');
    await kit.call(`/api/admin/sites/harbor-vale/survey/follow-ups/${annSurvey}`, {
      method: 'PUT',
      session: kit.admin,
      body: { note: 'Called Ann back.' },
    });
  });
  afterAll(() => kit.cleanup());

  it('finds a person by email, whatever its case, through a blind index', async () => {
    // An invitation stored before its table had the index (migration 0014) is indexed on the first search.
    await kit.db
      .updateTable('survey_invitations' as never)
      .set({ email_index: null } as never)
      .where('id' as never, '=', annSurvey as never)
      .execute();
    const res = await kit.call('/api/admin/people/search', {
      session: kit.admin,
      body: { email: ' ANN.LEE@example.com ' },
    });
    const found = await res.json();
    expect(found.intakes.map((i: { id: string }) => i.id).sort()).toEqual([annFirst, annSecond].sort());
    expect(found.matters).toEqual([
      expect.objectContaining({ id: annMatter.matter.id, reference: annMatter.matter.reference, status: 'open' }),
    ]);
    expect(found.surveys).toEqual([expect.objectContaining({ id: annSurvey, state: 'answered' })]);
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
    expect(body.matters).toHaveLength(1);
    expect(body.matters[0]).toMatchObject({
      id: annMatter.matter.id,
      clientName: 'Ann Lee',
      clientEmail: 'ANN.LEE@example.com',
      nextStep: { text: 'Meet Ann Lee', expectedDate: '2025-03-01' },
      updates: [expect.objectContaining({ text: 'Filed for Ann Lee.' })],
      messages: [expect.objectContaining({ text: 'Please call me at the Quincy flat.' })],
      invoices: [expect.objectContaining({ number: 'INV-7' })],
    });
    expect(body.surveys).toEqual([
      expect.objectContaining({
        id: annSurvey,
        clientName: 'Ann Lee',
        email: 'ann.lee@example.com',
        score: 3,
        comment: 'Ann found it slow.',
        followUpNote: 'Called Ann back.',
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('Bob');
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
    const surveyResultsBefore = await (
      await kit.call('/api/admin/sites/harbor-vale/survey/results', { session: kit.admin })
    ).json();
    await expect(readableThroughApi()).resolves.toContain('Ann found it slow.');
    const res = await kit.call('/api/admin/people/erase', {
      session: kit.admin,
      body: { email: 'ann.lee@example.com' },
    });
    // Her two intakes' acknowledgements are blanked too (issue 15).
    expect(await res.json()).toEqual({ erased: 2, matters: 1, surveys: 1, emails: 2 });

    // Counts, states, journeys and events are what they were.
    expect(
      await kit.db.selectFrom('intakes').select(['id', 'state', 'journey', 'received_at']).orderBy('id').execute(),
    ).toEqual(intakesBefore);
    expect(await stageCounts()).toEqual(stagesBefore);
    expect(stagesBefore).toContainEqual(['decide', 2]);

    // Every table, read raw, holds nothing of Ann's any more.
    for (const [table, dump] of Object.entries(await dumpAllTables(kit))) {
      for (const secret of secrets) expect(dump, `${table} still holds ${secret}`).not.toContain(secret);
    }
    // What the dashboard decrypts of matters and surveys: Bob's, never Ann's.
    const readable = await readableThroughApi();
    expect(readable).toContain('Bob Stone');
    expect(readable).toContain('Bob liked it.');
    for (const secret of secrets) expect(readable, `API still shows ${secret}`).not.toContain(secret);

    // The matter stays for the firm's records (reference, stages, invoices); its code and sessions are dead.
    const matter = await (await kit.call(`/api/admin/matters/${annMatter.matter.id}`, { session: kit.admin })).json();
    expect(matter).toMatchObject({
      reference: annMatter.matter.reference,
      clientName: '',
      clientEmail: null,
      nextStep: null,
      updates: [],
      messages: [],
      surveyUrl: null,
      stages: annMatter.matter.stages,
      invoices: [expect.objectContaining({ number: 'INV-7', amount: 50_000 })],
    });
    expect((await lookup(annMatter)).status).not.toBe(200);
    expect((await kit.app.request('/v1/status/matter', post({ token: annToken }))).status).toBe(401);
    expect((await lookup(bobMatter)).status).toBe(200);

    // The survey scores stay, anonymous: the figures do not change.
    expect(
      await (await kit.call('/api/admin/sites/harbor-vale/survey/results', { session: kit.admin })).json(),
    ).toEqual(surveyResultsBefore);
    const answers = await kit.db
      .selectFrom('survey_invitations' as never)
      .select(['id', 'score', 'email', 'email_index', 'comment', 'follow_up_note'] as never[])
      .execute();
    expect(answers).toContainEqual({
      id: annSurvey,
      score: 3,
      email: null,
      email_index: null,
      comment: null,
      follow_up_note: null,
    });
    expect(answers).toContainEqual(expect.objectContaining({ id: bobSurvey, score: 10, comment: expect.any(String) }));
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
      {
        id: expect.any(String),
        firm_id: kit.firmId,
        user_id: kit.admin.userId,
        intakes: 2,
        matters: 1,
        surveys: 1,
        at: kit.clock.now,
      },
    ]);

    // The inbox still lists the intakes, marked erased, with no name; the detail has no fields.
    const detail = await (await kit.call(`/api/admin/inbox/${annFirst}`, { session: kit.admin })).json();
    expect(detail).toMatchObject({ erased: true, name: '', state: 'retained', notes: [] });
    expect(detail.fields).toEqual({ practiceArea: 'family', contactMethod: 'email' });
    const found = await (
      await kit.call('/api/admin/people/search', { session: kit.admin, body: { email: 'ann.lee@example.com' } })
    ).json();
    expect(found).toEqual({ intakes: [], matters: [], surveys: [] });
  });
});
