import type { EventBatch } from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEventQueue } from '../transport/event-queue.ts';
import { createTransport } from '../transport/transport.ts';
import { deviceClass, referrerDomain } from './dimensions.ts';
import { createJourney } from './journey.ts';

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
});
afterAll(() => server.close());

describe('event dimensions', () => {
  it('classes devices by viewport width', () => {
    expect([320, 599, 600, 1023, 1024, 1920].map(deviceClass)).toEqual([
      'phone',
      'phone',
      'tablet',
      'tablet',
      'desktop',
      'desktop',
    ]);
  });

  it('keeps only the referrer domain, and nothing for the same site or a direct visit', () => {
    expect(referrerDomain('https://www.google.com/search?q=divorce+lawyer', 'harborvale.example')).toBe('google.com');
    expect(referrerDomain('https://harborvale.example/team', 'harborvale.example')).toBeUndefined();
    expect(referrerDomain('', 'harborvale.example')).toBeUndefined();
  });

  it("adds the device to every event and the referrer to a new journey's first event only", async () => {
    Object.defineProperty(document, 'referrer', { value: 'https://www.bing.com/search?q=lawyer', configurable: true });
    const transport = createTransport(endpoint, { retryDelay: () => 0 });
    const events = createEventQueue({
      transport,
      site: 'harbor-vale',
      journey: createJourney('harbor-vale', () => true),
      flushDelay: 60_000,
    });
    events.track('discover', 'intake.shown', { lang: 'ru' });
    events.track('contact', 'intake.started');
    await events.flush();
    events.close();
    const props = batches.flatMap((b) => b.events).map((e) => e.props);
    expect(props[0]).toEqual({ device: deviceClass(window.innerWidth), lang: 'ru', ref: 'bing.com' });
    expect(props[1]).toEqual({ device: deviceClass(window.innerWidth) });
    Reflect.deleteProperty(document, 'referrer');
  });
});
