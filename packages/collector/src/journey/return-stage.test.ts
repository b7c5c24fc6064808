/**
 * Issue 14, defect 3: `return` is a client coming back for new help — a new intake from a journey that
 * already reached `decide`, or from an email of an earlier retained intake or matter (keyed email index).
 * A status lookup of an existing matter is `service`, never `return`. The demo generator follows suit.
 */
import { randomUUID } from 'node:crypto';
import type { JourneyMap, StageSummary } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { generateJourneys } from './generate-journeys.ts';
import { weakestStep } from './stage-math.ts';

const h = 3_600_000;
const T0 = Date.UTC(2025, 0, 1);

describe.each(storageKinds)('the return stage on %s', (kind) => {
  let kit: AdminKit;
  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  const send = async (journey: string, list: [hours: number, stage: string, type: string][]) => {
    const body = {
      id: randomUUID(),
      events: list.map(([hours, stage, type], i) => ({
        id: `${journey}-${hours}-${i}`.padEnd(16, '0'),
        site: 'harbor-vale',
        journey,
        stage,
        type,
        ts: T0 + hours * h,
      })),
    };
    expect((await kit.app.request('/v1/events', post(body))).status).toBe(200);
  };
  const returnAt = async (journey: string) =>
    (
      await kit.db
        .selectFrom('journeys')
        .select('return_at')
        .where('site', '=', 'harbor-vale')
        .where('journey', '=', journey)
        .executeTakeFirst()
    )?.return_at ?? null;
  const retain = async (id: string) => {
    for (const state of ['contacted', 'retained'] as const) {
      const res = await kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state } });
      expect(res.status).toBe(200);
    }
  };

  it('counts a status lookup after decide as service, and only a new intake as return', async () => {
    const journey = `journey-return-${randomUUID().slice(0, 8)}`;
    await send(journey, [
      [0, 'contact', 'intake.submitted'],
      [24, 'decide', 'intake.retained'],
      [48, 'service', 'status.lookup_succeeded'],
      [49, 'service', 'status.lookup_succeeded'],
    ]);
    expect(await returnAt(journey)).toBeNull();
    await send(journey, [[30 * 24, 'contact', 'intake.submitted']]);
    expect(Number(await returnAt(journey))).toBe(T0 + 30 * 24 * h);
  });

  it('marks a new intake from the email of a retained intake or a matter as return, on any device', async () => {
    kit.clock.now = T0;
    const first = await kit.submit({ email: 'Returning.Client@Example.com' }, { journey: `journey-${randomUUID()}` });
    await retain(first);
    const matter = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Bo Matter', clientEmail: 'bo@example.com', practiceArea: 'family' },
    });
    expect(matter.status).toBe(201);

    kit.clock.now = T0 + 90 * 24 * h;
    // Another device: a journey that never reached decide.
    const again = `journey-${randomUUID()}`;
    await kit.submit({ email: ' returning.client@example.COM ' }, { journey: again });
    expect(Number(await returnAt(again))).toBe(kit.clock.now);
    const viaMatter = `journey-${randomUUID()}`;
    await kit.submit({ email: 'bo@example.com' }, { journey: viaMatter });
    expect(Number(await returnAt(viaMatter))).toBe(kit.clock.now);
    // A stranger, and a prospect whose earlier intake was never retained, are not returning clients.
    const stranger = `journey-${randomUUID()}`;
    await kit.submit({ email: 'stranger@example.com' }, { journey: stranger });
    await kit.submit({ email: 'stranger@example.com' }, { journey: stranger });
    expect(await returnAt(stranger)).toBeNull();

    const res = await kit.call(
      `/api/admin/sites/harbor-vale/journey/map?from=${kit.clock.now - h}&to=${kit.clock.now + h}`,
      { session: await kit.signIn('hana@harborvale.example', adminPassword) },
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const map = (await res.json()) as JourneyMap;
    expect(map.returning.returning).toBe(2);
    // Nothing in clear: the event carries no address.
    const events = await kit.db.selectFrom('events').select(['props']).where('stage', '=', 'return').execute();
    expect(events.length).toBe(2);
    expect(JSON.stringify(events)).not.toMatch(/example\.com/i);
  });
});

describe('the weakest step', () => {
  it('is never Decide → Return: coming back is rare by nature, not a drop-off', () => {
    const stage = (name: StageSummary['stage'], from: StageSummary['from'], reached: number, base: number) => ({
      stage: name,
      reached,
      from,
      conversion: from ? reached / base : null,
      dropOff: from ? base - reached : null,
      medianMs: null,
      touchpoints: [],
      satisfaction: null,
    });
    const stages = [
      stage('contact', null, 100, 0),
      stage('decide', 'contact', 40, 100),
      stage('service', 'decide', 30, 40),
      stage('return', 'decide', 1, 40),
    ];
    expect(weakestStep(stages)?.stage).toBe('decide');
  });
});

describe('the demo journey generator', () => {
  const events = [...generateJourneys({ site: 'demo', events: 30_000, end: T0, spanDays: 365, seed: 14 })].flat();

  it('makes returns from new intakes, never from lookups of the old matter', () => {
    const decided = new Map<string, number>();
    let returns = 0;
    for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
      if (e.stage === 'decide') decided.set(e.journey, decided.get(e.journey) ?? e.ts);
      const decide = decided.get(e.journey);
      if (decide === undefined || e.ts <= decide || e.stage === 'decide') continue;
      if (e.type === 'intake.submitted') returns += 1;
      if (e.type === 'status.lookup_succeeded') expect(e.stage).toBe('service');
    }
    expect(returns).toBeGreaterThan(0);
  });

  it('keeps every survey score on its measure’s scale (CES and CSAT 1–5, NPS 0–10)', () => {
    const scales: Record<string, [number, number]> = { ces: [1, 5], csat: [1, 5], nps: [0, 10] };
    let answers = 0;
    for (const e of events) {
      if (e.type !== 'survey.answered') continue;
      const { measure, score } = JSON.parse(e.props ?? '{}') as { measure: string; score: number };
      const [min, max] = scales[measure]!;
      expect(score, measure).toBeGreaterThanOrEqual(min);
      expect(score, measure).toBeLessThanOrEqual(max);
      answers += 1;
    }
    expect(answers).toBeGreaterThan(0);
  });
});
