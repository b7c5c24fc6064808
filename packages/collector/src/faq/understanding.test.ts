/**
 * Issue 20 through the HTTP API, on every storage: office facts answered from the settings (and following
 * an edit of them), "Did you mean…?" choices and the chosen one counted as answered, the unanswered report
 * grouping the same question across languages, and staff attaching a wording to an entry in one click.
 * Every answer is parsed with the schema its reader uses.
 */
import { randomUUID } from 'node:crypto';
import { type FaqAnswer, faqAnswer } from '@retainer/schema';
import { adminFaqEntry, type FaqEntryInput, faqReport, faqSettings } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const base = '/api/admin/sites/harbor-vale/faq';
const entry = (overrides: Partial<FaqEntryInput>): FaqEntryInput => ({
  question: 'Question',
  alternatives: [],
  answer: 'Answer.',
  language: 'en',
  sourceUrl: '/demo/contact.html',
  lastReviewed: '2026-11-01',
  ...overrides,
});

describe.each(storageKinds)('FAQ bot understanding on %s', (kind) => {
  let kit: AdminKit;
  const ask = async (question: string, lang = 'en', extra: Record<string, unknown> = {}) => {
    const id = randomUUID();
    const res = await kit.app.request('/v1/faq/ask', post({ id, site: 'harbor-vale', lang, question, ...extra }));
    expect(res.status).toBe(200);
    return { id, answer: faqAnswer.parse(await res.json()) as FaqAnswer };
  };
  const create = async (input: FaqEntryInput) => {
    const res = await kit.call(`${base}/entries`, { session: kit.admin, body: input });
    expect(res.status).toBe(201);
    return adminFaqEntry.parse(await res.json());
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());
  beforeEach(async () => {
    await kit.db.deleteFrom('faq_questions').execute();
    await kit.db.deleteFrom('rate_limits' as never).execute();
  });

  it('answers office facts from the settings in the visitor’s language, and follows an edit of them', async () => {
    const where = await ask('where r u located');
    expect(where.answer.outcome).toBe('answered');
    expect(where.answer.matches[0]).toMatchObject({ entry: 'office:location', sourceUrl: '/demo/contact.html' });
    expect(where.answer.matches[0]?.answer).toContain('48 Commercial Wharf');

    const ru = await ask('где находится ваш офис?', 'ru');
    expect(ru.answer.matches[0]).toMatchObject({ entry: 'office:location', question: 'Где находится офис?' });
    expect(ru.answer.matches[0]?.answer).toContain('Aquarium');

    const saturday = await ask('你们周六营业吗', 'zh');
    expect(saturday.answer.matches[0]?.entry).toBe('office:hours');
    expect(saturday.answer.matches[0]?.answer).toContain('周六办公室不营业');
    expect(saturday.answer.matches[0]?.answer).toMatch(/办公室现在(营业|不营业)/);

    const languages = await ask('do any of your lawyers speak spanish');
    expect(languages.answer.matches[0]?.entry).toBe('office:languages');
    expect(languages.answer.matches[0]?.answer).toMatch(/English, French, Russian, Spanish, and Chinese|Spanish/);

    const current = faqSettings.parse(await (await kit.call(`${base}/settings`, { session: kit.admin })).json());
    const moved = { ...current, office: { address: { en: '1 New Street, Boston, MA 02110.' }, languages: ['en'] } };
    const saved = await kit.call(`${base}/settings`, { method: 'PUT', session: kit.admin, body: moved });
    expect(saved.status).toBe(200);
    expect(faqSettings.parse(await saved.json()).office?.address?.en).toBe('1 New Street, Boston, MA 02110.');
    const after = await ask('what is your address');
    expect(after.answer.matches[0]?.answer).toBe('1 New Street, Boston, MA 02110.');

    const badLanguage = await kit.call(`${base}/settings`, {
      method: 'PUT',
      session: kit.admin,
      body: { ...current, office: { languages: ['English'] } },
    });
    expect(badLanguage.status).toBe(422);
    await kit.call(`${base}/settings`, { method: 'PUT', session: kit.admin, body: current });
  });

  it('offers close entries as choices, answers the chosen one and counts the question as answered', async () => {
    const cost = await create(entry({ question: 'How much does a tax return cost?', answer: 'A tax return is $300.' }));
    const time = await create(entry({ question: 'How long does a tax return take?', answer: 'About two weeks.' }));
    const unsure = await ask('tax return?');
    expect(unsure.answer.outcome).toBe('choices');
    expect(unsure.answer.matches.map((m) => m.entry).sort()).toEqual([cost.id, time.id].sort());

    const picked = await ask('tax return?', 'en', { chosen: { of: unsure.id, entry: time.id } });
    expect(picked.answer).toMatchObject({
      outcome: 'answered',
      matches: [{ entry: time.id, answer: 'About two weeks.' }],
    });
    const rows = await kit.db.selectFrom('faq_questions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: unsure.id, outcome: 'answered', entry_id: time.id });

    const unknown = await kit.app.request(
      '/v1/faq/ask',
      post({
        id: randomUUID(),
        site: 'harbor-vale',
        question: 'tax return?',
        chosen: { of: unsure.id, entry: 'nope' },
      }),
    );
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([{ path: 'chosen.entry', code: 'unknown_entry' }]);
    for (const id of [cost.id, time.id])
      await kit.call(`${base}/entries/${id}`, { method: 'DELETE', session: kit.admin });
  });

  it('groups the same unanswered question across languages; staff attach it to an entry and it is answered', async () => {
    await ask('do you do bankruptcy');
    await ask('банкротство делаете?', 'ru');
    await ask('你们做破产吗', 'zh');
    await ask('what is the capital of australia');
    const res = await kit.call(`${base}/report?from=0&to=${Date.now() + 1000}`, { session: kit.admin });
    const report = faqReport.parse(await res.json());
    const group = report.unansweredGroups[0];
    expect(group).toMatchObject({ count: 3 });
    expect(group?.examples.map((e) => e.lang).sort()).toEqual(['en', 'ru', 'zh']);

    const target = await create(entry({ question: 'Do you take insolvency cases?', answer: 'Yes, for individuals.' }));
    const attach = (text: string, id = target.id) =>
      kit.call(`${base}/entries/${id}/phrasings`, { session: kit.admin, body: { text } });
    const attached = await attach('банкротство делаете?');
    expect(attached.status).toBe(200);
    expect(adminFaqEntry.parse(await attached.json()).alternatives).toEqual(['банкротство делаете?']);
    expect(adminFaqEntry.parse(await (await attach('Банкротство  делаете')).json()).alternatives).toHaveLength(1);
    const now = await ask('банкротство делаете?', 'ru');
    expect(now.answer).toMatchObject({ outcome: 'answered', matches: [{ entry: target.id }] });

    expect((await attach('')).status).toBe(422);
    expect((await attach('x'.repeat(301))).status).toBe(422);
    expect((await attach('hello', 'no-such-entry')).status).toBe(404);
    const other = await kit.otherFirm();
    const foreign = await kit.call(`/api/admin/sites/${other.siteId}/faq/entries/${target.id}/phrasings`, {
      session: other.session,
      body: { text: 'hello' },
    });
    expect(foreign.status).toBe(404);
    await kit.call(`${base}/entries/${target.id}`, { method: 'DELETE', session: kit.admin });
  });
});
