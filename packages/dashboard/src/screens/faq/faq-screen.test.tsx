import type { AdminFaqEntry, FaqReport, FaqSettings } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const entry: AdminFaqEntry = {
  id: 'e-1',
  site: 'harbor-vale',
  question: 'How much does a divorce cost?',
  alternatives: ['divorce fees'],
  answer: 'A flat fee of $3,500.',
  practiceArea: 'family',
  language: 'en',
  sourceUrl: '/demo/practice-areas.html#family',
  lastReviewed: '2026-10-01',
  createdAt: received,
  updatedAt: received,
};

const settings: FaqSettings = {
  greeting: { en: 'Hi! Ask me anything.' },
  hours: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  handoff: { intake: true, phone: true, email: false },
  retentionDays: 90,
};

const report: FaqReport = {
  from: received - 30 * 86_400_000,
  to: received,
  asked: 7,
  answered: 4,
  unanswered: 3,
  ledToIntake: 2,
  unansweredGroups: [
    {
      text: 'do you do bankruptcy',
      count: 2,
      lastAskedAt: received,
      ledToIntake: 1,
      examples: [{ text: 'do you do bankruptcy', lang: 'en' }],
    },
    {
      text: 'parking ticket help',
      count: 1,
      lastAskedAt: received,
      ledToIntake: 0,
      examples: [{ text: 'parking ticket help', lang: 'en' }],
    },
  ],
  questions: [
    {
      id: 'q-1',
      question: 'How much is a divorce?',
      lang: 'en',
      outcome: 'answered',
      entry: 'e-1',
      entryQuestion: 'How much does a divorce cost?',
      score: 20,
      askedAt: received,
      ledToIntake: true,
    },
  ],
};

function serveFaq() {
  const sent: { method: string; path: string; csrf: string | null; body: unknown }[] = [];
  const record = async (request: Request) => {
    const body: unknown = await request.json();
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      csrf: request.headers.get('x-csrf-token'),
      body,
    });
    return body as Record<string, unknown>;
  };
  server.use(
    http.get(apiUrl('sites/harbor-vale/faq/entries'), () => HttpResponse.json({ entries: [entry] })),
    http.get(apiUrl('sites/harbor-vale/faq/settings'), () => HttpResponse.json(settings)),
    http.get(apiUrl('sites/harbor-vale/faq/report'), () => HttpResponse.json(report)),
    http.post(apiUrl('sites/harbor-vale/faq/entries'), async ({ request }) =>
      HttpResponse.json(
        { ...(await record(request)), id: 'e-2', site: 'harbor-vale', createdAt: received, updatedAt: received },
        { status: 201 },
      ),
    ),
    http.put(apiUrl('sites/harbor-vale/faq/settings'), async ({ request }) => HttpResponse.json(await record(request))),
    http.post(apiUrl('sites/harbor-vale/faq/entries/e-1/phrasings'), async ({ request }) => {
      const { text } = (await record(request)) as { text: string };
      return HttpResponse.json({ ...entry, alternatives: [...entry.alternatives, text] });
    }),
  );
  return sent;
}

