/**
 * A fake collector for the tracker's component tests, at the HTTP boundary (msw): the site config,
 * the three status endpoints with one matter (reference `HV-7K3M-Q9TD`, code `ABCD-EFGH-JKMN`) and the
 * journey events that arrive.
 */
import {
  defaultIntakeFields,
  type EventBatch,
  type MatterView,
  type PublicSiteConfig,
  type StatusNotify,
  statusNotify,
} from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export const endpoint = 'https://collector.example';
export const reference = 'HV-7K3M-Q9TD';
export const code = 'ABCD-EFGH-JKMN';
const day = 86_400_000;

export const siteConfig: PublicSiteConfig = {
  site: 'harbor-vale',
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  referencePrefix: 'HV',
  defaultLanguage: 'en',
  theme: { accent: '#1f4e79', radius: 6 },
  practiceAreas: [{ id: 'family', label: { en: 'Family law' } }],
  contact: { phone: '+1 617 555 0142', email: 'intake@harborvale.example' },
  intake: {
    fields: defaultIntakeFields,
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship yet.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 0,
  },
};

export function demoMatter(now = Date.now()): MatterView {
  return {
    reference,
    practiceArea: 'family',
    clientName: 'Ann Lee',
    stages: [
      { key: 'intake-review', label: 'Reviewing your case', state: 'done' },
      { key: 'engagement', label: 'Engagement signed', state: 'done' },
      { key: 'filing', label: 'Filing', description: 'We file the papers with the court.', state: 'current' },
      { key: 'negotiation', label: 'Negotiation', description: 'We talk with the other side.', state: 'upcoming' },
      { key: 'closed', label: 'Matter closed', state: 'upcoming' },
    ],
    updates: [{ id: 'u1', text: 'We filed the petition.', createdAt: now - 3 * day, author: 'Eleanor Hart' }],
    nextStep: { text: 'Hearing at the Probate Court.', expectedDate: '2026-12-15' },
    lastUpdatedAt: now - 3 * day - 60_000,
    lawyer: { id: 'l-hart', name: 'Eleanor Hart', email: 'ehart@harborvale.example', phone: '+1 617 555 0143' },
    invoices: [
      {
        id: 'i1',
        number: 'INV-1042',
        amount: 125_000,
        currency: 'USD',
        dueDate: '2026-12-01',
        payUrl: 'https://pay.harborvale.example/INV-1042',
      },
    ],
    closed: false,
    survey: null,
  };
}

export function createTestCollector() {
  const state = {
    matter: demoMatter(),
    /** What the next lookup answers when the details are right: 200, or a forced 423 / 429. */
    lookupStatus: 200,
    tokenValid: true,
    messageStatus: 201,
    requests: [] as { url: string; body: string }[],
    messages: [] as { id: string; token: string; text: string }[],
    events: [] as EventBatch['events'],
    notifyRequests: [] as StatusNotify[],
  };
  const problem = (status: number, type: string, headers: Record<string, string> = {}) =>
    HttpResponse.json(
      { type, title: 'x', status },
      { status, headers: { 'content-type': 'application/problem+json', ...headers } },
    );
  const server = setupServer(
    http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => HttpResponse.json(siteConfig)),
    http.post(`${endpoint}/v1/status/lookup`, async ({ request }) => {
      const text = await request.text();
      state.requests.push({ url: request.url, body: text });
      const body = JSON.parse(text) as { reference: string; code: string };
      if (state.lookupStatus === 429)
        return problem(429, 'urn:retainer:problem:rate-limited', { 'retry-after': '300' });
      if (state.lookupStatus === 423) return problem(423, 'urn:retainer:problem:status-locked');
      if (body.reference !== reference || body.code !== code)
        return problem(401, 'urn:retainer:problem:status-lookup-failed');
      return HttpResponse.json({ token: 'token-1', expiresAt: Date.now() + 1_800_000 });
    }),
    http.post(`${endpoint}/v1/status/matter`, async ({ request }) => {
      const text = await request.text();
      state.requests.push({ url: request.url, body: text });
      if (!state.tokenValid) return problem(401, 'urn:retainer:problem:invalid-token');
      return HttpResponse.json(state.matter);
    }),
    http.post(`${endpoint}/v1/status/message`, async ({ request }) => {
      const body = JSON.parse(await request.text()) as { id: string; token: string; text: string };
      if (!state.tokenValid) return problem(401, 'urn:retainer:problem:invalid-token');
      if (state.messageStatus === 429)
        return problem(429, 'urn:retainer:problem:rate-limited', { 'retry-after': '60' });
      state.messages.push(body);
      return HttpResponse.json({ id: body.id, receivedAt: Date.now() }, { status: 201 });
    }),
    // Issue 15: the client's choice of update emails, parsed with the schema the collector uses.
    http.post(`${endpoint}/v1/status/notify`, async ({ request }) => {
      const parsed = statusNotify.safeParse(JSON.parse(await request.text()));
      if (!parsed.success) return problem(422, 'urn:retainer:problem:validation');
      state.notifyRequests.push(parsed.data);
      state.matter = { ...state.matter, notifyUpdates: parsed.data.notify };
      return HttpResponse.json({ notifyUpdates: parsed.data.notify, canNotify: true });
    }),
    http.post(`${endpoint}/v1/events`, async ({ request }) => {
      const batch = JSON.parse(await request.text()) as EventBatch;
      state.events.push(...batch.events);
      return HttpResponse.json({ received: batch.events.length });
    }),
  );
  return { server, state };
}
