import type { EventBatch } from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJourney } from '../journey/journey.ts';
import { createEventQueue } from './event-queue.ts';
import { createTransport } from './transport.ts';

const endpoint = 'https://collector.example';
// happy-dom's Request drops `keepalive`, so these tests see that hiding the page flushes, not the flag itself.
const received: { batch: EventBatch; contentType: string | null }[] = [];
const server = setupServer(
  http.post(`${endpoint}/v1/events`, async ({ request }) => {
    const batch = JSON.parse(await request.text()) as EventBatch;
    received.push({ batch, contentType: request.headers.get('content-type') });
    return HttpResponse.json({ received: batch.events.length });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received.length = 0;
  localStorage.clear();
});
afterAll(() => server.close());

function queue(allowed = true) {
  const transport = createTransport(endpoint, { retryDelay: () => 0 });
  const journey = createJourney('harbor-vale', () => allowed);
  // A long delay: only a full batch or an explicit flush sends.
  return { events: createEventQueue({ transport, site: 'harbor-vale', journey, flushDelay: 60_000 }), journey };
}

describe('event queue', () => {
  it('sends full batches of 50 at once and the rest on flush, each batch with its own id', async () => {
    const { events, journey } = queue();
    for (let i = 0; i < 120; i++) events.track('discover', 'intake.shown', { n: i });
    await events.flush();
    events.close();
    expect(received.map((r) => r.batch.events.length)).toEqual([50, 50, 20]);
    expect(new Set(received.map((r) => r.batch.id)).size).toBe(3);
    expect(received.every((r) => r.contentType?.startsWith('text/plain'))).toBe(true);
    const all = received.flatMap((r) => r.batch.events);
    expect(all.map((e) => e.props?.n)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(new Set(all.map((e) => e.journey))).toEqual(new Set([journey.id()]));
    expect(new Set(all.map((e) => e.id)).size).toBe(120);
  });

  it('flushes when the page is hidden or left', async () => {
    const { events } = queue();
    events.track('contact', 'intake.started');
    window.dispatchEvent(new Event('pagehide'));
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]?.batch.events[0]?.type).toBe('intake.started');

    events.track('contact', 'intake.submitted');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await expect.poll(() => received.length).toBe(2);
    events.close();

    events.track('contact', 'intake.started');
    window.dispatchEvent(new Event('pagehide'));
    await events.flush();
    expect(received).toHaveLength(3); // after close, only the explicit flush sent it
  });

  it('sends nothing when consent does not allow a journey', async () => {
    const { events } = queue(false);
    events.track('discover', 'intake.shown');
    await events.flush();
    events.close();
    expect(received).toHaveLength(0);
  });
});
