import { randomUUID } from 'node:crypto';
import {
  type AdminLawyer,
  type JourneyBreakdown,
  type JourneyMap,
  type JourneyTrends,
  otherLawyer,
} from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { refreshAllCohorts } from './cohorts.ts';

// Issue 14, defect 4: the lawyer filter listed raw ids and people who are not at the firm
// (`anna-petrova`, `james-whitfield` in the demo's generated journeys).
const h = 3_600_000;
const day = 24 * h;
const T0 = Date.UTC(2025, 2, 3);

describe.each(storageKinds)('the lawyer filter of the journey map on %s', (kind) => {
  let kit: AdminKit;
  let hart: AdminLawyer;
  let lin: AdminLawyer;
  let session: Session;
  const range = `from=${T0 - day}&to=${T0 + 20 * day}`;
  const get = async <T>(path: string) => {
    const res = await kit.call(`/api/admin/sites/harbor-vale/journey/${path}`, { session });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    const res = await kit.call('/api/admin/sites/harbor-vale/lawyers', { session: kit.admin });
    const { lawyers } = (await res.json()) as { lawyers: AdminLawyer[] };
    [hart, lin] = lawyers as [AdminLawyer, AdminLawyer];
    expect(lawyers.length).toBeGreaterThan(2);
    await kit.storage.db.updateTable('lawyers').set({ status: 'departed' }).where('id', '=', lin.id).execute();
    // Journeys on several days: [lawyer, device, reaches contact].
    const journeys: [string | null, string, boolean][] = [
      [hart.id, 'phone', true],
      [hart.id, 'desktop', false],
      [lin.id, 'desktop', true],
      ['anna-petrova', 'phone', true],
      ['anna-petrova', 'desktop', false],
      ['james-whitfield', 'phone', false],
      [null, 'phone', true],
    ];
    const events = journeys.flatMap(([lawyer, device, contacts], j) => {
      const at = T0 + (j % 3) * day + j * h;
      const props = { device, lang: 'en', ...(lawyer ? { lawyer } : {}) };
      const journey = `journey-lawyers-${String(j).padStart(4, '0')}`;
      const list = [
        { stage: 'discover', type: 'directory.shown', ts: at, props: { device, lang: 'en' } },
        { stage: 'explore', type: 'directory.profile_opened', ts: at + 60_000, props },
      ];
      if (contacts) list.push({ stage: 'contact', type: 'intake.submitted', ts: at + 600_000, props });
      return list.map((e, i) => ({ ...e, id: `lawyers-${j}-${i}`.padEnd(16, '0'), site: 'harbor-vale', journey }));
    });
    expect((await kit.app.request('/v1/events', post({ id: randomUUID(), events }))).status).toBe(200);
    // A survey answer naming a lawyer whose profile is then deleted: "Other"'s satisfaction counts it.
    const gone = lawyers[2] as AdminLawyer;
    kit.clock.now = T0 + 2 * day;
    session = await kit.signIn('hana@harborvale.example', adminPassword);
    const invited = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session,
      body: { moment: 'end', clientName: 'Ann Lee', lawyer: gone.id },
    });
    const token = new URL(((await invited.json()) as { url: string }).url).hash.replace('#retainer-survey=', '');
    const answered = await kit.app.request('/v1/survey', post({ site: 'harbor-vale', token, score: 10 }));
    expect(answered.status).toBe(201);
    const removed = await kit.call(`/api/admin/sites/harbor-vale/lawyers/${gone.id}`, { session, method: 'DELETE' });
    expect(removed.status).toBeLessThan(300);
    kit.clock.now = T0 + 30 * day;
    session = await kit.signIn('hana@harborvale.example', adminPassword);
  }, 60_000);
  afterAll(() => kit.cleanup());

  const reached = (map: JourneyMap) => map.stages.slice(0, 3).map((s) => s.reached);

  it('offers the site’s lawyers by name and every other value as one "Other"', async () => {
    const map = await get<JourneyMap>(`map?${range}`);
    expect(map.options.lawyer).toEqual([hart.id, lin.id, otherLawyer]);
    expect(map.lawyers.slice(0, 2)).toEqual([
      { id: hart.id, name: hart.name, departed: false },
      { id: lin.id, name: lin.name, departed: true },
    ]);
    expect(JSON.stringify(map.options)).not.toContain('anna-petrova');
  });

  it('filters by "Other" alone and with further filters, the same before and after the cohorts are summed', async () => {
    for (const summed of [false, true]) {
      if (summed) await refreshAllCohorts(kit.storage.db);
      const other = await get<JourneyMap>(`map?${range}&lawyer=${otherLawyer}`);
      expect(other.journeys, `summed: ${summed}`).toBe(3);
      expect(reached(other)).toEqual([3, 3, 1]);
      // Touchpoints come from the daily rollups: the events of those three journeys, discover excluded (no lawyer).
      const explore = other.stages.find((s) => s.stage === 'explore')!;
      expect(explore.touchpoints).toEqual([{ type: 'directory.profile_opened', count: 3 }]);
      const onPhone = await get<JourneyMap>(`map?${range}&lawyer=${otherLawyer}&device=phone`);
      expect(reached(onPhone)).toEqual([2, 2, 1]);
      const three = await get<JourneyMap>(`map?${range}&lawyer=${otherLawyer}&device=phone&lang=en`);
      expect(reached(three)).toEqual([2, 2, 1]);
      const one = await get<JourneyMap>(`map?${range}&lawyer=${hart.id}`);
      expect(reached(one)).toEqual([2, 2, 1]);
      const trends = await get<JourneyTrends>(`trends?${range}&lawyer=${otherLawyer}&interval=day`);
      const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
      // Volumes are events (the rollups), conversions journeys (the cohorts).
      expect([sum(trends.volumes.explore), sum(trends.volumes.contact)]).toEqual([3, 1]);
      expect(trends.conversions.explore.filter((c) => c !== null)).toEqual([1, 1, 1]);
    }
  });

  it('narrows satisfaction to the answers naming someone who is not a lawyer of the site', async () => {
    const nps = (map: JourneyMap) => map.stages.find((s) => s.stage === 'feedback')?.satisfaction;
    expect(nps(await get<JourneyMap>(`map?${range}&lawyer=${otherLawyer}`))).toEqual({
      measure: 'nps',
      responses: 1,
      value: 100,
    });
    expect(nps(await get<JourneyMap>(`map?${range}&lawyer=${hart.id}`))?.responses).toBe(0);
  });

  it('breaks down by lawyer with the same grouping', async () => {
    const breakdown = await get<JourneyBreakdown>(`breakdown?${range}&stage=explore&dimension=lawyer`);
    expect(breakdown.rows.map((r) => [r.value, r.reached])).toEqual([
      [otherLawyer, 3],
      [hart.id, 2],
      ['', 1],
      [lin.id, 1],
    ]);
  });
});
