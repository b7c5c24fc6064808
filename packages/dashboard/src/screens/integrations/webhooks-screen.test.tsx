import {
  createWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookDelivery,
  type WebhookEndpoint,
  webhookDeliveryList,
  webhookDeliveryQueued,
  webhookEndpoint,
  webhookEndpointList,
  webhookSecretIssued,
} from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { adminSession, received, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const endpoint: WebhookEndpoint = webhookEndpoint.parse({
  id: 'wh-1',
  site: 'harbor-vale',
  url: 'https://hooks.zapier.example/catch/1',
  events: ['intake.submitted', 'matter.created'],
  description: 'Zapier: new leads',
  includePersonalData: false,
  state: 'active',
  stateReason: null,
  previousSecretUntil: null,
  createdAt: received,
  updatedAt: received,
});

const delivery = (overrides: Partial<WebhookDelivery> = {}): WebhookDelivery =>
  ({
    id: 'a-1',
    deliveryId: 'msg_1',
    endpointId: 'wh-1',
    event: 'webhook.test',
    attempt: 1,
    requestBody: '{"type":"webhook.test"}',
    responseStatus: 200,
    responseBody: 'ok',
    durationMs: 42,
    error: null,
    at: received,
    deliveryState: 'sent',
    nextAttemptAt: null,
    ...overrides,
  }) satisfies WebhookDelivery;

const secret = 'whsec_c2VjcmV0LXNob3duLW9uY2U=';

describe('webhooks screen (issue 16)', () => {
  afterEach(() => localStorage.clear());

  it('adds an endpoint: events from the catalogue, a warning with personal data, the secret shown once', async () => {
    let endpoints: WebhookEndpoint[] = [];
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('sites/:site/webhooks'), () =>
        HttpResponse.json(webhookEndpointList.parse({ items: endpoints })),
      ),
      http.post(apiUrl('sites/:site/webhooks'), async ({ request, params }) => {
        const body = createWebhookEndpoint.parse(await request.json());
        sent.push({ site: params.site, body, csrf: request.headers.get('x-csrf-token') });
        endpoints = [{ ...endpoint, ...body, includePersonalData: body.includePersonalData ?? false }];
        return HttpResponse.json(webhookSecretIssued.parse({ id: 'wh-1', secret }), { status: 201 });
      }),
    );
    renderDashboard('/dashboard/webhooks');
    expect(await screen.findByText('No webhook endpoints yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Integrations', current: 'page' })).toBeTruthy();

    const form = screen.getByRole('region', { name: 'Add an endpoint' });
    const events = within(form).getByRole('group', { name: /Events/ });
    expect(within(events).getAllByRole('checkbox')).toHaveLength(10);
    // No event chosen: refused before sending.
    fireEvent.click(within(events).getByRole('checkbox', { name: 'Intake submitted' }));
    fireEvent.input(within(form).getByLabelText(/^URL/), { target: { value: 'https://hooks.example/x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(events).findByText(/required/i)).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.click(within(events).getByRole('checkbox', { name: 'Matter created' }));
    fireEvent.click(within(events).getByRole('checkbox', { name: 'Intake submitted' }));
    fireEvent.input(within(form).getByLabelText(/^Description/), { target: { value: 'Our CRM' } });
    expect(within(form).queryByText(/full intake/)).toBeNull();
    const personal = within(form).getByRole('checkbox', { name: 'Include personal data' });
    fireEvent.click(personal);
    const warning = within(form).getByText(/full intake/);
    expect(personal.getAttribute('aria-describedby')).toContain(warning.id);

    fireEvent.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    const field = await screen.findByLabelText('Signing secret');
    expect((field as HTMLInputElement).value).toBe(secret);
    expect(screen.getByText(/shown only this once/)).toBeTruthy();
    expect(sent).toEqual([
      {
        site: 'harbor-vale',
        body: {
          url: 'https://hooks.example/x',
          description: 'Our CRM',
          // Catalogue order, whatever order they were ticked in.
          events: ['intake.submitted', 'matter.created'],
          includePersonalData: true,
        },
        csrf: adminSession.csrfToken,
      },
    ]);
    const row = await screen.findByRole('row', { name: /hooks\.example\/x/ });
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Included')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByLabelText('Signing secret')).toBeNull());
    expect(document.body.textContent).not.toContain(secret);
  });

  it('sends a test event, shows the delivery log and replays a delivery', async () => {
    let deliveries: WebhookDelivery[] = [];
    const posted: string[] = [];
    server.use(
      http.get(apiUrl('sites/:site/webhooks/:id'), () => HttpResponse.json(webhookEndpoint.parse(endpoint))),
      http.get(apiUrl('sites/:site/webhooks/:id/deliveries'), () =>
        HttpResponse.json(webhookDeliveryList.parse({ items: deliveries, next: null })),
      ),
      http.post(apiUrl('sites/:site/webhooks/:id/test'), ({ params }) => {
        posted.push(`test ${params.id}`);
        deliveries = [
          delivery({
            id: 'a-1',
            responseStatus: 500,
            responseBody: 'Internal error from the receiver',
            deliveryState: 'retrying',
            nextAttemptAt: received + 60_000,
          }),
        ];
        return HttpResponse.json(webhookDeliveryQueued.parse({ deliveryId: 'msg_1' }), { status: 202 });
      }),
      http.post(apiUrl('sites/:site/webhooks/:id/deliveries/:deliveryId/retry'), ({ params }) => {
        posted.push(`retry ${params.deliveryId}`);
        deliveries = [delivery({ id: 'a-2', attempt: 2, at: received + 1000 }), ...deliveries];
        return HttpResponse.json(webhookDeliveryQueued.parse({ deliveryId: 'msg_1' }), { status: 202 });
      }),
    );
    renderDashboard('/dashboard/webhooks/wh-1?site=harbor-vale');
    expect(await screen.findByRole('heading', { name: 'Webhook endpoint', level: 1 })).toBeTruthy();
    expect(await screen.findByText('https://hooks.zapier.example/catch/1')).toBeTruthy();
    expect(screen.getByText('Zapier: new leads')).toBeTruthy();
    expect(await screen.findByText('Nothing delivered yet. Send a test event to try the endpoint.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send test event' }));
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    const first = within(log).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByText('webhook.test')).toBeTruthy();
    expect(within(first).getByText('500')).toBeTruthy();
    expect(within(first).getByText(/retrying/)).toBeTruthy();
    expect(within(first).getByText('42 ms')).toBeTruthy();
    expect(within(first).getByText('Internal error from the receiver')).toBeTruthy();
    expect(await screen.findByText(/Test event queued/)).toBeTruthy();

    fireEvent.click(within(first).getByRole('button', { name: /^Replay webhook\.test of / }));
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(3));
    expect(posted).toEqual(['test wh-1', 'retry msg_1']);
  });

  it('rotates the secret after a confirm, pauses and resumes, and deletes after a confirm', async () => {
    let current = endpoint;
    const calls: unknown[] = [];
    server.use(
      http.get(apiUrl('sites/:site/webhooks'), () => HttpResponse.json(webhookEndpointList.parse({ items: [] }))),
      http.get(apiUrl('sites/:site/webhooks/:id'), () => HttpResponse.json(webhookEndpoint.parse(current))),
      http.get(apiUrl('sites/:site/webhooks/:id/deliveries'), () =>
        HttpResponse.json(webhookDeliveryList.parse({ items: [], next: null })),
      ),
      http.post(apiUrl('sites/:site/webhooks/:id/rotate-secret'), () => {
        calls.push('rotate');
        current = { ...current, previousSecretUntil: Date.now() + 86_400_000 };
        return HttpResponse.json(webhookSecretIssued.parse({ id: 'wh-1', secret }));
      }),
      http.put(apiUrl('sites/:site/webhooks/:id'), async ({ request }) => {
        const body = updateWebhookEndpoint.parse(await request.json());
        calls.push(body);
        current = { ...current, state: body.paused ? 'paused' : 'active', stateReason: body.paused ? 'paused' : null };
        return HttpResponse.json(webhookEndpoint.parse(current));
      }),
      http.delete(apiUrl('sites/:site/webhooks/:id'), () => {
        calls.push('delete');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { dashboard } = renderDashboard('/dashboard/webhooks/wh-1?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const rotate = await screen.findByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(rotate.textContent).toContain('24 hours');
    fireEvent.click(within(rotate).getByRole('button', { name: 'Rotate secret' }));
    expect(((await screen.findByLabelText('Signing secret')) as HTMLInputElement).value).toBe(secret);
    expect(await screen.findByText(/The previous secret also signs until/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getAllByText('Paused').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete endpoint' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this endpoint?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete endpoint' }));
    await waitFor(() => expect(dashboard.router.location.value.path).toBe('/dashboard/webhooks'));
    expect(calls).toEqual(['rotate', { paused: true }, { paused: false }, 'delete']);
  });

  it('edits an endpoint’s URL, events and description in place; Cancel sends nothing; a bad URL is refused', async () => {
    let current = endpoint;
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('sites/:site/webhooks/:id'), () => HttpResponse.json(webhookEndpoint.parse(current))),
      http.get(apiUrl('sites/:site/webhooks/:id/deliveries'), () =>
        HttpResponse.json(webhookDeliveryList.parse({ items: [], next: null })),
      ),
      http.put(apiUrl('sites/:site/webhooks/:id'), async ({ request }) => {
        const body = updateWebhookEndpoint.parse(await request.json());
        sent.push({ body, csrf: request.headers.get('x-csrf-token') });
        current = { ...current, ...body, updatedAt: received + 1 };
        return HttpResponse.json(webhookEndpoint.parse(current));
      }),
    );
    renderDashboard('/dashboard/webhooks/wh-1?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const details = (await screen.findByRole('heading', { name: 'Details' })).closest('section') as HTMLElement;
    const url = within(details).getByLabelText(/^URL/) as HTMLInputElement;
    expect(url.value).toBe(endpoint.url);
    fireEvent.input(url, { target: { value: 'https://hooks.example/changed' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(endpoint.url)).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const again = (await screen.findByRole('heading', { name: 'Details' })).closest('section') as HTMLElement;
    fireEvent.input(within(again).getByLabelText(/^URL/), { target: { value: 'not a url' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save changes' }));
    expect(await within(again).findByText('Enter a web address starting with https://.')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.input(within(again).getByLabelText(/^URL/), { target: { value: 'https://hooks.example/changed' } });
    fireEvent.input(within(again).getByLabelText(/^Description/), { target: { value: 'Our CRM' } });
    fireEvent.click(within(again).getByRole('checkbox', { name: 'Intake submitted' }));
    fireEvent.click(within(again).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('https://hooks.example/changed')).toBeTruthy();
    expect(sent).toEqual([
      {
        body: {
          url: 'https://hooks.example/changed',
          description: 'Our CRM',
          events: ['matter.created'],
          includePersonalData: false,
        },
        csrf: adminSession.csrfToken,
      },
    ]);
    expect(screen.getByText('Our CRM')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('tells staff that only admins manage webhooks, without asking for them', async () => {
    let asked = false;
    server.use(
      http.get(apiUrl('session'), () => HttpResponse.json(staffSession)),
      http.get(apiUrl('sites/:site/webhooks*'), () => {
        asked = true;
        return HttpResponse.json({ items: [] });
      }),
    );
    for (const path of ['/dashboard/webhooks', '/dashboard/webhooks/wh-1?site=harbor-vale']) {
      const view = renderDashboard(path);
      expect(await screen.findByText(/Only admins manage integrations/)).toBeTruthy();
      view.unmount();
    }
    expect(asked).toBe(false);
  });

  it('reads in Russian and Chinese', async () => {
    server.use(
      http.get(apiUrl('sites/:site/webhooks'), () =>
        HttpResponse.json(webhookEndpointList.parse({ items: [endpoint] })),
      ),
    );
    renderDashboard('/dashboard/webhooks');
    await screen.findByRole('row', { name: /hooks\.zapier/ });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { name: 'Вебхуки', level: 1 }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('2 события')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    expect(await screen.findByText('2 个事件', {}, { timeout: 5000 })).toBeTruthy();
  });
});
