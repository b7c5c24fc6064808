import { randomUUID } from 'node:crypto';
import type { JourneyBreakdown, JourneyMap, JourneyTrends } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const h = 3_600_000;
const T0 = Date.UTC(2025, 0, 1);
const journeyOf = (n: number) => `journey-hand-made-${String(n).padStart(4, '0')}`;

type Ev = [journey: number, hours: number, stage: string, type: string, props?: Record<string, unknown>];

/** Six journeys; j6 is retained through the inbox (the server-side `decide` event). */
const events: Ev[] = [
  [1, 0, 'discover', 'intake.shown'],
  [1, 1, 'explore', 'directory.viewed'],
  [1, 3, 'contact', 'intake.submitted', { source: 'referral' }],
  [1, 27, 'decide', 'intake.retained'],
  [1, 51, 'service', 'status.lookup_succeeded'],
  [1, 52, 'payment', 'status.invoice_shown'],
  [1, 100, 'feedback', 'survey.answered', { measure: 'nps', score: 10 }],
  [1, 101, 'feedback', 'survey.answered', { measure: 'nps', score: 6 }],
  [1, 102, 'feedback', 'survey.answered', { measure: 'csat', score: 5 }],
  [1, 103, 'feedback', 'survey.answered', { measure: 'ces', score: 2 }],
  [1, 200, 'contact', 'intake.submitted'],
  [2, 0, 'discover', 'intake.shown'],
  [2, 2, 'explore', 'directory.viewed'],
  [2, 6, 'contact', 'intake.submitted'],
  [2, 30, 'decide', 'intake.retained'],
  [3, 0, 'discover', 'directory.shown'],
  [3, 1, 'explore', 'directory.profile_opened'],
  [4, 0, 'discover', 'intake.shown'],
  [5, 0, 'discover', 'faq.shown'],
  [5, 2, 'contact', 'faq.opened'],
  [6, 0, 'discover', 'intake.shown'],
  [6, 4, 'explore', 'directory.viewed'],
  [6, 10, 'contact', 'intake.submitted'],
];

const batch = (list: Ev[]) => ({
  id: randomUUID(),
  events: list.map(([j, hours, stage, type, props], i) => ({
    id: `hand-made-${j}-${hours}-${i}`.padEnd(16, '0'),
    site: 'harbor-vale',
    journey: journeyOf(j),
    stage,
    type,
    ts: T0 + hours * h,
    props: { device: j === 1 ? 'phone' : 'desktop', lang: 'en', ...props },
  })),
});

