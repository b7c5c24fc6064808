/**
 * The one hook object every widget fills in: a name, its CSS and its view.
 * `defineWidget` turns it into the `mount` function the loader calls, doing
 * what all widgets share: config, shadow root, theme, language, site config,
 * loading and failure states, the `shown` impression, `retainer:ready` and
 * `Retainer('open', name)`.
 *
 * @example
 *   export const mount = defineWidget({ name: 'intake', css: intakeCss, View: IntakeView });
 *   // loader: mount(host, { src: script.src, data: { ...script.dataset } });
 */
import { signal } from '@preact/signals';
import type { Language, PublicSiteConfig } from '@retainer/schema';
import type { ComponentType } from 'preact';
import { render } from 'preact';
import { readWidgetConfig, type ScriptSettings, type WidgetConfig } from '../config/read-config.ts';
import { warn } from '../errors.ts';
import { emitHostEvent, type HostEventDetail } from '../host-events.ts';
import { loadMessages, type Messages } from '../i18n/load-messages.ts';
import { resolveLanguage } from '../i18n/resolve-language.ts';
import { baseCss } from '../mount/base-styles.ts';
import { mountShadow, styleSheet } from '../mount/mount-shadow.ts';
import { writeTheme } from '../theme/theme.ts';
import { describeFailure } from '../transport/failure.ts';
import type { TransportOptions } from '../transport/transport.ts';
import { observeShown } from './observe-shown.ts';
import { pageRuntime, type SiteChannel } from './runtime.ts';
import { type LoadState, Shell } from './shell.tsx';
import { warmLocaleData } from './warm-locale-data.ts';
import { yieldToMain } from './yield-to-main.ts';

/** `Own`: the widget's own messages (`WidgetDefinition.messages`), beside the ones every widget shares. */
export type WidgetContext<Own extends object = object> = SiteChannel & {
  host: HTMLElement;
  config: WidgetConfig;
  site: PublicSiteConfig;
  lang: Language;
  t: Messages & Own;
  emit(type: `retainer:${string}`, detail: HostEventDetail): void;
};

export type WidgetDefinition<Own extends object = object> = {
  name: string;
  css: string;
  View: ComponentType<{ context: WidgetContext<Own> }>;
  /** The widget's own messages (a `messageLoader`): loaded with the site config, merged into `context.t`. */
  messages?: (lang: Language) => Promise<Own>;
  /** What `Retainer('open', name)` does once the widget shows; default: scroll to it and focus its first field. */
  open?: (host: HTMLElement) => void;
  /** The view shows an `<input type="date">` at its first render: its locale data is loaded before (issue 18). */
  dateInput?: boolean;
};

export type MountOptions = TransportOptions & {
  /** Milliseconds events wait for company before they are sent. */
  flushDelay?: number;
  browserLanguages?: readonly string[];
};

/** Mounts one instance into `host`; returns the unmount. */
export type Mount = (host: HTMLElement, script: ScriptSettings, options?: MountOptions) => () => void;

const interactions = ['input', 'change', 'click', 'keydown'];

type Track = SiteChannel['events']['track'];

/** Every event names its language. Reads `events.track` at each call: the data layer may wrap it (issue 16). */
const withLanguage =
  (events: SiteChannel['events'], lang: Language): Track =>
  (stage, type, props) =>
    events.track(stage, type, { lang, ...props });

