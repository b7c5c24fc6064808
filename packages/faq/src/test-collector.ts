/**
 * A fake collector for the FAQ bot's component tests, at the HTTP boundary (msw): the site config, the
 * bot settings, canned answers to questions, and the journey events and questions that arrive.
 */
import {
  defaultIntakeFields,
  type EventBatch,
  type FaqAnswer,
  type FaqAsk,
  type PublicFaqSettings,
  type PublicSiteConfig,
} from '@retainer/schema';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export const endpoint = 'https://collector.example';

export const siteConfig: PublicSiteConfig = {
  site: 'harbor-vale',
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  referencePrefix: 'HV',
  defaultLanguage: 'en',
  theme: { accent: '#1f4e79', radius: 6 },
  practiceAreas: [{ id: 'family', label: { en: 'Family law', ru: 'Семейное право', zh: '家庭法' } }],
  contact: {
    phone: '+1 617 555 0142',
    email: 'intake@harborvale.example',
    contactPage: 'https://harborvale.example/contact',
  },
  intake: {
    fields: defaultIntakeFields,
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship yet.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 0,
  },
};

export const faqSettings: PublicFaqSettings = {
  site: 'harbor-vale',
  greeting: {
    en: 'Hi! Ask me about our services.',
    ru: 'Здравствуйте! Спросите о наших услугах.',
    zh: '您好！请提问。',
  },
  hours: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  handoff: { intake: true, phone: '+1 617 555 0142', email: 'intake@harborvale.example' },
  suggestions: [{ entry: 'e-divorce-cost', question: 'How much does a divorce cost?' }],
};

const divorce: FaqAnswer['matches'][number] = {
  entry: 'e-divorce-cost',
  question: 'How much does a divorce cost?',
  answer: 'An uncontested divorce is a flat fee of $3,500. See https://harborvale.example/fees for details.',
  sourceUrl: 'https://harborvale.example/practice-areas#family',
  practiceArea: 'family',
  related: [{ entry: 'e-custody', question: 'How is child custody decided?' }],
};

export function createTestCollector() {
  const state = {
    events: [] as EventBatch['events'],
    asked: [] as FaqAsk[],
    settingsRequests: 0,
    limited: false,
  };
  const server = setupServer(
    http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => HttpResponse.json(siteConfig)),
    http.get(`${endpoint}/v1/sites/harbor-vale/faq`, () => {
      state.settingsRequests++;
      return HttpResponse.json(faqSettings);
    }),
    http.post(`${endpoint}/v1/faq/ask`, async ({ request }) => {
      const ask = JSON.parse(await request.text()) as FaqAsk;
      if (state.limited) {
        return HttpResponse.json(
          { type: 'urn:retainer:problem:rate-limited', title: 'Too many requests', status: 429 },
          { status: 429, headers: { 'retry-after': '30', 'content-type': 'application/problem+json' } },
        );
      }
      state.asked.push(ask);
      const choices = [
        divorce,
        {
          ...divorce,
          entry: 'e-divorce-time',
          question: 'How long does a divorce take?',
          answer: 'Four to six months.',
        },
      ];
      if (ask.chosen) {
        const match = choices.find((m) => m.entry === ask.chosen?.entry) ?? divorce;
        return HttpResponse.json({ id: ask.id, outcome: 'answered', matches: [match] } satisfies FaqAnswer);
      }
      if (/^divorces\?$/i.test(ask.question))
        return HttpResponse.json({ id: ask.id, outcome: 'choices', matches: choices });
      const answer: FaqAnswer = /divorce/i.test(ask.question)
        ? { id: ask.id, outcome: 'answered', matches: [divorce] }
        : /should i/i.test(ask.question)
          ? { id: ask.id, outcome: 'advice', matches: [] }
          : { id: ask.id, outcome: 'unanswered', matches: [] };
      return HttpResponse.json(answer);
    }),
    http.post(`${endpoint}/v1/events`, async ({ request }) => {
      const batch = JSON.parse(await request.text()) as EventBatch;
      state.events.push(...batch.events);
      return HttpResponse.json({ received: batch.events.length });
    }),
    http.post(`${endpoint}/v1/intake`, async ({ request }) => {
      const body = JSON.parse(await request.text()) as { id: string };
      return HttpResponse.json(
        { id: body.id, reference: 'HV-7K3M', receivedAt: Date.now(), responseTarget: siteConfig.intake.responseTarget },
        { status: 201 },
      );
    }),
  );
  return { server, state };
}
