/**
 * Issue 14, defect 2: the journey map showed "Effort (CES, 1–5) 6.0" and an NPS the Survey page
 * contradicted. Scores off their measure's scale are refused at the edge; the map's satisfaction is the
 * Survey page's answers and arithmetic (`survey-scores.ts`) for the same range, and says so; the survey
 * results API takes the map's range.
 */
import { randomUUID } from 'node:crypto';
import type { JourneyMap, SurveyResults } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { eventBody, post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const day = 86_400_000;
const T0 = Date.UTC(2025, 2, 1);

describe.each(storageKinds)('satisfaction on the journey map on %s', (kind) => {
  let kit: AdminKit;
  let session: Session;
  const get = async <T>(path: string) => {
    const res = await kit.call(`/api/admin/sites/harbor-vale/${path}`, { session });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    // Answers on days 1–9 (inside the range) and day 20 (outside it), of two practice areas.
    const answers: [day: number, moment: string, score: number, area: string][] = [
      [1, 'end', 10, 'family'],
      [2, 'end', 9, 'family'],
      [3, 'end', 3, 'employment'],
      [4, 'mid-matter', 4, 'family'],
      [5, 'mid-matter', 2, 'employment'],
      [6, 'first-contact', 5, 'family'],
      [7, 'first-contact', 4, 'employment'],
      [8, 'end', 8, 'family'],
      [20, 'end', 0, 'family'],
    ];
    for (const [d, moment, score, practiceArea] of answers) {
      kit.clock.now = T0 + d * day;
      session = await kit.signIn('hana@harborvale.example', adminPassword);
      const invited = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
        session,
        body: { moment, clientName: 'Ann Lee', practiceArea },
      });
      const token = new URL(((await invited.json()) as { url: string }).url).hash.replace('#retainer-survey=', '');
      expect((await kit.app.request('/v1/survey', post({ site: 'harbor-vale', token, score }))).status).toBe(201);
    }
    // A journey in the range, so the map has something to show.
    const events = eventBody(1, { ts: T0 + day, journey: `journey-${randomUUID()}` });
    expect((await kit.app.request('/v1/events', post(events))).status).toBe(200);
    kit.clock.now = T0 + 30 * day;
    session = await kit.signIn('hana@harborvale.example', adminPassword);
  }, 60_000);
  afterAll(() => kit.cleanup());

  const range = `from=${T0}&to=${T0 + 10 * day}`;
  const satisfaction = (map: JourneyMap) =>
    Object.fromEntries(map.stages.filter((s) => s.satisfaction).map((s) => [s.satisfaction!.measure, s.satisfaction]));

  it('shows the Survey page’s NPS, CSAT and effort for the same range, and says which answers it counts', async () => {
    const map = await get<JourneyMap>(`journey/map?${range}`);
    const survey = await get<SurveyResults>(`survey/results?${range}`);
    const shown = satisfaction(map);
    expect(shown.nps).toEqual({ measure: 'nps', responses: survey.overall.nps.total, value: survey.overall.nps.score });
    expect(shown.csat).toEqual({
      measure: 'csat',
      responses: survey.overall.csat.total,
      value: survey.overall.csat.score,
    });
    expect(shown.ces).toEqual({ measure: 'ces', responses: survey.overall.ces.total, value: survey.overall.ces.score });
    // 10, 9, 3, 8 → 2 promoters, 1 detractor of 4 = 25; the day-20 zero is outside the range.
    expect(survey.overall.nps).toMatchObject({ score: 25, total: 4 });
    expect(survey.overall.csat).toMatchObject({ score: 50, total: 2 });
    expect(survey.overall.ces).toMatchObject({ score: 4.5, total: 2 });
    expect(map.satisfactionFrom).toEqual({ answers: 'survey', narrowedBy: [], shown: true });
    // Without a range, the Survey page counts every answer (the day-20 zero too).
    expect((await get<SurveyResults>('survey/results')).overall.nps).toMatchObject({ total: 5 });
  });

  it('narrows by practice area like the Survey page, and shows none for filters answers cannot carry', async () => {
    const family = await get<JourneyMap>(`journey/map?${range}&practiceArea=family`);
    const survey = await get<SurveyResults>(`survey/results?${range}`);
    const row = survey.byPracticeArea.find((r) => r.key === 'family')!;
    expect(satisfaction(family).nps).toMatchObject({ value: row.nps.score, responses: row.nps.total });
    expect(family.satisfactionFrom).toEqual({ answers: 'survey', narrowedBy: ['practiceArea'], shown: true });

    const russianPhones = await get<JourneyMap>(`journey/map?${range}&lang=ru&device=phone`);
    expect(Object.values(satisfaction(russianPhones)).map((s) => s!.value)).toEqual([null, null, null]);
    expect(russianPhones.satisfactionFrom).toEqual({ answers: 'survey', narrowedBy: [], shown: false });
  });

  it('refuses survey events with a score off their measure’s scale at the edge (CES 6, CSAT 0, NPS 11)', async () => {
    for (const [measure, score] of [
      ['ces', 6],
      ['ces', 7],
      ['csat', 0],
      ['nps', 11],
      ['nps', 4.5],
    ] as const) {
      const body = eventBody(1, { stage: 'feedback', type: 'survey.answered', props: { measure, score } });
      const res = await kit.app.request('/v1/events', post(body));
      expect(res.status, `${measure} ${score}`).toBe(422);
      expect((await res.json()).errors).toContainEqual({ path: 'events.0.props.score', code: 'score_out_of_scale' });
    }
    const fine = eventBody(1, { stage: 'feedback', type: 'survey.answered', props: { measure: 'ces', score: 5 } });
    expect((await kit.app.request('/v1/events', post(fine))).status).toBe(200);
  });

  it('refuses a malformed range on the survey results like the map does', async () => {
    const res = await kit.call('/api/admin/sites/harbor-vale/survey/results?from=yesterday', { session });
    expect(res.status).toBe(422);
  });
});
