/**
 * State shared by every widget on the page, created once by the first widget
 * that mounts: visitor consent, `Retainer('open', …)` routing, and one event
 * queue per collector and site.
 */
import { signal } from '@preact/signals';
import { installCommandQueue } from '../commands/command-queue.ts';
import { requestSurvey } from '../commands/survey-trigger.ts';
import { warn } from '../errors.ts';
import { createJourney, type Journey } from '../journey/journey.ts';
import { privacySignal } from '../journey/privacy.ts';
import { createEventQueue, type EventQueue } from '../transport/event-queue.ts';
import { createTransport, type Transport, type TransportOptions } from '../transport/transport.ts';

export type Runtime = ReturnType<typeof createRuntime>;

/** A collector + site pair: one transport, one journey and one event queue shared by its widgets. */
export type SiteChannel = { transport: Transport; journey: Journey; events: EventQueue };

export function createRuntime(options: TransportOptions & { flushDelay?: number } = {}) {
  /** Undefined until the page says; only matters for sites that set `data-consent="required"`. */
  const consent = signal<boolean | undefined>(undefined);
  const openers = new Map<string, () => void>();
  const pendingOpens = new Set<string>();
  const channels = new Map<string, SiteChannel>();
  const sitesRequiringConsent = new Set<string>();

  installCommandQueue(window, {
    consent(granted) {
      consent.value = granted;
      if (!granted) for (const channel of channels.values()) channel.journey.forget();
    },
    open(widget) {
      const open = openers.get(widget);
      if (open) open();
      else pendingOpens.add(widget); // runs once that widget mounts
    },
    // The loader that carries the survey finds or makes its placement (see commands/survey-trigger.ts).
    survey: requestSurvey,
  });

  return {
    consent,
    options,
    channel(endpoint: string, site: string, consentRequired: boolean): SiteChannel {
      const key = `${endpoint} ${site}`;
      // One widget on the page saying the site requires consent is enough for all of them.
      if (consentRequired) sitesRequiringConsent.add(key);
      let channel = channels.get(key);
      if (!channel) {
        // Global Privacy Control outranks everything: the site cannot switch it off (issue 8).
        const allowed = () =>
          !privacySignal() && (consent.value === true || (!sitesRequiringConsent.has(key) && consent.value !== false));
        const transport = createTransport(endpoint, options);
        const journey = createJourney(site, allowed);
        const events = createEventQueue({ transport, site, journey, flushDelay: options.flushDelay ?? 2000 });
        channel = { transport, journey, events };
        channels.set(key, channel);
      }
      return channel;
    },
    /** Registers what `Retainer('open', widget)` does; returns the cleanup. */
    onOpen(widget: string, open: () => void): () => void {
      if (openers.has(widget)) warn(`${widget}: more than one on the page; Retainer('open') opens the last one`);
      openers.set(widget, open);
      if (pendingOpens.delete(widget)) open();
      return () => {
        if (openers.get(widget) === open) openers.delete(widget);
      };
    },
  };
}

let shared: Runtime | undefined;

/** The page's runtime; options only count for the first call. */
export function pageRuntime(options?: Parameters<typeof createRuntime>[0]): Runtime {
  shared ??= createRuntime(options);
  return shared;
}
