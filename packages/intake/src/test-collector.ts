/**
 * A fake collector for component tests, at the HTTP boundary (msw): serves the
 * site config, stores intakes once per client id like the real one, and records
 * every request so tests can see what reached the server.
 */
import { defaultIntakeFields, type EventBatch, type IntakeSubmission, type PublicSiteConfig } from '@retainer/schema';
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
  practiceAreas: [
    { id: 'family', label: { en: 'Family law', ru: 'Семейное право', zh: '家庭法' } },
    { id: 'employment', label: { en: 'Employment', ru: 'Трудовое право', zh: '劳动法' } },
  ],
  contact: { phone: '+1 617 555 0100', email: 'intake@harborvale.example' },
  intake: {
    fields: [...defaultIntakeFields, { name: 'relatedParties', required: false }],
    disclaimer: {
      version: 3,
      text: {
        en: 'Sending this form does not create an attorney-client relationship.\n\nDo not send confidential information. We may already act for another party.',
        ru: 'Отправка формы не создаёт отношений адвоката и клиента.',
        zh: '提交此表格并不建立律师与客户关系。',
      },
    },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 0,
  },
};

type IntakeMode = 'store' | 'network-error' | 'server-error';

export function createTestCollector() {
  const state = {
    config: structuredClone(siteConfig) as PublicSiteConfig,
    /** How POST /v1/intake answers; tests switch it mid-way. */
    intakeMode: 'store' as IntakeMode,
    /** Every intake body that arrived, including failed attempts. */
    intakeRequests: [] as IntakeSubmission[],
    /** What was stored: one entry per client id. */
    stored: new Map<string, IntakeSubmission>(),
    events: [] as EventBatch['events'],
    /** Answer the next intake with this problem instead. */
    nextProblem: undefined as { status: number; body: object } | undefined,
  };

  const server = setupServer(
    http.get(`${endpoint}/v1/sites/:site/config`, ({ params }) =>
      params.site === state.config.site
        ? HttpResponse.json(state.config)
        : HttpResponse.json(
            {
              type: 'urn:retainer:problem:unknown-site',
              title: 'Unknown site',
              status: 404,
              requestId: 'req-unknown-site',
            },
            { status: 404 },
          ),
    ),
    http.post(`${endpoint}/v1/intake`, async ({ request }) => {
      const body = JSON.parse(await request.text()) as IntakeSubmission;
      state.intakeRequests.push(body);
      if (state.intakeMode === 'network-error') return HttpResponse.error();
      if (state.intakeMode === 'server-error') return new HttpResponse(null, { status: 500 });
      const problem = state.nextProblem;
      if (problem) {
        state.nextProblem = undefined;
        return HttpResponse.json(problem.body, {
          status: problem.status,
          headers: { 'content-type': 'application/problem+json' },
        });
      }
      if (!state.stored.has(body.id)) state.stored.set(body.id, body);
      return HttpResponse.json(
        {
          id: body.id,
          reference: 'HV-7K3M',
          receivedAt: Date.now(),
          responseTarget: state.config.intake.responseTarget,
        },
        { status: 201 },
      );
    }),
    http.post(`${endpoint}/v1/events`, async ({ request }) => {
      const batch = JSON.parse(await request.text()) as EventBatch;
      state.events.push(...batch.events);
      return HttpResponse.json({ received: batch.events.length });
    }),
  );

  return { server, state };
}
