import { problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { issueSurveyInvitation } from './issue-invitation.ts';

const day = 24 * 60 * 60 * 1000;
const site = 'harbor-vale';

describe.each(storageKinds)('survey on %s', (kind) => {
  let kit: AdminKit;

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());
  // Every test gets a fresh rate-limit window.
  beforeEach(() => {
    kit.clock.now += 60 * 60_000;
  });

  const invite = async (body: Record<string, unknown> = {}, siteId = site, session = kit.admin) => {
    const res = await kit.call(`/api/admin/sites/${siteId}/survey/invitations`, {
      session,
      body: { moment: 'end', clientName: 'Ann Lee', email: 'ann@example.com', practiceArea: 'family', ...body },
    });
    expect(res.status).toBe(201);
    const issued = (await res.json()) as { invitation: { id: string; state: string }; url: string };
    const token = new URL(issued.url).hash.replace('#retainer-survey=', '');
    return { ...issued, token };
  };
  const open = (token: string, extra: Record<string, unknown> = {}) =>
    kit.app.request('/v1/survey/open', post({ site, token, ...extra }));
  const answer = (token: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    kit.app.request('/v1/survey', post({ site, token, ...body }, headers));
  const stored = (id: string) =>
    kit.db.selectFrom('survey_invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('issues a link with the token in the fragment, stored only as a hash', async () => {
    const { url, token, invitation } = await invite();
    expect(url).toMatch(/^http:\/\/localhost\/demo\/feedback\.html#retainer-survey=[A-Za-z0-9_-]{43}$/);
    expect(url).not.toContain('?');
    expect(invitation.state).toBe('created');
    const row = await stored(invitation.id);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain('Ann Lee');
  });

  it('opens once, answers once, and replays the same answer', async () => {
    await kit.call(`/api/admin/sites/${site}/survey/settings`, {
      method: 'PUT',
      session: kit.admin,
      body: { reviewLinks: [{ label: 'Google', url: 'https://g.example/review' }] },
    });
    const { token, invitation } = await invite();
    const opened = await open(token);
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({
      state: 'open',
      measure: 'nps',
      lang: 'en',
      firm: 'Harbor & Vale LLP',
      reviewLinks: [{ label: 'Google', url: 'https://g.example/review' }],
      contact: { phone: '+1 617 555 0142' },
    });
    expect((await stored(invitation.id)).opened_at).not.toBeNull();

    const body = { score: 3, comment: 'Nobody called me back.' };
    const first = await answer(token, body);
    expect(first.status).toBe(201);
    const receipt = await first.json();
    expect(receipt).toMatchObject({ state: 'answered', measure: 'nps', score: 3 });
    expect(receipt.reviewLinks).toHaveLength(1);

    const replay = await answer(token, body);
    expect(replay.status).toBe(201);
    expect(await replay.json()).toEqual(receipt);

    const different = await answer(token, { score: 10 });
    expect(different.status).toBe(409);
    expect(different.headers.get('content-type')).toContain('application/problem+json');
    expect((await different.json()).type).toBe(problemTypes.surveyAnswered);

    const again = await open(token);
    expect(await again.json()).toMatchObject({ state: 'answered' });
    // The comment is encrypted at rest.
    const row = await stored(invitation.id);
    expect(row.comment).not.toContain('Nobody');
    expect(row.score).toBe(3);
  });

  it('refuses an expired token with the same problem type', async () => {
    const { token, invitation } = await invite();
    kit.clock.now += 61 * day;
    for (const res of [await open(token), await answer(token, { score: 9 })]) {
      expect(res.status).toBe(410);
      expect((await res.json()).type).toBe(problemTypes.surveyTokenInvalid);
    }
    expect((await stored(invitation.id)).answered_at).toBeNull();
    // Sixty days later the session is gone too.
    kit.admin = await kit.signIn('hana@harborvale.example', adminPassword);
  });

  it("refuses unknown tokens and another site's tokens alike", async () => {
    const other = await kit.otherFirm();
    const theirs = await invite(
      { practiceArea: undefined, page: 'https://other.example/feedback' },
      other.siteId,
      other.session,
    );
    const unknown = await open('A'.repeat(43));
    const crossSite = await open(theirs.token);
    const crossAnswer = await answer(theirs.token, { score: 9 });
    for (const res of [unknown, crossSite, crossAnswer]) {
      expect(res.status).toBe(404);
      expect((await res.json()).type).toBe(problemTypes.surveyTokenInvalid);
    }
    expect((await stored(theirs.invitation.id)).opened_at).toBeNull();
  });

  it('answers malformed bodies with problem+json and stores nothing', async () => {
    const { token, invitation } = await invite({ moment: 'mid-matter' });
    const bad = [
      kit.app.request('/v1/survey', post('{"site":')),
      answer(token, { score: 11 }),
      answer(token, { score: 6 }), // CSAT is 1–5
      answer(token, { score: 0 }),
      answer(token, { score: 4.5 }),
      answer(token, { score: 4, comment: 'x'.repeat(2001) }),
      answer(token, { score: 4, admin: true }),
      answer(token, { score: 4, lawyerScore: 3 }), // no lawyer named: not asked
      kit.app.request('/v1/survey', post({ site, token: 'short', score: 4 })),
      kit.app.request('/v1/survey', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'score=4',
      }),
    ];
    for (const res of await Promise.all(bad)) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const row = await stored(invitation.id);
    expect(row.answered_at).toBeNull();
    expect(row.score).toBeNull();
    expect(row.comment).toBeNull();
  });

  it('refuses a browser origin the site does not allow', async () => {
    const { token } = await invite();
    const res = await answer(token, { score: 9 }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const ok = await kit.app.request('/v1/survey/open', post({ site, token }, { origin: 'http://localhost:8787' }));
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:8787');
  });

  it('rate-limits by client address', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 31; i++) res = await open('B'.repeat(43));
    expect(res?.status).toBe(429);
    expect(res?.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('counts answers in the results and puts detractors in the follow-up queue', async () => {
    const other = await kit.otherFirm();
    const fresh = { practiceArea: 'employment', clientName: 'Marcus Bell' };
    const a = await invite(fresh);
    const b = await invite({ ...fresh, moment: 'mid-matter' });
    const c = await invite({ ...fresh, moment: 'first-contact' });
    expect((await answer(a.token, { score: 2, comment: 'Slow.' })).status).toBe(201);
    expect((await answer(b.token, { score: 5 })).status).toBe(201);
    expect((await answer(c.token, { score: 4 })).status).toBe(201);

    const results = await (await kit.call(`/api/admin/sites/${site}/survey/results`, { session: kit.admin })).json();
    const employment = results.byPracticeArea.find((g: { key: string }) => g.key === 'employment');
    expect(employment).toMatchObject({
      nps: { score: -100, detractors: 1, total: 1 },
      csat: { score: 100, satisfied: 1, total: 1 },
      ces: { score: 4, total: 1 },
      sent: 3,
      answered: 3,
    });
    expect(results.monthly).toHaveLength(6); // nothing before this month: the shortest trend

    const queue = await (
      await kit.call(`/api/admin/sites/${site}/survey/follow-ups?state=open`, { session: kit.admin })
    ).json();
    const item = queue.followUps.find((f: { id: string }) => f.id === a.invitation.id);
    expect(item).toMatchObject({ clientName: 'Marcus Bell', score: 2, comment: 'Slow.', state: 'open' });
    expect(queue.followUps.some((f: { id: string }) => f.id === b.invitation.id)).toBe(false);

    const colleague = await kit.colleague('staff');
    kit.clock.now += 3 * 60 * 60_000;
    const updated = await kit.call(`/api/admin/sites/${site}/survey/follow-ups/${a.invitation.id}`, {
      method: 'PUT',
      session: colleague,
      body: { assignee: colleague.userId, note: 'Called; apologised.', state: 'closed' },
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({
      state: 'closed',
      assignee: colleague.userId,
      note: 'Called; apologised.',
      ageMs: 3 * 60 * 60_000,
    });

    const stranger = await kit.call(`/api/admin/sites/${site}/survey/follow-ups`, { session: other.session });
    expect(stranger.status).toBe(404);
    const badAssignee = await kit.call(`/api/admin/sites/${site}/survey/follow-ups/${a.invitation.id}`, {
      method: 'PUT',
      session: kit.admin,
      body: { assignee: other.session.userId },
    });
    expect(badAssignee.status).toBe(422);

    const comments = await (
      await kit.call(`/api/admin/sites/${site}/survey/comments?group=negative`, { session: kit.admin })
    ).json();
    expect(comments.comments.map((x: { comment: string }) => x.comment)).toContain('Slow.');
  });

  it('lists invitations with their states', async () => {
    const created = await invite({ clientName: 'Sam Patel' });
    const list = await (await kit.call(`/api/admin/sites/${site}/survey/invitations`, { session: kit.admin })).json();
    expect(list.invitations.find((i: { id: string }) => i.id === created.invitation.id)).toMatchObject({
      clientName: 'Sam Patel',
      state: 'created',
      measure: 'nps',
    });
  });

  it('imports invitations from a CSV, reporting bad rows by line', async () => {
    const csv =
      'name,email,moment,practice_area\nAnn Lee,ann@example.com,end,family\n,x@example.com,end,\nBo Li,not-an-email,end,\nCy Wu,,mid-matter,tax\n';
    const res = await kit.call(`/api/admin/sites/${site}/survey/invitations/import`, {
      session: kit.admin,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.issued).toHaveLength(1);
    expect(body.issued[0].url).toContain('#retainer-survey=');
    expect(body.errors.map((e: { line: number; path: string }) => [e.line, e.path])).toEqual([
      [3, 'clientName'],
      [4, 'email'],
      [5, 'practiceArea'],
    ]);
  });

  it('lets other features issue an invitation', async () => {
    const issued = await issueSurveyInvitation(kit.db, {
      cipher: kit.cipher,
      site,
      moment: 'end',
      clientName: 'Closed Matter Client',
      page: 'https://www.harborvale.example/feedback',
      now: kit.clock.now,
    });
    expect(issued.url).toBe(`https://www.harborvale.example/feedback#retainer-survey=${issued.token}`);
    expect((await open(issued.token)).status).toBe(200);
  });
});