describe.each(storageKinds)('the journey map on %s', (kind) => {
  let kit: AdminKit;
  let session: Session;
  const range = `from=${T0 - 86_400_000}&to=${T0 + 30 * 86_400_000}`;
  const get = async <T>(path: string) => {
    const res = await kit.call(`/api/admin/sites/harbor-vale/journey/${path}`, { session });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    const body = batch(events);
    for (let i = 0; i < 2; i += 1) {
      // The second post replays every event id: nothing may count twice.
      expect((await kit.app.request('/v1/events', post(body))).status).toBe(200);
    }
    // j6: an intake retained by staff at T0 + 40 h records `decide` on the server.
    kit.clock.now = T0 + 9 * h;
    const intake = await kit.submit({}, { journey: journeyOf(6) });
    for (const [hours, state] of [
      [20, 'contacted'],
      [40, 'retained'],
    ] as const) {
      kit.clock.now = T0 + hours * h;
      session = await kit.signIn('hana@harborvale.example', adminPassword);
      const res = await kit.call(`/api/admin/inbox/${intake}/state`, { session, body: { state } });
      expect(res.status).toBe(200);
    }
    // The same answers through the survey (issue 14: the map's satisfaction is the Survey page's answers).
    for (const [hours, moment, score] of [
      [100, 'end', 10],
      [101, 'end', 6],
      [102, 'mid-matter', 5],
      [103, 'first-contact', 2],
    ] as const) {
      kit.clock.now = T0 + hours * h;
      session = await kit.signIn('hana@harborvale.example', adminPassword);
      const invited = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
        session,
        body: { moment, clientName: 'Ann Lee' },
      });
      const token = new URL(((await invited.json()) as { url: string }).url).hash.replace('#retainer-survey=', '');
      const answered = await kit.app.request('/v1/survey', post({ site: 'harbor-vale', token, score }));
      expect(answered.status).toBe(201);
    }
    kit.clock.now = T0 + 60 * 86_400_000;
    session = await kit.signIn('hana@harborvale.example', adminPassword);
  }, 60_000);
  afterAll(() => kit.cleanup());

  it('counts reached, conversions, drop-offs and medians exactly', async () => {
    const map = await get<JourneyMap>(`map?${range}`);
    expect(map.journeys).toBe(6);
    const row = (stage: string) => {
      const s = map.stages.find((x) => x.stage === stage)!;
      return [s.reached, s.from, s.conversion, s.dropOff, s.medianMs === null ? null : s.medianMs / h];
    };
    expect(row('discover')).toEqual([6, null, null, null, null]);
    expect(row('explore')).toEqual([4, 'discover', 4 / 6, 2, 1.5]);
    expect(row('contact')).toEqual([4, 'explore', 3 / 4, 1, 4]);
    expect(row('decide')).toEqual([3, 'contact', 3 / 4, 1, 24]);
    expect(row('service')).toEqual([1, 'decide', 1 / 3, 2, 24]);
    expect(row('payment')).toEqual([1, 'service', 1, 0, 1]);
    expect(row('feedback')).toEqual([1, 'payment', 1, 0, 48]);
    // j1's new intake at 200 h came after its decide at 27 h: a returning client (its lookup at 51 h is service).
    expect(row('return')).toEqual([1, 'decide', 1 / 3, 2, 173]);
    expect(map.weakest).toEqual({
      stage: 'explore',
      from: 'discover',
      conversion: 4 / 6,
      reachedFrom: 6,
      reached: 4,
      dropOff: 2,
    });
  });

  it('shows touchpoints, satisfaction and returning clients', async () => {
    const map = await get<JourneyMap>(`map?${range}&compare=1`);
    const stage = (name: string) => map.stages.find((x) => x.stage === name)!;
    expect(stage('contact').touchpoints).toEqual([
      { type: 'intake.submitted', count: 4 },
      { type: 'faq.opened', count: 1 },
    ]);
    expect(stage('decide').touchpoints).toEqual([{ type: 'intake.retained', count: 3 }]);
    expect(stage('feedback').satisfaction).toEqual({ measure: 'nps', responses: 2, value: 0 });
    expect(stage('service').satisfaction).toEqual({ measure: 'csat', responses: 1, value: 100 });
    expect(stage('contact').satisfaction).toEqual({ measure: 'ces', responses: 1, value: 2 });
    expect(map.returning).toEqual({
      returning: 1,
      decided: 3,
      intakes: 4,
      returningShare: 1 / 4,
      referralShare: 1 / 4,
    });
    expect(map.previous?.journeys).toBe(0);
    expect(map.options.device).toEqual(['desktop', 'phone']);
    expect(map.options.source).toEqual(['referral']);
  });

  it('narrows by a filter and breaks a number down, counts only', async () => {
    const phone = await get<JourneyMap>(`map?${range}&device=phone`);
    expect(phone.journeys).toBe(1);
    expect(phone.stages.map((s) => s.reached)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(phone.touchpointsBy).toBe('device');
    // Two filters (language + device, one summed dimension since issue 18): the same numbers (every journey is in English).
    const phoneInEnglish = await get<JourneyMap>(`map?${range}&device=phone&lang=en`);
    expect(phoneInEnglish.stages.map((s) => [s.reached, s.medianMs])).toEqual(
      phone.stages.map((s) => [s.reached, s.medianMs]),
    );
    const trends = await get<JourneyTrends>(`trends?${range}&device=phone&lang=en`);
    expect(trends.conversions.explore.filter((c) => c !== null)).toEqual([1]);
    const referral = await get<JourneyMap>(`map?${range}&source=referral`);
    expect(referral.journeys).toBe(1);
    const breakdown = await get<JourneyBreakdown>(`breakdown?${range}&stage=contact&dimension=device`);
    expect(breakdown.rows).toEqual([
      { value: 'desktop', reached: 3, share: 3 / 4 },
      { value: 'phone', reached: 1, share: 1 / 4 },
    ]);
    expect(JSON.stringify(breakdown)).not.toContain('journey-hand-made');
    const touch = await get<JourneyBreakdown>(`breakdown?${range}&stage=contact&dimension=touchpoint`);
    expect(touch.rows[0]).toEqual({ value: 'intake.submitted', reached: 4, share: 4 / 5 });
  });

  it('draws trends per day and week', async () => {
    const trends = await get<JourneyTrends>(`trends?from=${T0}&to=${T0 + 10 * 86_400_000}&interval=day`);
    expect(trends.x).toHaveLength(10);
    expect(trends.x[0]).toBe(T0);
    expect(trends.volumes.discover[0]).toBe(6);
    expect(trends.volumes.decide.slice(0, 3)).toEqual([0, 3, 0]);
    expect(trends.conversions.explore.filter((v) => v !== null)).toEqual([4 / 6]);
    expect(trends.nps[4]).toBe(0);
    // j6's intake came at 09:00 UTC and was answered at 20:00 UTC the same day: within one business day.
    expect(trends.responseCompliance[0]).toBe(1);
    const weeks = await get<JourneyTrends>(`trends?from=${T0}&to=${T0 + 28 * 86_400_000}&interval=week`);
    expect(weeks.x[0]).toBe(Date.UTC(2024, 11, 30));
    expect(weeks.volumes.discover[0]).toBe(6);
  });

  it('exports every table as CSV', async () => {
    for (const path of [`map?${range}`, `trends?${range}`, `breakdown?${range}&stage=explore&dimension=lang`]) {
      const res = await kit.call(`/api/admin/sites/harbor-vale/journey/${path}&format=csv`, { session });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await res.text();
      expect(text.split('\r\n').length).toBeGreaterThan(2);
    }
    const map = await (
      await kit.call(`/api/admin/sites/harbor-vale/journey/map?${range}&format=csv`, { session })
    ).text();
    expect(map).toContain('explore,4,discover,66.7,2,1.5');
  });

  it('keeps each firm to its own sites and refuses bad queries', async () => {
    const other = await kit.otherFirm('staff');
    const res = await kit.call(`/api/admin/sites/harbor-vale/journey/map?${range}`, { session: other.session });
    expect(res.status).toBe(404);
    const own = await kit.call(`/api/admin/sites/${other.siteId}/journey/map?${range}`, { session: other.session });
    expect(((await own.json()) as JourneyMap).journeys).toBe(0);
    expect((await kit.call(`/api/admin/sites/harbor-vale/journey/map`)).status).toBe(401);
    for (const bad of [
      'map?from=abc',
      `map?from=${T0}&to=${T0 - 1}`,
      'map?from=0&to=99999999999999',
      'breakdown?stage=contact',
      'map?device=x&nope=1',
    ]) {
      const answer = await kit.call(`/api/admin/sites/harbor-vale/journey/${bad}`, { session });
      expect(answer.status, bad).toBe(422);
    }
  });
});
