import { randomUUID } from 'node:crypto';
import type { FaqAnswer, PublicFaqSettings } from '@retainer/schema';
import type { AdminFaqEntry, FaqEntryInput, FaqReport, FaqSettings } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { defaultPublicLimits } from '../rate-limit/public-limits.ts';
import { post } from '../test-support/requests.ts';
import { otherOrigin, relaxedLimits } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { purgeFaqQuestions } from './question-store.ts';

const base = '/api/admin/sites/harbor-vale/faq';
const dayMs = 86_400_000;
const entry = (overrides: Partial<FaqEntryInput> = {}): FaqEntryInput => ({
  question: 'Do you handle bankruptcy filings?',
  alternatives: ['chapter 7 bankruptcy lawyer', 'Can you help me file for bankruptcy?'],
  answer: 'Yes. We file Chapter 7 and Chapter 13 cases; see https://www.harborvale.example/bankruptcy.',
  practiceArea: 'business',
  language: 'en',
  sourceUrl: 'https://www.harborvale.example/bankruptcy',
  lastReviewed: '2026-09-30',
  ...overrides,
});

describe.each(storageKinds)('FAQ bot on %s', (kind) => {
  let kit: AdminKit;
  const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    kit.app.request('/v1/faq/ask', post({ id: randomUUID(), site: 'harbor-vale', lang: 'en', ...body }, headers));
  const questions = () => kit.db.selectFrom('faq_questions').selectAll().execute();

  beforeAll(async () => {
    // The FAQ's own limits stay on: one test below checks them.
    kit = await createAdminKit(kind, {}, { publicLimits: { ...relaxedLimits, faq: defaultPublicLimits.faq } });
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    await kit.db.deleteFrom('faq_questions').execute();
    await kit.db.deleteFrom('rate_limits' as never).execute();
  });

  it('answers from the seeded FAQ with the source, related questions, and stores the question encrypted', async () => {
    const journey = randomUUID();
    const res = await ask({ question: 'How much does a divorce cost?', journey }, { origin: 'http://localhost:8787' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787');
    const answer = (await res.json()) as FaqAnswer;
    expect(answer.outcome).toBe('answered');
    expect(answer.matches[0]).toMatchObject({
      entry: 'demo-faq-divorce-cost',
      sourceUrl: '/demo/practice-areas.html#family',
    });
    expect(answer.matches.length).toBeLessThanOrEqual(3);
    expect(answer.matches[0]?.related.length).toBeGreaterThan(0);
    const [row] = await questions();
    expect(row).toMatchObject({
      site: 'harbor-vale',
      journey,
      lang: 'en',
      outcome: 'answered',
      entry_id: 'demo-faq-divorce-cost',
    });
    expect(row?.question).toMatch(/^v1\./);
    expect(row?.question).not.toContain('divorce');
  });

  it('says plainly when nothing matches, and hands advice questions to a person', async () => {
    const none = (await (await ask({ question: 'what is the weather in boston tomorrow' })).json()) as FaqAnswer;
    expect(none).toMatchObject({ outcome: 'unanswered', matches: [] });
    const advice = (await (await ask({ question: 'Should I sign the severance agreement?' })).json()) as FaqAnswer;
    expect(advice).toMatchObject({ outcome: 'advice', matches: [] });
    expect((await questions()).map((q) => q.outcome).sort()).toEqual(['advice', 'unanswered']);
  });

  it('stores a retried question once', async () => {
    const id = randomUUID();
    expect((await ask({ id, question: 'Is the first consultation free?' })).status).toBe(200);
    expect((await ask({ id, question: 'Is the first consultation free?' })).status).toBe(200);
    expect(await questions()).toHaveLength(1);
  });

  it('rejects oversized, malformed and foreign questions with problem+json and stores nothing', async () => {
    const cases: [Response | Promise<Response>, number, string][] = [
      [ask({ question: 'x'.repeat(501) }), 422, 'urn:retainer:problem:validation'],
      [ask({ question: '' }), 422, 'urn:retainer:problem:validation'],
      [ask({ question: 42 }), 422, 'urn:retainer:problem:validation'],
      [ask({ question: 'hi', extra: true }), 422, 'urn:retainer:problem:validation'],
      [ask({ question: 'hello there', site: 'nope' }), 422, 'urn:retainer:problem:unknown-site'],
      [kit.app.request('/v1/faq/ask', post('{"question":')), 400, 'urn:retainer:problem:malformed-json'],
      [kit.app.request('/v1/faq/ask', post({ q: 'x'.repeat(5000) })), 413, 'urn:retainer:problem:payload-too-large'],
      [ask({ question: 'How much is a will?' }, { origin: otherOrigin }), 403, 'urn:retainer:problem:forbidden-origin'],
      [kit.app.request('/v1/faq/ask'), 405, 'urn:retainer:problem:method-not-allowed'],
    ];
    for (const [pending, status, type] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((await res.json()).type).toBe(type);
    }
    const oversized = await ask({ question: 'x'.repeat(501) });
    expect((await oversized.json()).errors).toEqual([{ path: 'question', code: 'too_long' }]);
    expect(await questions()).toHaveLength(0);
  });

  it('limits questions per visitor with 429 and Retry-After, and stores the refused one not', async () => {
    const journey = randomUUID();
    for (let i = 0; i < 12; i++)
      expect((await ask({ question: 'How long does probate take?', journey })).status).toBe(200);
    const limited = await ask({ question: 'How long does probate take?', journey });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await questions()).toHaveLength(12);
    // Another visitor behind the same address is still served.
    expect((await ask({ question: 'How long does probate take?', journey: randomUUID() })).status).toBe(200);
  });

  it('purges questions older than the site retention (default 90 days, or the site setting)', async () => {
    const now = Date.now();
    for (const age of [10, 89, 91, 200]) {
      await kit.db
        .insertInto('faq_questions')
        .values({
          id: randomUUID(),
          site: 'harbor-vale',
          journey: null,
          lang: 'en',
          outcome: 'unanswered',
          entry_id: null,
          score: 0,
          question: 'token',
          asked_at: now - age * dayMs,
        })
        .execute();
    }
    expect(await purgeFaqQuestions(kit.db, now)).toBe(2);
    expect(await questions()).toHaveLength(2);
    const settings = (await (await kit.call(`${base}/settings`, { session: kit.admin })).json()) as FaqSettings;
    expect(settings.retentionDays).toBe(90);
    const put = await kit.call(`${base}/settings`, {
      method: 'PUT',
      session: kit.admin,
      body: { ...settings, retentionDays: 30 },
    });
    expect(put.status).toBe(200);
    expect(await purgeFaqQuestions(kit.db, now)).toBe(1);
    expect((await questions()).map((q) => Math.round((now - Number(q.asked_at)) / dayMs))).toEqual([10]);
    await kit.call(`${base}/settings`, { method: 'PUT', session: kit.admin, body: settings });
  });

  it('serves the public bot settings, cacheable, with the site contact as handoffs', async () => {
    const res = await kit.app.request('/v1/sites/harbor-vale/faq?lang=ru');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const settings = (await res.json()) as PublicFaqSettings;
    expect(settings.handoff).toMatchObject({
      intake: true,
      phone: '+1 617 555 0142',
      email: 'intake@harborvale.example',
    });
    expect(settings.greeting.ru).toBeTruthy();
    expect(settings.suggestions[0]?.entry).toBe('demo-faq-ru-consultation');
    const again = await kit.app.request('/v1/sites/harbor-vale/faq?lang=ru', {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect((await kit.app.request('/v1/sites/nope/faq')).status).toBe(404);
  });

  it('lets staff keep entries; the next question sees an edit at once', async () => {
    const created = await kit.call(`${base}/entries`, { session: kit.admin, body: entry() });
    expect(created.status).toBe(201);
    const saved = (await created.json()) as AdminFaqEntry;
    const first = (await (await ask({ question: 'can you help me file for bankruptcy' })).json()) as FaqAnswer;
    expect(first.matches[0]?.entry).toBe(saved.id);

    const edited = await kit.call(`${base}/entries/${saved.id}`, {
      method: 'PUT',
      session: kit.admin,
      body: entry({ answer: 'We no longer take bankruptcy cases.' }),
    });
    expect(edited.status).toBe(200);
    const second = (await (await ask({ question: 'can you help me file for bankruptcy' })).json()) as FaqAnswer;
    expect(second.matches[0]?.answer).toBe('We no longer take bankruptcy cases.');

    expect((await kit.call(`${base}/entries/${saved.id}`, { method: 'DELETE', session: kit.admin })).status).toBe(204);
    const third = (await (await ask({ question: 'can you help me file for bankruptcy' })).json()) as FaqAnswer;
    expect(third.matches.map((m) => m.entry)).not.toContain(saved.id);

    const bad = await kit.call(`${base}/entries`, {
      session: kit.admin,
      body: entry({ practiceArea: 'tax', question: '' }),
    });
    expect(bad.status).toBe(422);
    const unknownArea = await kit.call(`${base}/entries`, { session: kit.admin, body: entry({ practiceArea: 'tax' }) });
    expect((await unknownArea.json()).errors).toEqual([{ path: 'practiceArea', code: 'unknown_option' }]);
  });

  it('reports questions, answered vs not, unanswered grouped, and which led to an intake', async () => {
    const journey = randomUUID();
    await ask({ question: 'Do you sell car insurance?', journey });
    await ask({ question: 'do you sell  CAR insurance' });
    await ask({ question: 'What is the capital of Australia?' });
    await ask({ question: 'Is the first consultation free?' });
    await kit.submit({}, { journey });
    const res = await kit.call(`${base}/report?from=0&to=${Date.now() + 1000}`, { session: kit.admin });
    expect(res.status).toBe(200);
    const report = (await res.json()) as FaqReport;
    expect(report).toMatchObject({ asked: 4, answered: 1, unanswered: 3, ledToIntake: 1 });
    expect(report.unansweredGroups[0]).toMatchObject({ text: 'do you sell car insurance', count: 2, ledToIntake: 1 });
    expect(report.questions.find((q) => q.outcome === 'answered')).toMatchObject({
      question: 'Is the first consultation free?',
      entryQuestion: 'How much does a first consultation cost?',
    });
  });

  it('keeps each firm to its own sites', async () => {
    const other = await kit.otherFirm();
    for (const path of ['/entries', '/settings', '/report']) {
      expect((await kit.call(`${base}${path}`, { session: other.session })).status).toBe(404);
    }
    expect((await kit.call(`${base}/entries`, {})).status).toBe(401);
  });
});
