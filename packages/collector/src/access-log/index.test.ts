import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { problemTypes } from '@retainer/schema';
import { type AccessLogEntry, type AccessLogPage, accessLogPage, type MatterCreated } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { runPurges } from '../retention/run-purges.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { purgeAccessLog } from './purge.ts';
import { summariseUserAgent } from './user-agent.ts';

const dayMs = 86_400_000;
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** Planted in every personal field of an intake: none may reach the access log. */
const canaries = {
  name: 'Zanzibar Quokkafeld',
  email: 'quokka.canary@example.org',
  phone: '+1 617 555 0142',
  description: 'Canary story about the Vexillum orchard dispute.',
  adverse: 'Marmoset Holdings Canary',
};
const canaryStrings = [...Object.values(canaries), 'quokka', 'Quokkafeld', 'Vexillum', 'Marmoset'];

describe.each(storageKinds)('the access log on %s', (kind) => {
  let kit: AdminKit;
  let staff: Session & { email: string };
  let intake: string;
  let reference: string;

  const page = async (query = '', session: Session = kit.admin): Promise<AccessLogPage> => {
    const res = await kit.call(`/api/admin/access-log${query}`, { session });
    expect(res.status, await res.clone().text()).toBe(200);
    return accessLogPage.parse(await res.json());
  };
  /** Every entry of the firm, straight from the table (newest first), without logging a look at the log. */
  const entries = async () =>
    kit.db
      .selectFrom('access_log')
      .selectAll()
      .where('firm_id', '=', kit.firmId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  const newEntries = async <T>(act: () => Promise<T>) => {
    const before = new Set((await entries()).map((e) => e.id));
    kit.clock.now += 1000;
    const result = await act();
    return { result, added: (await entries()).filter((e) => !before.has(e.id)) };
  };
  const expectOne = async (act: () => Promise<Response>, action: string, status = 200) => {
    const { result, added } = await newEntries(act);
    expect(result.status, `${action}: ${await result.clone().text()}`).toBe(status);
    expect(
      added.map((e) => e.action),
      action,
    ).toEqual([action]);
    return added[0]!;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind, { trustProxy: true });
    staff = await kit.colleague('staff');
    intake = await kit.submit({
      name: canaries.name,
      email: canaries.email,
      phone: canaries.phone,
      description: canaries.description,
      adverseParties: [canaries.adverse],
    });
    const row = await kit.db
      .selectFrom('intakes')
      .select('reference')
      .where('id', '=', intake)
      .executeTakeFirstOrThrow();
    reference = row.reference;
  });
  afterAll(() => kit.cleanup());

  it('records a read of an intake with who, from where, which intake (by id and reference) and the request id', async () => {
    kit.clock.now += 1000;
    const res = await kit.call(`/api/admin/inbox/${intake}`, {
      session: staff,
      headers: { 'user-agent': firefox, 'x-forwarded-for': '203.0.113.7' },
    });
    expect(res.status).toBe(200);
    const [entry] = await entries();
    expect(entry).toMatchObject({
      action: 'intake.viewed',
      actor_kind: 'member',
      actor_id: staff.userId,
      subject_kind: 'intake',
      subject_id: intake,
      subject_ref: reference,
      ip: '203.0.113.7',
      user_agent: 'Firefox 128 on Linux',
      request_id: res.headers.get('x-request-id'),
    });
    const shown = (await page('?action=intake.viewed')).entries[0]!;
    expect(shown).toMatchObject({
      actor: { kind: 'member', id: staff.userId, former: false },
      subject: { kind: 'intake', id: intake, reference },
      ip: '203.0.113.7',
      userAgent: 'Firefox 128 on Linux',
    });
    expect(shown.actor.name).toMatch(/^staff /);
  });

  it('records one entry per list request (not per row), and one per export', async () => {
    await kit.submit({ description: 'Second, different story for the list.' });
    await expectOne(() => kit.call('/api/admin/inbox', { session: staff }), 'intake.listed');
    const exported = await expectOne(
      () => kit.call('/api/admin/inbox/export?state=new', { session: staff }),
      'intake.exported',
    );
    expect(JSON.parse(exported.detail)).toEqual({ state: 'new' });
    await expectOne(() => kit.call('/api/admin/parties', { session: staff }), 'party.listed');
    await expectOne(() => kit.call('/api/admin/matters', { session: staff }), 'matter.listed');
    await expectOne(() => kit.call('/api/admin/sites/harbor-vale/outbox', { session: staff }), 'email.listed');
    await expectOne(
      () => kit.call('/api/admin/sites/harbor-vale/survey/invitations', { session: staff }),
      'survey.viewed',
    );
    await expectOne(() => kit.call('/api/admin/sites/harbor-vale/faq/report', { session: staff }), 'faq.viewed');
  });

  it('records a state change in the same transaction, and nothing for a refused one', async () => {
    const moved = await expectOne(
      () => kit.call(`/api/admin/inbox/${intake}/state`, { session: staff, body: { state: 'contacted' } }),
      'intake.state_changed',
    );
    expect(JSON.parse(moved.detail)).toEqual({ from: 'new', to: 'contacted' });
    const { result, added } = await newEntries(() =>
      kit.call(`/api/admin/inbox/${intake}/state`, { session: staff, body: { state: 'new' } }),
    );
    expect(result.status).toBe(409);
    expect(added).toEqual([]);
  });

  it('records assignments, notes, a matter opened from the intake, and matter reads and changes', async () => {
    await expectOne(
      () =>
        kit.call(`/api/admin/inbox/${intake}/assignee`, {
          method: 'PUT',
          session: staff,
          body: { assignee: staff.userId },
        }),
      'intake.assigned',
    );
    await expectOne(
      () => kit.call(`/api/admin/inbox/${intake}/notes`, { session: staff, body: { body: 'Called back.' } }),
      'intake.note_added',
      201,
    );
    await kit.call(`/api/admin/inbox/${intake}/state`, { session: staff, body: { state: 'retained' } });
    const { result } = await newEntries(() =>
      kit.call(`/api/admin/inbox/${intake}/matter`, { session: staff, body: {} }),
    );
    expect(result.status).toBe(201);
    const { matter } = (await result.json()) as MatterCreated;
    const [opened] = await entries();
    expect(opened).toMatchObject({ action: 'matter.created', subject_id: matter.id, subject_ref: matter.reference });
    expect(JSON.parse(opened!.detail)).toEqual({ intake });

    const viewed = await expectOne(
      () => kit.call(`/api/admin/matters/${matter.id}`, { session: staff }),
      'matter.viewed',
    );
    expect(viewed.subject_ref).toBe(matter.reference);
    const changed = await expectOne(
      () => kit.call(`/api/admin/matters/${matter.id}/updates`, { session: staff, body: { text: 'Filed.' } }),
      'matter.changed',
      201,
    );
    expect(JSON.parse(changed.detail)).toEqual({ change: 'updates' });
    await expectOne(
      () => kit.call(`/api/admin/matters/${matter.id}/access-code`, { session: staff, body: {} }),
      'matter.code_reissued',
    );
  });

  it('records a person lookup and export with counts, never the email looked for', async () => {
    const found = await expectOne(
      () => kit.call('/api/admin/people/search', { session: staff, body: { email: canaries.email } }),
      'person.viewed',
    );
    expect(JSON.parse(found.detail)).toEqual({ intakes: 1, matters: 1, surveys: 0 });
    await expectOne(
      () => kit.call('/api/admin/people/export', { session: staff, body: { email: canaries.email } }),
      'person.exported',
    );
  });

  it('records nothing for a read that was refused (another firm, staff on an admin route)', async () => {
    const other = await kit.otherFirm('admin');
    const { result, added } = await newEntries(() =>
      kit.call(`/api/admin/inbox/${intake}`, { session: other.session }),
    );
    expect(result.status).toBe(404);
    expect(added).toEqual([]);
    const otherEntries = await kit.db
      .selectFrom('access_log')
      .select('action')
      .where('firm_id', '=', other.firmId)
      .execute();
    expect(otherEntries.map((e) => e.action)).not.toContain('intake.viewed');
  });

  it('is for admins only: staff get 403 on the log, its CSV and its settings', async () => {
    for (const [path, method, body] of [
      ['/api/admin/access-log', 'GET', undefined],
      ['/api/admin/access-log.csv', 'GET', undefined],
      ['/api/admin/access-log/settings', 'GET', undefined],
      ['/api/admin/access-log/settings', 'PUT', { retentionDays: 365 }],
    ] as const) {
      const res = await kit.call(path, { method, session: staff, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await res.json()).type).toBe(problemTypes.forbidden);
    }
  });

  it('shows only the firm’s own entries, filtered by member, action and subject, newest first, in pages', async () => {
    const other = await kit.otherFirm('admin');
    await kit.call('/api/admin/inbox', { session: other.session });
    const all = await page('?limit=200');
    expect(all.entries.every((e) => e.actor.id !== other.session.userId)).toBe(true);
    const ats = all.entries.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => b - a));

    const mine = await page(`?actor=${staff.userId}&limit=200`);
    expect(mine.entries.length).toBeGreaterThan(5);
    expect(mine.entries.every((e) => e.actor.id === staff.userId)).toBe(true);
    const byRef = await page(`?subject=${reference}`);
    expect(byRef.entries.length).toBeGreaterThan(3);
    expect(byRef.entries.every((e) => e.subject?.id === intake)).toBe(true);
    const byId = await page(`?subject=${intake}&action=intake.state_changed`);
    expect(byId.entries.map((e) => e.detail)).toEqual([
      { from: 'contacted', to: 'retained' },
      { from: 'new', to: 'contacted' },
    ]);

    // Paging walks every entry once.
    const seen: AccessLogEntry[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const next: AccessLogPage = await page(`?actor=${staff.userId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...next.entries);
      cursor = next.next;
    }
    expect(seen.map((e) => e.id)).toEqual(mine.entries.map((e) => e.id));

    const to = mine.entries[2]!.at;
    const ranged = await page(`?actor=${staff.userId}&to=${to}&limit=200`);
    expect(ranged.entries.every((e) => e.at < to)).toBe(true);
  });

  it('refuses malformed filters with a 422 naming them', async () => {
    for (const query of [
      '?action=intake.peeked',
      '?limit=0',
      '?cursor=nope',
      '?from=yesterday',
      '?subject=a%20b',
      '?x=1',
    ]) {
      const res = await kit.call(`/api/admin/access-log${query}`, { session: kit.admin });
      expect(res.status, query).toBe(422);
      expect((await res.json()).type).toBe(problemTypes.validation);
    }
  });

  it('records looking at the log and exporting it; the CSV holds the entries', async () => {
    await expectOne(
      () => kit.call(`/api/admin/access-log?actor=${staff.userId}`, { session: kit.admin }),
      'access_log.viewed',
    );
    const { result, added } = await newEntries(() =>
      kit.call(`/api/admin/access-log.csv?actor=${staff.userId}`, { session: kit.admin }),
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="access-log-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const lines = (await result.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'time,actor_id,actor,action,subject_kind,subject_id,subject_reference,ip,user_agent,request_id,detail',
    );
    const staffRows = (await entries()).filter((e) => e.actor_id === staff.userId);
    expect(lines.length - 1).toBe(staffRows.length);
    expect(
      lines.some((line) =>
        line.includes(`,intake.viewed,intake,${intake},${reference},203.0.113.7,Firefox 128 on Linux,`),
      ),
    ).toBe(true);
    expect(added.map((e) => e.action)).toEqual(['access_log.exported']);
    expect(JSON.parse(added[0]!.detail)).toEqual({ actor: staff.userId, rows: staffRows.length });
  });

  it('records sign-ins (success and failure, with where from) and sign-out', async () => {
    const headers = { 'user-agent': firefox, 'x-forwarded-for': '198.51.100.4' };
    const failed = await expectOne(
      () => kit.call('/api/admin/session', { body: { email: staff.email, password: 'wrong password!' }, headers }),
      'signin.failed',
      401,
    );
    expect(failed).toMatchObject({ actor_id: staff.userId, ip: '198.51.100.4', user_agent: 'Firefox 128 on Linux' });
    // An unknown email belongs to no firm: nothing is written anywhere.
    const { added } = await newEntries(() =>
      kit.call('/api/admin/session', { body: { email: 'nobody@example.com', password: 'wrong password!' }, headers }),
    );
    expect(added).toEqual([]);
    const { result } = await newEntries(() =>
      kit.call('/api/admin/session', { body: { email: staff.email, password: adminPassword }, headers }),
    );
    expect(result.status).toBe(200);
    const [signedIn] = await entries();
    expect(signedIn).toMatchObject({ action: 'signin.succeeded', actor_id: staff.userId, ip: '198.51.100.4' });
    const body = (await result.json()) as { csrfToken: string };
    const session = {
      cookie: result.headers.get('set-cookie')!.split(';')[0]!,
      csrf: body.csrfToken,
      userId: staff.userId,
    };
    await expectOne(() => kit.call('/api/admin/session', { method: 'DELETE', session }), 'signout', 204);
  });

  it('records member changes with the change, and nothing when the change is refused', async () => {
    const colleague = await kit.colleague('staff');
    const promoted = await expectOne(
      () =>
        kit.call(`/api/admin/team/${colleague.userId}/role`, {
          method: 'PUT',
          session: kit.admin,
          body: { role: 'admin' },
        }),
      'member.role_changed',
    );
    expect(promoted).toMatchObject({
      actor_id: kit.admin.userId,
      subject_kind: 'member',
      subject_id: colleague.userId,
    });
    expect(JSON.parse(promoted.detail)).toEqual({ from: 'staff', to: 'admin' });
    const removed = await expectOne(
      () => kit.call(`/api/admin/team/${colleague.userId}`, { method: 'DELETE', session: kit.admin }),
      'member.removed',
    );
    expect(JSON.parse(removed.detail)).toEqual({ role: 'admin' });
    // The last admin cannot be demoted: 409, and no entry claims it happened.
    const { result, added } = await newEntries(() =>
      kit.call(`/api/admin/team/${kit.admin.userId}/role`, {
        method: 'PUT',
        session: kit.admin,
        body: { role: 'staff' },
      }),
    );
    expect(result.status).toBe(409);
    expect(added).toEqual([]);
    // A removed member's entries stay, shown as a former member.
    const theirs = await page(`?actor=${colleague.userId}`);
    expect(theirs.entries[0]?.actor.former).toBe(true);

    const invited = await expectOne(
      () =>
        kit.call('/api/admin/invitations', {
          session: kit.admin,
          body: { email: 'new.colleague@example.com', role: 'staff' },
        }),
      'member.invited',
      201,
    );
    expect(JSON.stringify(invited)).not.toContain('new.colleague');
  });

  it('records the first admin (setup) and an accepted invitation as joining', async () => {
    const joined = await kit.db
      .selectFrom('access_log')
      .selectAll()
      .where('firm_id', '=', kit.firmId)
      .where('action', '=', 'member.joined')
      .execute();
    expect(joined.map((e) => [e.actor_id, e.subject_id, JSON.parse(e.detail)])).toEqual([
      [kit.admin.userId, kit.admin.userId, { role: 'admin' }],
    ]);
    const invited = await kit.call('/api/admin/invitations', {
      session: kit.admin,
      body: { email: 'joining@example.com', role: 'staff' },
    });
    const token = new URL(((await invited.json()) as { link: string }).link).hash.replace('#token=', '');
    const { result, added } = await newEntries(() =>
      kit.call('/api/admin/invitations/accept', { body: { token, name: 'Jo Ining', password: adminPassword } }),
    );
    expect(result.status).toBe(201);
    const { user } = (await result.json()) as { user: { id: string } };
    expect(added.map((e) => [e.action, e.actor_id, e.subject_id])).toEqual([['member.joined', user.id, user.id]]);
  });

  it('records settings changes by name', async () => {
    const settings = { declinedIntakeDays: 365, spamIntakeDays: 30, surveyCommentDays: 730, eventDays: 400 };
    const changed = await expectOne(
      () => kit.call('/api/admin/sites/harbor-vale/retention', { method: 'PUT', session: kit.admin, body: settings }),
      'settings.changed',
    );
    expect(changed).toMatchObject({ subject_kind: 'site', subject_id: 'harbor-vale' });
    expect(JSON.parse(changed.detail)).toEqual({ setting: 'retention' });
  });

  it('records an erasure in its transaction: the person, and each intake and matter erased', async () => {
    const { result, added } = await newEntries(() =>
      kit.call('/api/admin/people/erase', { session: kit.admin, body: { email: canaries.email } }),
    );
    expect(result.status).toBe(200);
    expect(added.map((e) => e.action).sort()).toEqual(['intake.erased', 'matter.erased', 'person.erased']);
    expect(added.find((e) => e.action === 'intake.erased')).toMatchObject({
      subject_id: intake,
      subject_ref: reference,
    });
    expect(JSON.parse(added.find((e) => e.action === 'person.erased')!.detail)).toEqual({
      intakes: 1,
      matters: 1,
      surveys: 0,
    });
  });

  it('holds no planted personal string anywhere in the table or the CSV', async () => {
    const rows = await kit.db.selectFrom('access_log').selectAll().execute();
    expect(rows.length).toBeGreaterThan(20);
    const table = JSON.stringify(rows).toLowerCase();
    const csv = (await (await kit.call('/api/admin/access-log.csv', { session: kit.admin })).text()).toLowerCase();
    for (const canary of canaryStrings) {
      expect(table, canary).not.toContain(canary.toLowerCase());
      expect(csv, canary).not.toContain(canary.toLowerCase());
    }
    expect(table).not.toContain('555 0142');
  });

  it('keeps two years by default; admins set 90 days to 10 years; the purge applies it per firm', async () => {
    expect(await (await kit.call('/api/admin/access-log/settings', { session: kit.admin })).json()).toEqual({
      retentionDays: 730,
    });
    for (const retentionDays of [89, 3651, 365.5, '365']) {
      const res = await kit.call('/api/admin/access-log/settings', {
        method: 'PUT',
        session: kit.admin,
        body: { retentionDays },
      });
      expect(res.status, String(retentionDays)).toBe(422);
    }
    const saved = await expectOne(
      () =>
        kit.call('/api/admin/access-log/settings', { method: 'PUT', session: kit.admin, body: { retentionDays: 90 } }),
      'settings.changed',
    );
    expect(JSON.parse(saved.detail)).toEqual({ setting: 'accessLog.retentionDays', value: 90 });
    expect(await (await kit.call('/api/admin/access-log/settings', { session: kit.admin })).json()).toEqual({
      retentionDays: 90,
    });

    // Another firm keeps the default: its entry of today survives a purge 100 days on, ours does not.
    const other = await kit.otherFirm('admin');
    await kit.call('/api/admin/inbox', { session: other.session });
    const ours = (await entries()).length;
    kit.clock.now += 1000;
    await kit.call('/api/admin/inbox', { session: kit.admin });
    const later = kit.clock.now + 100 * dayMs;
    const report = await runPurges(kit.storage.db, kit.cipher, later, 5);
    expect(report.failed).toEqual([]);
    expect(report.counts.accessLog).toBe(ours + 1);
    expect(await entries()).toEqual([]);
    const theirs = await kit.db.selectFrom('access_log').select('id').where('firm_id', '=', other.firmId).execute();
    expect(theirs.length).toBeGreaterThan(0);
    // Two years on, theirs go too.
    expect(await purgeAccessLog(kit.storage.db, kit.clock.now + 731 * dayMs)).toBeGreaterThanOrEqual(theirs.length);
  });
});

describe('the access log is append-only', () => {
  it('no code updates or deletes an entry except the retention purge', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
          const text = readFileSync(path, 'utf8');
          if (
            /(updateTable|deleteFrom)\(\s*'access_log'/.test(text) ||
            /(update|delete from)\s+access_log\b/i.test(text)
          ) {
            offenders.push(path.slice(root.length + 1));
          }
        }
      }
    };
    walk(root);
    expect(offenders).toEqual(['access-log/purge.ts']);
  });
});

describe('summariseUserAgent', () => {
  it('names the browser, its major version and the system, and nothing more', () => {
    expect(summariseUserAgent(firefox)).toBe('Firefox 128 on Linux');
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
      ),
    ).toBe('Edge 126 on Windows');
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 17 on iOS');
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 126 on macOS');
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 131 on Linux');
    expect(summariseUserAgent('curl/8.5.0')).toBe('curl 8');
    expect(summariseUserAgent('something odd')).toBe('Other');
    expect(summariseUserAgent(undefined)).toBeNull();
  });
});
