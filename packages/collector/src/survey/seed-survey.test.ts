import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { openTestStorage, type TestStorage } from '../test-support/test-storage.ts';
import { seedDemoSurvey } from './seed-survey.ts';
import { surveyResultsOf } from './survey-results.ts';

describe('the demo survey seed', () => {
  let test: TestStorage;
  beforeAll(async () => {
    test = await openTestStorage('sqlite');
  });
  afterAll(() => test.cleanup());

  it('seeds ~200 answers over six months once, with a few follow-ups still open', async () => {
    const cipher = createFieldCipher(randomBytes(32));
    await seedDemoSite(test.storage, { port: 8787, cipher });
    expect(await seedDemoSurvey(test.storage, cipher, 'harbor-vale', 8787)).toBe(false); // done by seedDemoSite
    const now = Date.now();
    const results = await surveyResultsOf(test.storage.db, 'harbor-vale', now);
    expect(results.overall.sent).toBe(240);
    expect(results.overall.answered).toBeGreaterThan(180);
    expect(results.overall.answered).toBeLessThan(225);
    expect(results.overall.nps.score).not.toBeNull();
    expect(results.byLawyer.length).toBeGreaterThan(3);
    expect(results.monthly.slice(-6).every((m) => m.answered > 0)).toBe(true);
    const open = await test.storage.db
      .selectFrom('survey_invitations')
      .select('id')
      .where('follow_up', '=', 'open')
      .execute();
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(20);
  });
});
