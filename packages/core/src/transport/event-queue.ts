/**
 * Journey events, batched: up to 50 per request, sent shortly after the first
 * one queues, and flushed when the page is hidden or left. Every batch goes
 * with `keepalive` (`transport.send`), so the last ones survive navigation.
 *
 * @example
 *   const events = createEventQueue({ transport, site: 'harbor-vale', journey });
 *   events.track('contact', 'intake.started');
 *   // later, or on pagehide: POST /v1/events { id, events: [ … ] }
 */
import { type EventBatch, type JourneyEvent, type JourneyStage, maxEventsPerBatch } from '@retainer/schema';
import { warn } from '../errors.ts';
import { newId } from '../ids.ts';
import { deviceClass, referrerDomain } from '../journey/dimensions.ts';
import type { Journey } from '../journey/journey.ts';
import type { Transport } from './transport.ts';

export type EventQueue = {
  track(stage: JourneyStage, type: string, props?: JourneyEvent['props']): void;
  flush(): Promise<void>;
  /** Removes the page lifecycle listeners. */
  close(): void;
};

export type EventQueueOptions = {
  transport: Transport;
  site: string;
  journey: Journey;
  /** Milliseconds to wait for more events before sending a batch. */
  flushDelay?: number;
};

export function createEventQueue({ transport, site, journey, flushDelay = 2000 }: EventQueueOptions): EventQueue {
  const pending: JourneyEvent[] = [];
  // A journey begun on this page names where the visitor came from, once, on its first event.
  let ref = journey.fresh ? referrerDomain(document.referrer, location.hostname) : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush() {
    clearTimeout(timer);
    timer = undefined;
    const sends: Promise<unknown>[] = [];
    while (pending.length > 0) {
      const batch: EventBatch = { id: newId(), events: pending.splice(0, maxEventsPerBatch) };
      sends.push(transport.send('/v1/events', batch).catch((error) => warn('could not send journey events', error)));
    }
    await Promise.all(sends);
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  return {
    track(stage, type, props) {
      const id = journey.id();
      if (!id) return; // consent required and not given, or Global Privacy Control on: nothing is sent
      const facts: NonNullable<JourneyEvent['props']> = { device: deviceClass(window.innerWidth), ...props };
      if (ref) facts.ref = ref;
      ref = undefined;
      pending.push({ id: newId(), site, journey: id, stage, type, ts: Date.now(), props: facts });
      if (pending.length >= maxEventsPerBatch) void flush();
      else timer ??= setTimeout(() => void flush(), flushDelay);
    },
    flush,
    close() {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(timer);
    },
  };
}
