/**
 * A fake collector for the directory's component tests, at the HTTP boundary (msw): the site
 * config, the directory document (as the real endpoint builds it: active lawyers only, claims
 * dropped unless switched on) and the journey events that arrive.
 */
import { defaultIntakeFields, type EventBatch, type PublicDirectory, type PublicSiteConfig } from '@retainer/schema';
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
    { id: 'immigration', label: { en: 'Immigration', ru: 'Иммиграция', zh: '移民' } },
    { id: 'business', label: { en: 'Business', ru: 'Бизнес', zh: '商业' } },
  ],
  contact: { phone: '+1 617 555 0100', email: 'intake@harborvale.example' },
  intake: {
    fields: defaultIntakeFields,
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship yet.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 0,
  },
};

const boston = { id: 'boston', name: 'Boston' };
const cambridge = { id: 'cambridge', name: 'Cambridge' };

type Lawyer = PublicDirectory['lawyers'][number] & { status: 'active' | 'departed' };

const base = {
  barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2010 }],
  education: [{ school: 'Harvard Law School', degree: 'J.D.', year: 2010 }],
  certifications: [{ name: 'Certified Mediator', issuer: 'Mediation Council' }],
  lastVerified: '2026-10-01',
};

export const lawyers: Lawyer[] = [
  {
    ...base,
    id: 'l-hart',
    name: 'Eleanor Hart',
    title: 'Managing Partner',
    practiceAreas: ['family'],
    offices: [boston],
    languages: ['en'],
    yearsInPractice: 22,
    email: 'ehart@harborvale.example',
    phone: '+1 617 555 0143',
    bookingUrl: 'https://harborvale.example/book/hart',
    testimonials: [{ quote: 'Calm and clear.', attribution: 'Former client' }],
    rating: { value: 4.9, count: 41 },
    status: 'active',
  },
  {
    ...base,
    id: 'l-lin',
    name: 'Daniel Lin',
    title: 'Partner',
    practiceAreas: ['immigration', 'business'],
    offices: [cambridge],
    languages: ['en', 'zh'],
    photoUrl: '/demo/images/attorney-lin.svg',
    status: 'active',
  },
  {
    ...base,
    id: 'l-volkova',
    name: 'Irina Volkova',
    title: 'Senior Associate',
    practiceAreas: ['family', 'immigration'],
    offices: [boston],
    languages: ['en', 'ru'],
    status: 'active',
  },
  {
    ...base,
    id: 'l-gone',
    name: 'Gone Person',
    title: 'Former Partner',
    practiceAreas: ['family'],
    offices: [boston],
    languages: ['en'],
    status: 'departed',
  },
];

export function createTestCollector() {
  const state = {
    lawyers: structuredClone(lawyers),
    showRatings: false,
    showTestimonials: false,
    directoryRequests: 0,
    events: [] as EventBatch['events'],
  };
  const document = (): PublicDirectory => {
    const visible = state.lawyers
      .filter((l) => l.status === 'active')
      .map(({ status: _status, testimonials, rating, ...l }) => ({
        ...l,
        ...(state.showTestimonials && testimonials ? { testimonials } : {}),
        ...(state.showRatings && rating ? { rating } : {}),
      }));
    return {
      site: 'harbor-vale',
      lawyers: visible,
      offices: [boston, cambridge],
      showRatings: state.showRatings,
      showTestimonials: state.showTestimonials,
      firm: { name: 'Harbor & Vale LLP' },
    };
  };
  const server = setupServer(
    http.get(`${endpoint}/v1/sites/harbor-vale/config`, () => HttpResponse.json(siteConfig)),
    http.get(`${endpoint}/v1/sites/harbor-vale/directory`, () => {
      state.directoryRequests++;
      return HttpResponse.json(document());
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
