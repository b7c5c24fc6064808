import { cesSummary, csatSummary, npsSummary } from '@retainer/schema';
import type { FollowUp, SurveyFigures, SurveyInvitation, SurveyResults } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const day = 24 * 60 * 60 * 1000;

function figures(nps: number[], csat: number[], ces: number[], sent: number): SurveyFigures {
  return {
    nps: npsSummary(nps),
    csat: csatSummary(csat),
    ces: cesSummary(ces),
    sent,
    answered: nps.length + csat.length + ces.length,
  };
}

const overall = figures([10, 9, 9, 8, 3], [5, 4, 2], [4, 5], 14);
const results: SurveyResults = {
  overall,
  monthly: [0, 1, 2].map((i) => ({
    ...(i === 2 ? overall : figures([], [], [], 0)),
    month: Date.UTC(2025, 2 + i, 1),
  })),
  byPracticeArea: [{ key: 'family', ...overall }],
  byLawyer: [{ key: 'l-hart', ...figures([], [], [], 2) }],
  lawyerRatings: [
    { key: 'l-hart', asked: 4, score: 4.3, total: 3, counts: [0, 0, 0, 2, 1] },
    { key: 'l-gone', asked: 1, score: null, total: 0, counts: [0, 0, 0, 0, 0] },
  ],
};

function invitation(overrides: Partial<SurveyInvitation> = {}): SurveyInvitation {
  return {
    id: 'i-1',
    site: 'harbor-vale',
    moment: 'end',
    measure: 'nps',
    clientName: 'Ann Lee',
    email: null,
    practiceArea: 'family',
    lawyer: null,
    lang: 'en',
    page: 'https://www.harborvale.example/feedback',
    state: 'opened',
    createdAt: received,
    expiresAt: received + 60 * day,
    openedAt: received + day,
    answeredAt: null,
    ...overrides,
  };
}

function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f-1',
    site: 'harbor-vale',
    measure: 'nps',
    score: 3,
    clientName: 'Marcus Bell',
    email: 'marcus@example.com',
    comment: 'Nobody called me back.',
    practiceArea: 'employment',
    lawyer: null,
    answeredAt: received,
    state: 'open',
    assignee: null,
    note: null,
    closedAt: null,
    ageMs: 3 * day,
    ...overrides,
  };
}

function serveSurvey() {
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
  const base = 'sites/harbor-vale/survey';
  server.use(
    http.get(apiUrl('sites/harbor-vale/lawyers'), () => HttpResponse.json({ lawyers: [] })),
    http.get(apiUrl(`${base}/results`), () => HttpResponse.json(results)),
    http.get(apiUrl(`${base}/comments`), ({ request }) => {
      const group = new URL(request.url).searchParams.get('group');
      const all = [
        {
          id: 'c1',
          measure: 'nps',
          score: 3,
          group: 'negative',
          comment: 'Slow replies.',
          answeredAt: received,
          practiceArea: 'family',
          lawyer: null,
          lang: 'en',
        },
        {
          id: 'c2',
          measure: 'nps',
          score: 10,
          group: 'positive',
          comment: 'Wonderful.',
          answeredAt: received - day,
          practiceArea: null,
          lawyer: null,
          lang: 'en',
        },
      ];
      return HttpResponse.json({ comments: all.filter((c) => !group || c.group === group) });
    }),
    http.get(apiUrl(`${base}/invitations`), () =>
      HttpResponse.json({
        invitations: [invitation(), invitation({ id: 'i-2', clientName: 'Bo Li', state: 'answered' })],
      }),
    ),
    http.post(apiUrl(`${base}/invitations`), async ({ request }) => {
      const body = await record(request);
      return HttpResponse.json(
        {
          invitation: invitation({ id: 'i-3', clientName: String(body.clientName), state: 'created', openedAt: null }),
          url: `https://www.harborvale.example/feedback#retainer-survey=${'t'.repeat(43)}`,
        },
        { status: 201 },
      );
    }),
    http.get(apiUrl(`${base}/settings`), () =>
      HttpResponse.json({ reviewLinks: [{ label: 'Google', url: 'https://g.example/review' }] }),
    ),
    http.put(apiUrl(`${base}/settings`), async ({ request }) => HttpResponse.json(await record(request))),
    http.get(apiUrl(`${base}/follow-ups`), ({ request }) => {
      const state = new URL(request.url).searchParams.get('state');
      return HttpResponse.json({ followUps: state === 'closed' ? [] : [followUp()] });
    }),
    http.put(apiUrl(`${base}/follow-ups/f-1`), async ({ request }) => {
      const body = await record(request);
      return HttpResponse.json(
        followUp({
          ...(body as Partial<FollowUp>),
          ...(body.state === 'closed' ? { closedAt: received + 3 * day, ageMs: 3 * day } : {}),
        }),
      );
    }),
  );
  return sent;
}

