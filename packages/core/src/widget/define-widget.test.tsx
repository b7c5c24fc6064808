import type { PublicSiteConfig } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RetainerGlobal } from '../commands/command-queue.ts';
import { defineWidget, type WidgetContext } from './define-widget.tsx';

const endpoint = 'https://collector.example';
const site = {
  site: 'harbor-vale',
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  referencePrefix: 'HV',
  defaultLanguage: 'en',
  theme: { accent: '#004d40', radius: 4 },
  practiceAreas: [],
  contact: {},
  intake: {
    fields: [{ name: 'name', required: true }],
    disclaimer: { version: 1, text: { en: 'Notice.' } },
    responseTarget: { amount: 1, unit: 'day' },
    minFillMs: 0,
  },
} satisfies PublicSiteConfig;

let configRequests = 0;
const events: { site: string; type: string; stage: string; journey: string }[] = [];
const server = setupServer(
  http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => {
    configRequests++;
    return HttpResponse.json(site);
  }),
  http.post(`${endpoint}/v1/events`, async ({ request }) => {
    const batch = JSON.parse(await request.text());
    events.push(...batch.events);
    return HttpResponse.json({ received: batch.events.length });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
  document.body.replaceChildren();
  localStorage.clear();
  events.length = 0;
});
afterAll(() => server.close());

function DemoView({ context }: { context: WidgetContext }) {
  return (
    <div>
      <h2>{context.site.name}</h2>
      <input aria-label="Your name" />
    </div>
  );
}
const mount = defineWidget({ name: 'demo', css: '.x{color:red}', View: DemoView });

function place(data: Record<string, string> = {}) {
  const host = document.createElement('retainer-demo');
  document.body.append(host);
  const unmount = mount(
    host,
    { src: `${endpoint}/w/demo.js`, data: { site: 'harbor-vale', ...data } },
    {
      retryDelay: () => 0,
      flushDelay: 0,
    },
  );
  unmounts.push(unmount);
  return { host, unmount, view: within(host.shadowRoot as unknown as HTMLElement) };
}

describe('defineWidget', () => {
  // This runs first: the page's runtime is created by the first mount, and takes over the queue then.
  it("runs Retainer('open') calls queued before load once the content is there", async () => {
    const stub: RetainerGlobal = (...args: unknown[]) => {
      stub.q ??= [];
      stub.q.push(args);
    };
    (window as Window & { Retainer?: RetainerGlobal }).Retainer = stub;
    stub('open', 'demo');
    const { host, view } = place();
    const input = await view.findByRole('textbox', { name: 'Your name' });
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(input));
    expect((window as Window & { Retainer?: RetainerGlobal }).Retainer?.loaded).toBe(true);
  });

  it('shows a skeleton, then the view with the site config, then tells the page it is ready', async () => {
    const ready: Event[] = [];
    document.addEventListener('retainer:ready', (event) => ready.push(event), { once: true });
    const { host, view } = place({ lang: 'en' });
    expect(host.shadowRoot?.querySelector('.skeleton')).not.toBeNull();
    expect(ready).toHaveLength(0);
    await view.findByRole('heading', { name: 'Harbor & Vale LLP' });
    await waitFor(() => expect(ready).toHaveLength(1));
    expect(host.shadowRoot?.querySelector('.skeleton')).toBeNull();
    expect(host.shadowRoot?.querySelector('.root')?.getAttribute('lang')).toBe('en');
    const css = (host.shadowRoot?.adoptedStyleSheets ?? [])
      .flatMap((s) => Array.from(s.cssRules, (r) => r.cssText))
      .join('');
    expect(css).toMatch(/--retainer-accent:\s*#004d40/);
  });

  it('keeps the space the loader reserved until the first interaction', async () => {
    const host = document.createElement('retainer-demo');
    document.body.append(host);
    const reserve = new CSSStyleSheet();
    reserve.replaceSync('.root{min-height:900px}');
    host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [reserve];
    unmounts.push(mount(host, { src: `${endpoint}/w/demo.js`, data: { site: 'harbor-vale' } }));
    expect(host.shadowRoot?.adoptedStyleSheets).toContain(reserve);
    const input = await within(host.shadowRoot as unknown as HTMLElement).findByRole('textbox');
    expect(host.shadowRoot?.adoptedStyleSheets).toContain(reserve);
    fireEvent.click(input);
    expect(host.shadowRoot?.adoptedStyleSheets).not.toContain(reserve);
  });

  it('keeps no journey and sends no events on a consent-required site until consent is given', async () => {
    const { view } = place({ consent: 'required' });
    fireEvent.input(await view.findByRole('textbox', { name: 'Your name' }), { target: { value: 'x' } });
    expect(localStorage.length).toBe(0);

    const retainer = (window as Window & { Retainer?: RetainerGlobal }).Retainer as RetainerGlobal;
    retainer('consent', true);
    const second = place({ consent: 'required' });
    fireEvent.click(await second.view.findByRole('textbox', { name: 'Your name' }));
    expect(localStorage.getItem('retainer:journey:harbor-vale')).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    retainer('consent', false);
    expect(localStorage.length).toBe(0);
  });

  it('asks for the site config in a task after the one that starts its channel (issue 18)', async () => {
    const asked: string[] = [];
    const count = ({ request }: { request: Request }) => void asked.push(request.url);
    server.events.on('request:start', count);
    try {
      const { view } = place();
      // The mount yields once before it starts the channel; this timeout runs right after that task.
      await new Promise((resolve) => setTimeout(resolve));
      expect(asked).toEqual([]);
      await view.findByRole('heading', { name: 'Harbor & Vale LLP' });
      expect(asked).toContain(`${endpoint}/v1/sites/harbor-vale/config`);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it('fetches the config once per mount and unmounts cleanly', async () => {
    const before = configRequests;
    const { host, unmount, view } = place();
    await view.findByRole('heading');
    unmount();
    expect(configRequests - before).toBe(1);
    expect(host.shadowRoot?.querySelector('.root')).toBeNull();
  });
});
