import type { PublicSiteConfig } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineWidget, type WidgetContext } from '../widget/define-widget.tsx';
import { dataLayerPush, layerName } from './data-layer.ts';

const page = window as unknown as Record<string, unknown[] | undefined>;
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

const sent: string[] = [];
const server = setupServer(
  http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => HttpResponse.json(site)),
  http.post(`${endpoint}/v1/events`, async ({ request }) => {
    const batch = JSON.parse(await request.text());
    sent.push(...batch.events.map((e: { type: string }) => e.type));
    return HttpResponse.json({ received: batch.events.length });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
  document.body.replaceChildren();
  localStorage.clear();
  sent.length = 0;
  Reflect.deleteProperty(window, 'dataLayer');
  Reflect.deleteProperty(window, 'firmLayer');
});
afterAll(() => server.close());

/** Planted in every prop a widget might carry: none may reach the data layer. */
const personal = { reference: 'HV-ZQ7K2P', name: 'Ann Lee', text: 'my divorce', score: 2, email: 'ann@example.com' };

function SubmitView({ context }: { context: WidgetContext }) {
  const submit = () => {
    context.events.track('contact', 'intake.started');
    context.events.track('contact', 'intake.submitted', { practiceArea: 'family', ...personal });
    context.events.track('contact', 'intake.field_error', { field: 'email' });
  };
  return (
    <button type="button" onClick={submit}>
      Send
    </button>
  );
}
const mount = defineWidget({ name: 'demo', css: '', View: SubmitView });

function place(data: Record<string, string>) {
  const host = document.createElement('retainer-demo');
  document.body.append(host);
  unmounts.push(
    mount(host, { src: `${endpoint}/w/demo.js`, data: { site: 'harbor-vale', ...data } }, { flushDelay: 0 }),
  );
  return within(host.shadowRoot as unknown as HTMLElement);
}

describe('the host page data layer (issue 16)', () => {
  it('pushes only whitelisted events, with only their non-personal facts', () => {
    const push = dataLayerPush('', 'harbor-vale');
    push('faq.asked', { question: 'How much is a divorce?' } as never);
    push('faq.handoff', { channel: 'intake', ...personal });
    push('directory.profile_opened', { lawyer: 'maria-vale', ...personal });
    push('survey.answered', { score: 5, moment: 'end' });
    push('status.lookup_succeeded', { reference: 'HV-ZQ7K2P', stage: 'filed' });
    push('faq.unanswered', {});
    expect(page.dataLayer).toEqual([
      { event: 'retainer_faq_question', widget: 'faq', site: 'harbor-vale' },
      { event: 'retainer_faq_handoff', widget: 'faq', site: 'harbor-vale', channel: 'intake' },
      { event: 'retainer_directory_profile_view', widget: 'directory', site: 'harbor-vale', lawyer: 'maria-vale' },
      { event: 'retainer_survey_answered', widget: 'survey', site: 'harbor-vale' },
      { event: 'retainer_status_checked', widget: 'status', site: 'harbor-vale' },
    ]);
  });

  it('adds to the page’s own data layer, by the name the script gives, and makes one when the page has none', () => {
    const own = [{ event: 'gtm.js' }];
    page.firmLayer = own;
    dataLayerPush('firmLayer', 'harbor-vale')('intake.started');
    dataLayerPush('', 'harbor-vale')('intake.started');
    expect(page.dataLayer).toEqual([{ event: 'retainer_intake_started', widget: 'intake', site: 'harbor-vale' }]);
    expect(page.firmLayer).toBe(own);
    expect(own).toEqual([
      { event: 'gtm.js' },
      { event: 'retainer_intake_started', widget: 'intake', site: 'harbor-vale' },
    ]);
  });

  it('names the layer from data-datalayer: empty or `true` is GTM’s `dataLayer`, a JavaScript name renames it', () => {
    expect(layerName('')).toBe('dataLayer');
    expect(layerName('true')).toBe('dataLayer');
    expect(layerName('firmLayer')).toBe('firmLayer');
    expect(layerName('not a name; alert(1)')).toBe('dataLayer');
  });

  // First: once a widget asked, the page's channel mirrors every widget's events (the data layer is per page).
  it('leaves the page without a data layer when the script has no data-datalayer', async () => {
    const view = place({});
    fireEvent.click(await view.findByRole('button', { name: 'Send' }));
    // The collector still hears them.
    await waitFor(() => expect(sent).toContain('intake.submitted'));
    expect(page.dataLayer).toBeUndefined();
  });
  it('mirrors a widget’s events when the script has data-datalayer, never a planted personal string', async () => {
    const view = place({ datalayer: '' });
    fireEvent.click(await view.findByRole('button', { name: 'Send' }));
    await waitFor(() => expect(page.dataLayer).toHaveLength(2));
    await waitFor(() => expect(sent).toContain('intake.submitted'));
    expect(page.dataLayer).toEqual([
      { event: 'retainer_intake_started', widget: 'intake', site: 'harbor-vale' },
      { event: 'retainer_intake_submitted', widget: 'intake', site: 'harbor-vale', practice_area: 'family' },
    ]);
    const pushed = JSON.stringify(page.dataLayer);
    for (const value of Object.values(personal)) expect(pushed).not.toContain(String(value));
  });

  // Last: a site that requires consent makes the page's shared channel wait for it.
  it('pushes nothing while the site requires consent and the visitor has not given it', async () => {
    const view = place({ datalayer: '', consent: 'required' });
    fireEvent.click(await view.findByRole('button', { name: 'Send' }));
    await import('./data-layer.ts');
    expect(page.dataLayer).toBeUndefined();
  });
});
