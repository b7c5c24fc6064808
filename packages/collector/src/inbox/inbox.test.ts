import { problemTypes } from '@retainer/schema';
import type { InboxItem, InboxList, IntakeDetail } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const hour = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe.each(storageKinds)('intake inbox on %s', (kind) => {
  let kit: AdminKit;
  // The test clock jumps days ahead, past the session's idle limit: sign in afresh for each call.
  const me = () => kit.signIn('hana@harborvale.example', 'correct horse battery staple');
  const inbox = async (query = ''): Promise<InboxList> =>
    (await kit.call(`/api/admin/inbox${query}`, { session: await me() })).json();
  const detail = async (id: string): Promise<IntakeDetail> =>
    (await kit.call(`/api/admin/inbox/${id}`, { session: await me() })).json();
  const move = async (id: string, state: string, reason?: string) =>
    kit.call(`/api/admin/inbox/${id}/state`, { session: await me(), body: reason ? { state, reason } : { state } });
  const item = async (id: string): Promise<InboxItem> => (await inbox()).items.find((i) => i.id === id)!;

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    for (const table of ['parties', 'intake_notes', 'intake_history', 'events', 'intakes'] as const) {
      await kit.db.deleteFrom(table).execute();
    }
    kit.clock.now = at('2025-01-13T15:00:00Z');
    kit.admin = await me();
  });

  describe('response clock', () => {
    it('counts business hours across a weekend and turns overdue after one business day', async () => {
      kit.clock.now = at('2025-01-10T21:00:00Z'); // Friday 16:00 in New York
      const id = await kit.submit();
      kit.clock.now = at('2025-01-13T15:00:00Z'); // Monday 10:00
      expect((await item(id)).clock).toEqual({
        businessMs: 2 * hour,
        targetMs: 8 * hour,
        dueAt: at('2025-01-13T21:00:00Z'),
        firstContactAt: null,
        overdue: false,
      });
      kit.clock.now = at('2025-01-14T15:00:00Z'); // Tuesday 10:00
      const late = await item(id);
      expect(late.clock).toMatchObject({ businessMs: 10 * hour, overdue: true });
      expect((await inbox()).stats.overdue).toBe(1);
    });

    it('counts nothing outside business hours, and stops at first contact', async () => {
      kit.clock.now = at('2025-01-11T15:00:00Z'); // Saturday
      const id = await kit.submit();
      kit.clock.now = at('2025-01-13T14:30:00Z'); // Monday 09:30
      expect((await move(id, 'contacted')).status).toBe(200);
      kit.clock.now = at('2025-01-20T15:00:00Z');
      expect((await item(id)).clock).toMatchObject({
        businessMs: hour / 2,
        firstContactAt: at('2025-01-13T14:30:00Z'),
        overdue: false,
      });
    });

    it('stays right across the spring DST change', async () => {
      kit.clock.now = at('2025-03-07T21:00:00Z'); // Friday 16:00 EST
      const id = await kit.submit();
      kit.clock.now = at('2025-03-10T14:00:00Z'); // Monday 10:00 EDT
      expect((await item(id)).clock.businessMs).toBe(2 * hour);
    });

    it('sorts overdue intakes first and reports 30-day stats', async () => {
      kit.clock.now = at('2025-01-06T14:00:00Z'); // Monday 09:00
      const answered = await kit.submit();
      kit.clock.now = at('2025-01-06T16:00:00Z');
      await move(answered, 'contacted'); // 2 business hours: within target
      kit.clock.now = at('2025-01-08T14:00:00Z');
      const old = await kit.submit();
      kit.clock.now = at('2025-01-13T14:00:00Z');
      const fresh = await kit.submit();
      kit.clock.now = at('2025-01-13T15:00:00Z');
      const list = await inbox();
      expect(list.items.map((i) => i.id)).toEqual([old, fresh, answered]);
      expect(list.stats).toEqual({
        medianFirstResponseBusinessMs: 2 * hour,
        answeredWithinTargetShare: 1,
        answered: 1,
        received: 3,
        overdue: 1,
      });
    });
  });

  describe('state transitions', () => {
    it('moves new → contacted → retained and records the decide stage once', async () => {
      const id = await kit.submit();
      const row = await kit.db.selectFrom('intakes').select('journey').where('id', '=', id).executeTakeFirstOrThrow();
      expect((await move(id, 'contacted')).status).toBe(200);
      const res = await move(id, 'retained');
      expect(res.status).toBe(200);
      const retained: IntakeDetail = await res.json();
      expect(retained.state).toBe('retained');
      expect(retained.history.map((h) => [h.from, h.to, h.by.name])).toEqual([
        ['new', 'contacted', 'Hana Vale'],
        ['contacted', 'retained', 'Hana Vale'],
      ]);
      const again = await move(id, 'retained');
      expect(again.status).toBe(409);
      const events = await kit.db.selectFrom('events').selectAll().where('stage', '=', 'decide').execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ site: 'harbor-vale', journey: row.journey, type: 'intake.retained' });
    });

    it('moves suspected spam out of the default inbox, and back with "not spam"', async () => {
      const id = await kit.submit();
      const ids = async (query: string) => (await inbox(query)).items.map((i) => i.id);
      expect(await ids('')).toContain(id);
      expect((await move(id, 'spam')).status).toBe(200);
      expect(await ids('')).not.toContain(id);
      expect(await ids('?state=spam')).toEqual([id]);
      expect((await move(id, 'contacted')).status).toBe(409);
      expect((await move(id, 'new')).status).toBe(200);
      expect(await ids('')).toContain(id);
    });

    it.each([
      ['new', 'retained'],
      ['new', 'new'],
      ['contacted', 'contacted'],
      ['contacted', 'new'],
      ['retained', 'declined'],
      ['declined', 'contacted'],
    ])('refuses %s → %s with 409', async (from, to) => {
      const id = await kit.submit();
      if (from !== 'new') await move(id, 'contacted');
      if (from === 'retained') await move(id, 'retained');
      if (from === 'declined') await move(id, 'declined', 'Outside our practice.');
      const res = await move(id, to);
      expect(res.status).toBe(409);
      expect((await res.json()).type).toBe(problemTypes.invalidTransition);
      expect((await detail(id)).state).toBe(from);
    });

    it('asks for a reason to decline, keeps it encrypted, and shows it', async () => {
      const id = await kit.submit();
      const missing = await move(id, 'declined');
      expect(missing.status).toBe(422);
      expect((await missing.json()).errors).toEqual([{ path: 'reason', code: 'required' }]);
      const res = await move(id, 'declined', 'Conflict with an existing client.');
      expect(res.status).toBe(200);
      expect((await res.json()).declineReason).toBe('Conflict with an existing client.');
      const history = await kit.db.selectFrom('intake_history').select('reason').execute();
      expect(history[0]?.reason).not.toContain('Conflict');
      expect(await kit.db.selectFrom('events').selectAll().where('stage', '=', 'decide').execute()).toEqual([]);
    });

    it('adds notes (stored encrypted) and assigns colleagues of the same firm only', async () => {
      const id = await kit.submit();
      const note = await kit.call(`/api/admin/inbox/${id}/notes`, {
        session: kit.admin,
        body: { body: 'Left a voicemail.' },
      });
      expect(note.status).toBe(201);
      expect((await detail(id)).notes.map((n) => [n.body, n.author.name])).toEqual([
        ['Left a voicemail.', 'Hana Vale'],
      ]);
      expect((await kit.db.selectFrom('intake_notes').select('body').executeTakeFirstOrThrow()).body).not.toContain(
        'voicemail',
      );

      const staff = await kit.colleague('staff');
      const assigned = await kit.call(`/api/admin/inbox/${id}/assignee`, {
        method: 'PUT',
        session: kit.admin,
        body: { assignee: staff.userId },
      });
      expect((await assigned.json()).assignee).toEqual({ id: staff.userId, name: expect.any(String) });
      expect((await inbox(`?assignee=${staff.userId}`)).items.map((i) => i.id)).toEqual([id]);
      expect((await inbox('?assignee=none')).items).toEqual([]);

      const stranger = await kit.otherFirm('staff');
      const refused = await kit.call(`/api/admin/inbox/${id}/assignee`, {
        method: 'PUT',
        session: kit.admin,
        body: { assignee: stranger.session.userId },
      });
      expect(refused.status).toBe(422);
    });
  });

  describe('filters', () => {
    it('filters by state, practice area and date, and refuses unknown parameters', async () => {
      kit.clock.now = at('2025-01-06T15:00:00Z');
      const family = await kit.submit({ practiceArea: 'family' });
      kit.clock.now = at('2025-01-08T15:00:00Z');
      const employment = await kit.submit({ practiceArea: 'employment' });
      await move(employment, 'contacted');
      const ids = async (query: string) => (await inbox(query)).items.map((i) => i.id);
      expect(await ids('?state=contacted')).toEqual([employment]);
      expect(await ids('?practiceArea=family')).toEqual([family]);
      expect(await ids(`?from=${at('2025-01-07T00:00:00Z')}`)).toEqual([employment]);
      expect(await ids(`?to=${at('2025-01-07T00:00:00Z')}&site=harbor-vale`)).toEqual([family]);
      expect((await kit.call('/api/admin/inbox?state=lost', { session: kit.admin })).status).toBe(422);
      expect((await kit.call('/api/admin/inbox?sort=name', { session: kit.admin })).status).toBe(422);
    });
  });

  describe('conflict flags', () => {
    const importCsv = (csv: string) =>
      kit.call('/api/admin/parties/import', { session: kit.admin, body: csv, headers: { 'content-type': 'text/csv' } });

    it('flags adverse parties and submitters that match imported names, naming the record', async () => {
      const imported = await importCsv(
        'name,kind\r\n"Acme, L.L.C.",adverse\r\nИван Иванов,client\r\n王小明,adverse\r\n,client\r\n"Acme, L.L.C.",adverse\r\n',
      );
      expect(await imported.json()).toEqual({ imported: 3, skipped: 2 });
      const acme = await kit.submit({ adverseParties: ['ACME Inc', 'Acme Widgets LLC'] });
      const ivan = await kit.submit({ name: 'Иванов Иван', adverseParties: ['王 小明'] });
      const clean = await kit.submit({ name: 'Jane Roe', adverseParties: ['Globex'] });
      const list = await inbox();
      const flags = (id: string) => list.items.find((i) => i.id === id)!.conflicts;
      expect(flags(acme)).toEqual([
        {
          name: 'ACME Inc',
          role: 'adverse',
          match: { recordId: expect.any(String), name: 'Acme, L.L.C.', kind: 'adverse', source: 'csv' },
        },
      ]);
      expect(flags(ivan).map((f) => [f.role, f.name, f.match.name, f.match.kind])).toEqual([
        ['submitter', 'Иванов Иван', 'Иван Иванов', 'client'],
        ['adverse', '王 小明', '王小明', 'adverse'],
      ]);
      expect(flags(clean)).toEqual([]);
      // Party names are stored encrypted; only keyed hashes are matched.
      const raw = await kit.db.selectFrom('parties').select(['name', 'match_key']).execute();
      expect(JSON.stringify(raw)).not.toMatch(/Acme|Иван|王/);
    });

    it('indexes retained clients and declined prospects, never flagging an intake against itself', async () => {
      const client = await kit.submit({ name: 'José García', adverseParties: ['Northwind Traders Ltd'] });
      await move(client, 'contacted');
      await move(client, 'retained');
      const prospect = await kit.submit({ name: 'Zoë Quinn', adverseParties: [] });
      await move(prospect, 'declined', 'Not our area.');
      const reference = (await detail(client)).reference;
      expect((await detail(client)).conflicts).toEqual([]);

      const later = await kit.submit({
        name: 'Northwind Traders Limited',
        adverseParties: ['Garcia, Jose', 'ZOE QUINN'],
      });
      const flags = (await detail(later)).conflicts;
      expect(flags.map((f) => [f.role, f.name, f.match.kind, f.match.source, f.match.reference])).toEqual([
        ['submitter', 'Northwind Traders Limited', 'adverse', 'intake', reference],
        ['adverse', 'Garcia, Jose', 'client', 'intake', reference],
        ['adverse', 'ZOE QUINN', 'prospect', 'intake', expect.any(String)],
      ]);
      const parties = await (await kit.call('/api/admin/parties', { session: kit.admin })).json();
      expect(parties.parties.map((p: { name: string; kind: string }) => `${p.kind}:${p.name}`).sort()).toEqual([
        'adverse:Northwind Traders Ltd',
        'client:José García',
        'prospect:Zoë Quinn',
      ]);
    });
  });

  describe('CSV export', () => {
    it('quotes fields and neutralises formula payloads in every text cell', async () => {
      await kit.submit({
        name: '=HYPERLINK("http://evil.example","Click")',
        description: "+cmd|' /C calc'!A0",
        jurisdiction: "@SUM(1+1)*cmd|' /C calc'!A0",
        referral: '－1+1',
        adverseParties: ['-2+3', 'Plain, Name'],
        phone: '+1 617 555 0100',
      });
      const res = await kit.call('/api/admin/inbox/export', { session: kit.admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="inbox-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(await res.arrayBuffer());
      // A UTF-8 BOM first, so Excel reads Cyrillic and Chinese names right.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.startsWith('Reference,Site,Received,State')).toBe(true);
      const { parseCsv } = await import('../csv/index.ts');
      const [header, row] = parseCsv(text);
      const cell = (title: string) => row![header!.indexOf(title)];
      expect(cell('Name')).toBe('\'=HYPERLINK("http://evil.example","Click")');
      expect(cell('Description')).toBe("'+cmd|' /C calc'!A0");
      expect(cell('Jurisdiction')).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
      expect(cell('Referral')).toBe("'－1+1");
      expect(cell('Phone')).toBe("'+1 617 555 0100");
      expect(cell('Adverse parties')).toBe("'-2+3; Plain, Name");
      // No cell of the file starts with a formula character.
      for (const value of row!) expect(value).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    });
  });

  describe('submitted text', () => {
    it('comes back as plain JSON strings, byte for byte, whatever it contains', async () => {
      const xss = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&';
      const id = await kit.submit({
        name: `${xss} name`,
        jurisdiction: `${xss} jurisdiction`,
        description: `${xss} description`,
        referral: `${xss} referral`,
        adverseParties: [`${xss} adverse`],
      });
      await kit.call(`/api/admin/inbox/${id}/notes`, { session: kit.admin, body: { body: `${xss} note` } });
      const res = await kit.call(`/api/admin/inbox/${id}`, { session: kit.admin });
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const body: IntakeDetail = await res.json();
      expect(body.name).toBe(`${xss} name`);
      expect(body.fields).toMatchObject({
        name: `${xss} name`,
        jurisdiction: `${xss} jurisdiction`,
        description: `${xss} description`,
        referral: `${xss} referral`,
        adverseParties: [`${xss} adverse`],
      });
      expect(body.notes[0]?.body).toBe(`${xss} note`);
      expect((await inbox()).items[0]?.name).toBe(`${xss} name`);
    });
  });
});