export function defineWidget<Own extends object = object>({
  name,
  css,
  View,
  messages: ownMessages,
  open,
  dateInput,
}: WidgetDefinition<Own>): Mount {
  return (host, script, options = {}) => {
    const config = readWidgetConfig(name, script, host);
    // The space the loader reserved stays until the visitor first interacts: the content may grow past it but
    // never shrinks the page under them while it renders. A copy: in browsers `adoptedStyleSheets` is a live array.
    const reservation = [...(host.shadowRoot?.adoptedStyleSheets ?? [])];
    const shadow = mountShadow(host, [styleSheet(baseCss), styleSheet(css)]);
    const release = () => {
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((sheet) => !reservation.includes(sheet));
    };
    writeTheme(host, config.accent ? { accent: config.accent } : {});
    const lang = resolveLanguage(config.lang, host, options.browserLanguages);

    // The loader may have made the root already, to hold the reserved space while this chunk loaded.
    const container = shadow.querySelector<HTMLElement>('.root') ?? document.createElement('div');
    container.className = 'root';
    container.setAttribute('part', 'root');
    container.lang = lang;
    shadow.append(container);

    const state = signal<LoadState<WidgetContext<Own>>>({ status: 'loading' });
    const cleanups: (() => void)[] = [];
    const emit: WidgetContext['emit'] = (type, detail) => emitHostEvent(host, type, detail);
    let stopped = false;
    /** Set once started: what happens when the view or the failure notice is in the DOM. */
    let contentShown: (status: 'ready' | 'failed') => void = () => {};
    const onContent = (status: 'ready' | 'failed') => contentShown(status);
    // The skeleton now, in the task that evaluated the widget's chunks; the rest in later tasks (issue 18).
    render(<Shell state={state} View={View} onContent={onContent} />, container);
    void yieldToMain().then(() => stopped || start());

    return () => {
      stopped = true;
      for (const cleanup of cleanups) cleanup();
      render(null, container);
      container.remove();
    };

    function start() {
      const runtime = pageRuntime(options);
      const channel = runtime.channel(config.endpoint, config.site, config.consentRequired);
      // Issue 16: `data-datalayer` on the script tag fetches the data layer's code, which wraps the channel's events.
      if (script.data.datalayer != null)
        void import('../analytics/data-layer.ts').then((m) => m.default(channel, config, script));

      // The first interaction of any kind: a journey id may now be stored, and the widget may take its own height
      // (a change the visitor caused, so not a layout shift).
      const stopListening = () => {
        for (const type of interactions) shadow.removeEventListener(type, firstInteraction, true);
      };
      const firstInteraction = () => {
        channel.journey.touch();
        release();
        stopListening();
      };
      for (const type of interactions) shadow.addEventListener(type, firstInteraction, true);
      cleanups.push(stopListening);

      async function load() {
        // Not in the task that made the channel: each is a long task of its own with the CPU slowed 4× (issue 18).
        await yieldToMain();
        state.value = { status: 'loading' };
        const messages = loadMessages(lang);
        const own = ownMessages?.(lang);
        try {
          const site = await channel.transport.get<PublicSiteConfig>(`/v1/sites/${config.site}/config`);
          writeTheme(host, { accent: config.accent ?? site.theme.accent, radius: site.theme.radius ?? 6 });
          // Every event of this widget names its language: the journey map filters on it.
          // Only pages that ask fetch the data layer's code (issue 16): it is not in every visitor's bytes.
          const events = { ...channel.events, track: withLanguage(channel.events, lang) };
          const t = { ...(await messages), ...(await own) } as Messages & Own;
          const context: WidgetContext<Own> = { ...channel, events, host, config, site, lang, t, emit };
          // The view is the biggest render: in a task of its own, not after the config's parse, and not before the
          // locale data is warm, or its first date field or format pays for it (issue 18).
          await warmed;
          await yieldToMain();
          if (!stopped) state.value = { status: 'ready', context };
        } catch (error) {
          warn(`${name}: could not load the settings of site "${config.site}" from ${config.endpoint}`, error);
          const failure = await describeFailure(error).catch(() => undefined);
          const requestId = failure?.kind === 'problem' ? failure.requestId : undefined;
          state.value = { status: 'failed', t: await messages, retry: () => void load(), requestId };
        }
      }

      let ready = false;
      contentShown = (status) => {
        if (status === 'failed') release(); // a short notice in a tall empty box helps nobody
        if (status !== 'ready' || ready) return;
        ready = true;
        cleanups.push(
          observeShown(host, () => channel.events.track('discover', `${name}.shown`, { lang })),
          // `Retainer('open', name)` — also one queued before the widget loaded — acts once there is a form to open.
          runtime.onOpen(name, () => {
            if (open) return open(host);
            host.scrollIntoView({ block: 'start', behavior: 'smooth' });
            shadow
              .querySelector<HTMLElement>('input:not([tabindex="-1"]),select,textarea,button')
              ?.focus({ preventScroll: true });
          }),
        );
        emit('retainer:ready', { widget: name, site: config.site });
      };
      // While the config is on its way: the locale data the view will use, in short tasks (issue 18).
      const warmed = warmLocaleData(lang, dateInput);
      void load();
    }
  };
}
