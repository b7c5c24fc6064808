import { type AdminLawyer, surveyResults } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

// Issue 14, defect 6: the answer to "How would you rate {lawyer}?" was stored but shown nowhere.
const site = 'harbor-vale';

describe.each(storageKinds)('survey results per lawyer on %s', (kind) => {
  let kit: AdminKit;
  let lawyers: AdminLawyer[];

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    const res = await kit.call(`/api/admin/sites/${site}/lawyers`, { session: kit.admin });
    lawyers = ((await res.json()) as { lawyers: AdminLawyer[] }).lawyers;
  });
  afterAll(() => kit.cleanup());

  const invite = async (lawyer: string | undefined, moment = 'end') => {
    const res = await kit.call(`/api/admin/sites/${site}/survey/invitations`, {
      session: kit.admin,
      body: { moment, clientName: 'Ann Lee', ...(lawyer ? { lawyer } : {}) },
    });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    return new URL(url).hash.replace('#retainer-survey=', '');
  };
  const answer = async (token: string, body: Record<string, unknown>) => {
    const res = await kit.app.request('/v1/survey', post({ site, token, ...body }));
    expect(res.status, await res.clone().text()).toBe(201);
  };

  it('gives each lawyer the mean rating, how many gave each score and how many were asked', async () => {
    const [hart, lin] = lawyers as [AdminLawyer, AdminLawyer];
    await answer(await invite(hart.id), { score: 9, lawyerScore: 5 });
    await answer(await invite(hart.id, 'mid-matter'), { score: 4, lawyerScore: 4 });
    await answer(await invite(hart.id, 'first-contact'), { score: 3, lawyerScore: 4 });
    await answer(await invite(hart.id), { score: 10 }); // answered, skipped the lawyer question
    await invite(hart.id); // not answered: not asked yet
    await answer(await invite(lin.id), { score: 6, lawyerScore: 2 });
    await answer(await invite(undefined), { score: 8 });

    const res = await kit.call(`/api/admin/sites/${site}/survey/results`, { session: kit.admin });
    expect(res.status).toBe(200);
    // Parsed with the schema the dashboard reads it with.
    const results = surveyResults.parse(await res.json());
    expect(results.lawyerRatings).toEqual([
      { key: hart.id, asked: 4, score: 4.3, total: 3, counts: [0, 0, 0, 2, 1] },
      { key: lin.id, asked: 1, score: 2, total: 1, counts: [0, 1, 0, 0, 0] },
    ]);
  });
});