describe('survey results', () => {
  it('shows NPS with its formula and counts, CSAT, effort and the response rate', async () => {
    serveSurvey();
    renderDashboard('/dashboard/survey?site=harbor-vale');
    const nps = (await screen.findByText('NPS = % promoters (9–10) − % detractors (0–6)', { selector: 'dd' }))
      .parentElement as HTMLElement;
    // 3 promoters − 1 detractor of 5 = 40
    expect(within(nps).getByText('40')).toBeTruthy();
    expect(within(nps).getByText('3 promoters, 1 detractors of 5 answers')).toBeTruthy();
    const stat = (name: string) => document.querySelector(`[data-figure="${name}"] .stat-value`)?.textContent;
    expect(stat('csat')).toBe('67%');
    expect(stat('ces')).toBe('4.5');
    expect(stat('response')).toBe('71%');
    expect(document.querySelector('[data-figure="response"] .stat-note')?.textContent).toBe('10 answered of 14 sent');
    const split = document.querySelector('.survey-split') as HTMLElement;
    expect(within(split).getByText('Passives (7–8)').parentElement?.textContent).toBe('Passives (7–8)120%');
    // Months and groups without answers say so instead of showing 0.
    expect(screen.getAllByText('No data').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Survey' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { name: 'By practice area' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Family law' })).toBeTruthy();
  });

  // Issue 14, defect 6: "How would you rate {lawyer}?" was stored but shown nowhere.
  it('shows how clients rate each lawyer, with the counts behind it', async () => {
    serveSurvey();
    server.use(
      http.get(apiUrl('sites/harbor-vale/lawyers'), () =>
        HttpResponse.json({
          lawyers: [
            {
              id: 'l-hart',
              site: 'harbor-vale',
              name: 'Eleanor Hart',
              title: 'Partner',
              practiceAreas: ['family'],
              offices: [],
              languages: ['en'],
              barAdmissions: [],
              education: [],
              certifications: [],
              lastVerified: '2025-03-01',
              status: 'active',
              order: 0,
              createdAt: received,
              updatedAt: received,
            },
          ],
        }),
      ),
    );
    renderDashboard('/dashboard/survey?site=harbor-vale');
    const title = await screen.findByRole('heading', { name: 'How clients rate each lawyer' });
    const section = title.closest('section') as HTMLElement;
    expect(within(section).getByText(/How would you rate \[lawyer\]\?/)).toBeTruthy();
    const hart = (await within(section).findByRole('rowheader', { name: 'Eleanor Hart' })).closest('tr') as HTMLElement;
    const cells = [...hart.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['4.3 (3)', '0', '0', '0', '2', '1', '3 of 4 answers rated the lawyer']);
    const gone = within(section).getByRole('rowheader', { name: 'l-gone' }).closest('tr') as HTMLElement;
    expect(gone.textContent).toContain('No data');
    expect(
      within(section)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Lawyer', 'Rating (1–5)', 'Gave 1', 'Gave 2', 'Gave 3', 'Gave 4', 'Gave 5', 'Answers']);
  });

  it('lists comments newest first and filters them by score group', async () => {
    serveSurvey();
    renderDashboard('/dashboard/survey?site=harbor-vale');
    await screen.findByText('Slow replies.');
    const quotes = () => [...document.querySelectorAll('.survey-comments blockquote')].map((q) => q.textContent);
    expect(quotes()).toEqual(['Slow replies.', 'Wonderful.']);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'positive' } });
    await waitFor(() => expect(quotes()).toEqual(['Wonderful.']));
  });
});

describe('survey invitations', () => {
  it('creates an invitation and shows its link once to copy', async () => {
    const sent = serveSurvey();
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    fireEvent.input(await screen.findByLabelText(/Client name/), { target: { value: 'Cara Diaz' } });
    const moment = document.getElementById('survey-invite-moment') as HTMLSelectElement;
    expect(document.querySelector(`label[for="${moment.id}"]`)?.textContent).toBe('Moment');
    fireEvent.change(moment, { target: { value: 'mid-matter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'POST',
      csrf: adminSession.csrfToken,
      body: { moment: 'mid-matter', clientName: 'Cara Diaz', lang: 'en' },
    });
    expect(await screen.findByText(/#retainer-survey=t{43}$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link: Cara Diaz' })).toBeTruthy();
  });

  it('lists invitations with their states and edits the review links', async () => {
    const sent = serveSurvey();
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    const row = (await screen.findByRole('rowheader', { name: /Bo Li/ })).parentElement as HTMLElement;
    expect(within(row).getByText('Answered')).toBeTruthy();
    const label = await screen.findByDisplayValue('Google');
    fireEvent.input(label, { target: { value: 'Google Reviews' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({ reviewLinks: [{ label: 'Google Reviews', url: 'https://g.example/review' }] });
  });
});

describe('follow-up queue', () => {
  it('assigns, notes and closes a detractor, showing the time to follow up', async () => {
    const sent = serveSurvey();
    renderDashboard('/dashboard/survey/follow-ups?site=harbor-vale');
    const item = (await screen.findByText('Marcus Bell', { exact: false })).closest('li') as HTMLElement;
    expect(within(item).getByText('Nobody called me back.')).toBeTruthy();
    expect(within(item).getByText('Waiting 3 days')).toBeTruthy();
    fireEvent.change(within(item).getByLabelText('Assigned to'), { target: { value: 'u-ben' } });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ method: 'PUT', body: { assignee: 'u-ben' }, csrf: adminSession.csrfToken });
    fireEvent.input(within(item).getByLabelText('What was done'), { target: { value: 'Called and apologised.' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Close follow-up' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.body).toEqual({ note: 'Called and apologised.', state: 'closed' });
    expect(await within(item).findByText('Followed up in 3 days')).toBeTruthy();
  });
});
