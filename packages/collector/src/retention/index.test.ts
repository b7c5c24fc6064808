import { randomUUID } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { defaultRetention, type InboxList, type IntakeDetail, type RetentionSettings } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { generateJourneys } from '../journey/generate-journeys.ts';
import { buildJourneyMap } from '../journey/journey-map.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { purgedMarker, purgeIntakeText } from './intake-text.ts';
import { pruneRawEvents } from './raw-events.ts';
import { runPurges } from './run-purges.ts';
import { everySiteRetention } from './settings-store.ts';
import { purgeSurveyComments } from './survey-comments.ts';

const dayMs = 86_400_000;
const url = (site = 'harbor-vale') => `/api/admin/sites/${site}/retention`;

describe.each(storageKinds)('retention on %s', (kind) => {
  let kit: AdminKit;
  let other: { session: Session; siteId: string; firmId: string };
  const db = () => kit.storage.db;
  const sites = () => everySiteRetention(db());
  const put = (body: unknown, session = kit.admin, site = 'harbor-vale') =>
    kit.call(url(site), { method: 'PUT', session, body });
  const setDays = async (change: Partial<RetentionSettings>, session = kit.admin, site = 'harbor-vale') => {
    const current = (await (await kit.call(url(site), { session })).json()) as RetentionSettings;
    expect((await put({ ...current, ...change }, session, site)).status).toBe(200);
  };
  const intake = (id: string) => db().selectFrom('intakes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const personalKeys = async (id: string) => Object.keys(JSON.parse((await intake(id)).personal)).sort();
  const move = async (id: string, state: string, session = kit.admin, reason?: string) => {
    const res = await kit.call(`/api/admin/inbox/${id}/state`, {
      session,
      body: { state, ...(reason ? { reason } : {}) },
    });
    expect(res.status).toBe(200);
  };
  const decline = async (id: string, session = kit.admin) => {
    await move(id, 'contacted', session);
    await move(id, 'declined', session, 'Conflict with an existing client.');
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    other = await kit.otherFirm('admin');
  });
  afterAll(() => kit.cleanup());

  describe('settings API', () => {
    it('reads the defaults, and an admin saves new values', async () => {
      const res = await kit.call(url(), { session: kit.admin });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(defaultRetention);
      const changed = { ...defaultRetention, eventDays: 200, spamIntakeDays: 7 };
      const saved = await put(changed);
      expect(saved.status).toBe(200);
      expect(await saved.json()).toEqual(changed);
      expect(await (await kit.call(url(), { session: kit.admin })).json()).toEqual(changed);
      expect(await put(defaultRetention).then((r) => r.status)).toBe(200);
    });

    it('refuses bad values with a 422 naming the field, and stores nothing', async () => {
      const bad: [unknown, string][] = [
        [{ ...defaultRetention, eventDays: 0 }, 'eventDays'],
        [{ ...defaultRetention, eventDays: 29 }, 'eventDays'],
        [{ ...defaultRetention, declinedIntakeDays: 3651 }, 'declinedIntakeDays'],
        [{ ...defaultRetention, surveyCommentDays: 12.5 }, 'surveyCommentDays'],
        [{ ...defaultRetention, spamIntakeDays: '30' }, 'spamIntakeDays'],
        [{ ...defaultRetention, spamIntakeDays: undefined }, 'spamIntakeDays'],
      ];
      for (const [body, path] of bad) {
        const res = await put(body);
        expect(res.status).toBe(422);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await res.json()) as { type: string; errors: { path: string }[] };
        expect(problem.type).toBe(problemTypes.validation);
        expect(problem.errors.map((e) => e.path)).toContain(path);
      }
      expect((await put({ ...defaultRetention, faqDays: 10 })).status).toBe(422);
      const text = await kit.call(url(), {
        method: 'PUT',
        session: kit.admin,
        body: JSON.stringify(defaultRetention),
        headers: { 'content-type': 'text/plain' },
      });
      expect(text.status).toBe(415);
      expect(await (await kit.call(url(), { session: kit.admin })).json()).toEqual(defaultRetention);
    });

    it('lets staff read but not change it; needs the CSRF token; hides other firms’ sites', async () => {
      const staff = await kit.colleague('staff');
      expect((await kit.call(url(), { session: staff })).status).toBe(200);
      const refused = await put({ ...defaultRetention, eventDays: 31 }, staff);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      const noCsrf = await kit.call(url(), {
        method: 'PUT',
        session: kit.admin,
        csrf: false,
        body: { ...defaultRetention, eventDays: 31 },
      });
      expect(noCsrf.status).toBe(403);
      expect((await kit.call(url(), { session: other.session })).status).toBe(404);
      expect((await put(defaultRetention, other.session)).status).toBe(404);
      expect(await (await kit.call(url(), { session: kit.admin })).json()).toEqual(defaultRetention);
    });
  });

  describe('intake text', () => {
    it('removes a declined intake’s account after its retention, keeps the record, and the inbox still opens it', async () => {
      const start = kit.clock.now;
      const declined = await kit.submit({ jurisdiction: 'Massachusetts', referral: 'A friend, Joan Park' });
      await decline(declined);
      const spam = await kit.submit({ description: 'Cheap watches' }, { website: 'http://spam.example' });
      const open = await kit.submit({ description: 'My landlord keeps my deposit.' });
      const retained = await kit.submit({ description: 'I need a will.' });
      await move(retained, 'contacted');
      await move(retained, 'retained');
      const otherDeclined = await kit.submit({}, { site: other.siteId });
      await decline(otherDeclined, other.session);
      await setDays({ declinedIntakeDays: 100 });
      const run = async (days: number) => purgeIntakeText(db(), kit.cipher, await sites(), start + days * dayMs);

      // Spam goes after its 30 days, nothing else yet.
      expect(await run(29)).toBe(0);
      expect(await run(31)).toBe(1);
      expect(await personalKeys(spam)).toEqual(['description']);
      expect(await personalKeys(declined)).toContain('adverseParties');

      // Harbor Vale's 100 days pass; the other firm keeps the default 365.
      expect(await run(99)).toBe(0);
      expect(await run(101)).toBe(1);
      expect(await personalKeys(declined)).toEqual(['description', 'email', 'jurisdiction', 'name', 'phone']);
      const row = await intake(declined);
      expect(row).toMatchObject({ state: 'declined', request_hash: purgedMarker, content_index: null });
      expect(Number(row.text_purged_at)).toBe(start + 101 * dayMs);
      expect(await personalKeys(otherDeclined)).toContain('adverseParties');

      const detail = await kit.call(`/api/admin/inbox/${declined}`, { session: kit.admin });
      expect(detail.status).toBe(200);
      const body = (await detail.json()) as IntakeDetail;
      expect(body.fields).toMatchObject({
        name: 'Ann Lee',
        email: 'ann.lee@example.com',
        description: 'Removed after 100 days by the retention policy.',
      });
      expect(body.fields.adverseParties).toBeUndefined();
      expect(body.fields.referral).toBeUndefined();
      expect(body.declineReason).toBe('Conflict with an existing client.');
      // The conflict register keeps the names of a declined matter's parties.
      const parties = await db().selectFrom('parties').select('kind').where('intake_id', '=', declined).execute();
      expect(parties.map((p) => p.kind).sort()).toEqual(['adverse', 'prospect']);
      expect((await kit.call(`/api/admin/inbox/${spam}`, { session: kit.admin })).status).toBe(200);
      const listed = await kit.call('/api/admin/inbox?state=declined', { session: kit.admin });
      expect(((await listed.json()) as InboxList).items.map((item) => item.id)).toContain(declined);

      expect(await run(366)).toBe(1);
      expect(await personalKeys(otherDeclined)).toEqual(['description', 'email', 'name', 'phone']);
      // Open and retained intakes are never touched; a second run finds nothing to do.
      expect(await run(3650)).toBe(0);
      expect(await personalKeys(open)).toContain('description');
      expect((await intake(open)).text_purged_at).toBeNull();
      expect(await personalKeys(retained)).toContain('adverseParties');
      await setDays({ declinedIntakeDays: defaultRetention.declinedIntakeDays });
    });

    it('counts from the move into spam, and finishes a purge larger than one batch', async () => {
      const start = kit.clock.now;
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push(await kit.submit({ description: `Bulk message ${i}` }));
      for (const id of ids) await move(id, 'spam');
      // Marked as spam ten days after arrival (moving the kit's clock would end its sessions).
      await db()
        .updateTable('intake_history')
        .set({ at: start + 10 * dayMs })
        .where('intake_id', 'in', ids)
        .execute();
      const run = async (days: number) => purgeIntakeText(db(), kit.cipher, await sites(), start + days * dayMs, 2);
      expect(await run(35)).toBe(0);
      expect(await run(41)).toBe(5);
      for (const id of ids) expect(await personalKeys(id)).toEqual(['description']);
    });
  });

  describe('survey comments', () => {
    const answered = async (site: string, answeredAt: number, followUp: string | null = null) => {
      const id = randomUUID();
      const address = (field: string) => ({ site, id, field });
      await db()
        .insertInto('survey_invitations')
        .values({
          id,
          site,
          token_hash: randomUUID(),
          moment: 'matter-closed',
          measure: 'nps',
          client_name: kit.cipher.encrypt('Ann Lee', address('client_name')),
          email: null,
          email_index: null,
          practice_area: null,
          lawyer: null,
          lang: 'en',
          page: 'https://www.harborvale.example/survey',
          created_by: null,
          created_at: answeredAt - dayMs,
          expires_at: answeredAt + 30 * dayMs,
          opened_at: answeredAt,
          answered_at: answeredAt,
          score: 3,
          lawyer_score: null,
          comment: kit.cipher.encrypt('Nobody called me back for two weeks.', address('comment')),
          request_hash: 'hash',
          response: '{}',
          follow_up: followUp,
          assignee: null,
          follow_up_note: followUp ? kit.cipher.encrypt('Called her on Monday.', address('follow_up_note')) : null,
          closed_at: null,
        })
        .execute();
      return id;
    };
    const row = (id: string) =>
      db().selectFrom('survey_invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('removes comments and closed follow-up notes after the retention; scores and open follow-ups stay', async () => {
      const now = kit.clock.now;
      const old = await answered('harbor-vale', now - 731 * dayMs, 'closed');
      const recent = await answered('harbor-vale', now - 729 * dayMs);
      const stillOpen = await answered('harbor-vale', now - 900 * dayMs, 'open');
      const otherSite = await answered(other.siteId, now - 500 * dayMs);
      const batch = [];
      for (let i = 0; i < 5; i++) batch.push(await answered('harbor-vale', now - 800 * dayMs));
      await setDays({ surveyCommentDays: 400 }, other.session, other.siteId);

      expect(await purgeSurveyComments(db(), await sites(), now, 2)).toBe(7);
      expect(await row(old)).toMatchObject({
        comment: null,
        follow_up_note: null,
        score: 3,
        request_hash: purgedMarker,
      });
      for (const id of batch) expect((await row(id)).comment).toBeNull();
      expect((await row(recent)).comment).not.toBeNull();
      expect((await row(stillOpen)).comment).not.toBeNull();
      expect((await row(otherSite)).comment).toBeNull();
      expect(await purgeSurveyComments(db(), await sites(), now)).toBe(0);
      const comments = await kit.call('/api/admin/sites/harbor-vale/survey/comments', { session: kit.admin });
      expect(comments.status).toBe(200);
    });
  });

  describe('raw events', () => {
    it('deletes only events past the retention, in batches, and the journey map keeps its numbers', async () => {
      const end = kit.clock.now;
      const site = other.siteId;
      for (const batch of generateJourneys({ site, events: 3000, end, spanDays: 600, seed: 3 })) {
        await kit.storage.insertEvents(batch);
      }
      const keep = { id: randomUUID(), site: 'harbor-vale', journey: randomUUID(), stage: 'discover' };
      await kit.storage.insertEvents([
        { ...keep, type: 'intake.shown', ts: end - 500 * dayMs, received_at: end - 500 * dayMs, props: null },
        // Back-dated by its sender but received lately: kept like a fresh event.
        {
          ...keep,
          id: randomUUID(),
          site,
          type: 'intake.shown',
          ts: end - 500 * dayMs,
          received_at: end - 10 * dayMs,
          props: null,
        },
      ]);
      const scope = { site, from: end - 700 * dayMs, to: end + dayMs, filters: {} };
      const before = await buildJourneyMap(kit.storage.db, scope, { compare: true });
      expect(before.journeys).toBeGreaterThan(100);
      const recent = { site, from: end - 90 * dayMs, to: end + dayMs, filters: {} };
      const beforeRecent = await buildJourneyMap(kit.storage.db, recent, { compare: true });
      const count = async (where: 'old' | 'all', s = site) => {
        let query = db()
          .selectFrom('events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('site', '=', s);
        if (where === 'old')
          query = query.where('ts', '<', end - 300 * dayMs).where('received_at', '<', end - 300 * dayMs);
        return Number((await query.executeTakeFirstOrThrow()).n);
      };
      const total = await count('all');
      const old = await count('old');
      expect(old).toBeGreaterThan(100);

      await setDays({ eventDays: 300 }, other.session, site);
      // Plus Harbor Vale's one event past its own (default) 400 days.
      expect(await pruneRawEvents(db(), await sites(), end, 50)).toBe(old + 1);
      expect(await count('old')).toBe(0);
      expect(await count('all')).toBe(total - old);
      // Harbor Vale's own rule (the default 400 days) removed its 500-day-old event too.
      expect(await db().selectFrom('events').select('id').where('id', '=', keep.id).execute()).toEqual([]);

      expect(await buildJourneyMap(kit.storage.db, scope, { compare: true })).toEqual(before);
      expect(await buildJourneyMap(kit.storage.db, recent, { compare: true })).toEqual(beforeRecent);
      expect(await pruneRawEvents(db(), await sites(), end, 50)).toBe(0);
    });

    it('keeps another site’s events when one site prunes', async () => {
      const end = kit.clock.now;
      const event = (site: string, ageDays: number) => ({
        id: randomUUID(),
        site,
        journey: randomUUID(),
        stage: 'explore',
        type: 'directory.viewed',
        ts: end - ageDays * dayMs,
        received_at: end - ageDays * dayMs,
        props: null,
      });
      await kit.storage.insertEvents([event('harbor-vale', 350), event(other.siteId, 350)]);
      expect(await pruneRawEvents(db(), await sites(), end)).toBe(1);
      const left = await db().selectFrom('events').select('site').where('stage', '=', 'explore').execute();
      expect(left.map((e) => e.site)).toContain('harbor-vale');
    });
  });

  it('runs every purge in one pass and reports counts per kind', async () => {
    const report = await runPurges(kit.storage.db, kit.cipher, kit.clock.now + 5000 * dayMs);
    expect(report.failed).toEqual([]);
    expect(Object.keys(report.counts).sort()).toEqual([
      'events',
      'faqQuestions',
      'intakeText',
      'rateLimits',
      'sentEmails',
      'surveyComments',
    ]);
    expect(report.counts.events).toBeGreaterThan(0);
  });
});
