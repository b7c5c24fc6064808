/**
 * A fake collector for the survey's component tests, at the HTTP boundary (msw): the site
 * config, `/v1/survey/open` and `/v1/survey` for a few invitations, and the events that arrive.
 */
import {
  defaultIntakeFields,
  type EventBatch,
  type Language,
  type PublicSiteConfig,
  type SurveyMeasure,
  type SurveyThanks,
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
  practiceAreas: [{ id: 'family', label: { en: 'Family law' } }],
  contact: { phone: '+1 617 555 0142', email: 'intake@harborvale.example' },
  intake: {
    fields: defaultIntakeFields,
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship yet.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 0,
  },
};

export const thanks: SurveyThanks = {
  firm: 'Harbor & Vale LLP',
  reviewLinks: [
    { label: 'Google', url: 'https://g.example/review' },
    { label: 'Avvo', url: 'https://avvo.example/review' },
  ],
  contact: { phone: '+1 617 555 0142', email: 'intake@harborvale.example' },
};

export type FakeInvitation = {
  measure: SurveyMeasure;
  lang: Language;
  answered?: boolean;
  lawyer?: { id: string; name: string };
  /** The status `/v1/survey/open` answers with instead of 200 (404 unknown, 410 expired). */
  refuse?: number;
};

export const token = (n: number) => `tok${String(n).padStart(40, '0')}`;

export function createTestCollector() {
  const state = {
    invitations: new Map<string, FakeInvitation>(),
    answers: [] as Record<string, unknown>[],
    contentTypes: [] as string[],
    events: [] as EventBatch['events'],
  };
  const server = setupServer(
    http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => HttpResponse.json(siteConfig)),
    http.post(`${endpoint}/v1/events`, async ({ request }) => {
      const batch = JSON.parse(await request.text()) as EventBatch;
      state.events.push(...batch.events);
      return HttpResponse.json({ id: batch.id, accepted: batch.events.length });
    }),
    http.post(`${endpoint}/v1/survey/open`, async ({ request }) => {
      const body = JSON.parse(await request.text()) as { token: string };
      const invitation = state.invitations.get(body.token);
      if (!invitation) return HttpResponse.json({ type: 'x', title: 'x', status: 404 }, { status: 404 });
      if (invitation.refuse) {
        return HttpResponse.json({ type: 'x', title: 'x', status: invitation.refuse }, { status: invitation.refuse });
      }
      return HttpResponse.json({
        ...thanks,
        state: invitation.answered ? 'answered' : 'open',
        measure: invitation.measure,
        lang: invitation.lang,
        ...(invitation.lawyer ? { lawyer: invitation.lawyer } : {}),
        practiceArea: 'family',
      });
    }),
    http.post(`${endpoint}/v1/survey`, async ({ request }) => {
      state.contentTypes.push(request.headers.get('content-type') ?? '');
      const body = JSON.parse(await request.text()) as { token: string; score: number };
      const invitation = state.invitations.get(body.token);
      if (!invitation) return HttpResponse.json({ status: 404 }, { status: 404 });
      if (invitation.answered) return HttpResponse.json({ status: 409 }, { status: 409 });
      invitation.answered = true;
      state.answers.push(body);
      return HttpResponse.json(
        { ...thanks, state: 'answered', measure: invitation.measure, score: body.score, answeredAt: 1 },
        { status: 201 },
      );
    }),
  );
  return { server, state };
}