describe('FAQ bot screen', () => {
  it('shows what visitors asked: counts, unanswered grouped by frequency, and intakes they led to', async () => {
    serveFaq();
    renderDashboard('/dashboard/faq?site=harbor-vale');
    const reportPanel = (await screen.findByRole('heading', { name: 'Questions in the last 30 days' })).closest(
      'section',
    ) as HTMLElement;
    const stats = within(reportPanel);
    expect(stats.getByText('Asked', { selector: 'dt' }).nextElementSibling?.textContent).toBe('7');
    expect(stats.getByText('Led to an intake', { selector: 'dt' }).nextElementSibling?.textContent).toBe('2');
    const rows = within(reportPanel)
      .getAllByRole('row')
      .map((row) => row.querySelector('th')?.textContent);
    expect(rows).toContain('do you do bankruptcy');
    expect(rows.indexOf('do you do bankruptcy')).toBeLessThan(rows.indexOf('parking ticket help'));
    expect(screen.getByText(/— How much does a divorce cost\?/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'FAQ bot' }).getAttribute('aria-current')).toBe('page');
  });

  it('attaches an unanswered question, asked in several languages, to the suggested entry in one click', async () => {
    const sent = serveFaq();
    const grouped: FaqReport = {
      ...report,
      unansweredGroups: [
        {
          text: 'divorce price',
          count: 2,
          lastAskedAt: received,
          ledToIntake: 0,
          examples: [
            { text: 'divorce price?', lang: 'en' },
            { text: 'цена развода', lang: 'ru' },
          ],
          suggestion: { entry: 'e-1', question: 'How much does a divorce cost?' },
        },
      ],
    };
    server.use(http.get(apiUrl('sites/harbor-vale/faq/report'), () => HttpResponse.json(grouped)));
    renderDashboard('/dashboard/faq?site=harbor-vale');
    const wordings = await screen.findByRole('list', { name: 'How visitors asked it' });
    expect(within(wordings).getByText('цена развода').getAttribute('lang')).toBe('ru');
    fireEvent.click(screen.getByRole('button', { name: 'Add as a wording of “How much does a divorce cost?”' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/admin/sites/harbor-vale/faq/entries/e-1/phrasings',
      csrf: adminSession.csrfToken,
      body: { text: 'divorce price?' },
    });
    await waitFor(() => expect(screen.queryByRole('list', { name: 'How visitors asked it' })).toBeNull());
    expect(await screen.findByText('Every question was answered.')).toBeTruthy();
  });

  it('turns an unanswered question into a new entry', async () => {
    const sent = serveFaq();
    renderDashboard('/dashboard/faq?site=harbor-vale');
    await screen.findByRole('heading', { name: 'Questions in the last 30 days' });
    fireEvent.click(await screen.findByRole('button', { name: 'Write an answer: do you do bankruptcy' }));
    const question = (await screen.findByLabelText(/^Question/)) as HTMLInputElement;
    expect(question.value).toBe('do you do bankruptcy');
    fireEvent.input(screen.getByLabelText(/^Answer/), { target: { value: 'We do not handle bankruptcy.' } });
    fireEvent.input(screen.getByLabelText(/^Source page/), { target: { value: 'https://harborvale.example/areas' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'POST',
      csrf: adminSession.csrfToken,
      body: {
        question: 'do you do bankruptcy',
        answer: 'We do not handle bankruptcy.',
        language: 'en',
        alternatives: [],
      },
    });
    await screen.findByRole('heading', { name: 'FAQ entries (2)' });
  });

  it('saves the bot settings: greeting, hours, office address and languages, handoffs and retention', async () => {
    const sent = serveFaq();
    renderDashboard('/dashboard/faq?site=harbor-vale');
    const greeting = (await screen.findByLabelText(/^Greeting \(Russian\)/)) as HTMLTextAreaElement;
    fireEvent.input(greeting, { target: { value: 'Здравствуйте!' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.input(screen.getByLabelText(/^Address \(English\)/), {
      target: { value: '48 Commercial Wharf, Boston' },
    });
    fireEvent.input(screen.getByLabelText(/^Address \(Chinese\)/), { target: { value: '波士顿 48 Commercial Wharf' } });
    fireEvent.input(screen.getByLabelText(/^Languages the firm works in/), { target: { value: 'en, ES ru' } });
    const settingsPanel = screen.getByRole('heading', { name: 'Bot settings' }).closest('section') as HTMLElement;
    fireEvent.click(within(settingsPanel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({
      greeting: { en: 'Hi! Ask me anything.', ru: 'Здравствуйте!' },
      hours: { days: [1, 2, 3, 4, 5, 6] },
      handoff: { intake: true, phone: true, email: true },
      retentionDays: 90,
      office: {
        address: { en: '48 Commercial Wharf, Boston', zh: '波士顿 48 Commercial Wharf' },
        languages: ['en', 'es', 'ru'],
      },
    });
  });
});
