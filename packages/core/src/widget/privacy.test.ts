import type { EventBatch } from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RetainerGlobal } from '../commands/command-queue.ts';
import { createRuntime } from './runtime.ts';

const endpoint = 'https://collector.example';
const batches: EventBatch[] = [];
const server = setupServer(
  http.post(`${endpoint}/v1/events`, async ({ request }) => {
    batches.push(JSON.parse(await request.text()) as EventBatch);
    return HttpResponse.json({ received: 1 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  batches.length = 0;
  localStorage.clear();
  Reflect.deleteProperty(navigator, 'globalPrivacyControl');
});
afterAll(() => server.close());

const retainer = () => (window as Window & { Retainer?: RetainerGlobal }).Retainer as RetainerGlobal;
const sent = () => batches.flatMap((b) => b.events);

function channel(consentRequired: boolean) {
  const runtime = createRuntime({ retryDelay: () => 0 });
  return runtime.channel(endpoint, 'harbor-vale', consentRequired);
}

describe('consent and Global Privacy Control', () => {
  it('keeps no journey id and sends nothing before consent on a consent-required site', async () => {
    const { events, journey } = channel(true);
    expect(journey.touch()).toBeUndefined();
    events.track('discover', 'intake.shown');
    events.track('contact', 'intake.started');
    await events.flush();
    expect(localStorage.length).toBe(0);
    expect(batches).toEqual([]);

    retainer()('consent', true);
    const id = journey.touch();
    expect(localStorage.getItem('retainer:journey:harbor-vale')).toBe(id);
    events.track('contact', 'intake.started');
    await events.flush();
    expect(sent().map((e) => [e.type, e.journey])).toEqual([['intake.started', id]]);
    events.close();
  });

  it('sends no analytics and stores no journey id when GPC is on, even after consent', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { events, journey } = channel(false);
    retainer()('consent', true);
    expect(journey.id()).toBeUndefined();
    expect(journey.touch()).toBeUndefined();
    events.track('discover', 'intake.shown');
    await events.flush();
    expect(localStorage.length).toBe(0);
    expect(batches).toEqual([]);
    events.close();
  });

  it('tracks as usual without GPC and without a consent requirement', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: false, configurable: true });
    const { events, journey } = channel(false);
    journey.touch();
    events.track('discover', 'intake.shown');
    await events.flush();
    expect(sent()).toHaveLength(1);
    events.close();
  });
});
