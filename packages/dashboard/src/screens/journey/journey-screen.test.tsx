import type { JourneyBreakdown, JourneyMap, JourneyTrends, StageSummary } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const stages = ['discover', 'explore', 'contact', 'decide', 'service', 'payment', 'feedback', 'return'] as const;
const from = {
  explore: 'discover',
  contact: 'explore',
  decide: 'contact',
  service: 'decide',
  payment: 'service',
  feedback: 'payment',
  return: 'decide',
} as const;
const reached = [1000, 400, 120, 30, 25, 20, 12, 6];

function mapOf(scale: number): JourneyMap {
  const list: StageSummary[] = stages.map((stage, i) => {
    const previous = stage === 'discover' ? null : from[stage];
    const base = previous ? reached[stages.indexOf(previous)]! * scale : 0;
    const n = reached[i]! * scale;
    return {
      stage,
      reached: n,
      from: previous,
      conversion: previous ? n / base : null,
      dropOff: previous ? base - n : null,
      medianMs: previous ? 3 * 3_600_000 : null,
      touchpoints:
        stage === 'contact'
          ? [
              { type: 'intake.started', count: n * 2 },
              { type: 'faq.asked', count: n },
            ]
          : [{ type: `${stage}.thing`, count: n * 2 }],
      satisfaction: stage === 'feedback' ? { measure: 'nps', responses: 10, value: 40 } : null,
    };
  });
  return {
    site: 'harbor-vale',
    range: { from: 0, to: 1 },
    journeys: 1000 * scale,
    stages: list,
    weakest: {
      stage: 'decide',
      from: 'contact',
      conversion: 0.25,
      reachedFrom: 120 * scale,
      reached: 30 * scale,
      dropOff: 90 * scale,
    },
    returning: { returning: 6, decided: 30, intakes: 100, returningShare: 0.06, referralShare: 0.2 },
    previous: null,
    touchpointsBy: null,
    mediansEstimated: false,
    options: {
      practiceArea: ['family'],
      lawyer: ['l-hart', 'l-lin', 'other'],
      lang: ['en', 'ru'],
      source: ['referral'],
      device: ['desktop', 'phone'],
    },
    lawyers: [
      { id: 'l-hart', name: 'Eleanor Hart', departed: false },
      { id: 'l-lin', name: 'Daniel Lin', departed: true },
    ],
  };
}

const trends: JourneyTrends = {
  site: 'harbor-vale',
  range: { from: 0, to: 1 },
  interval: 'day',
  x: [Date.UTC(2025, 4, 1), Date.UTC(2025, 4, 2)],
  volumes: Object.fromEntries(stages.map((s) => [s, [1, 2]])) as JourneyTrends['volumes'],
  conversions: Object.fromEntries(stages.map((s) => [s, [0.5, null]])) as JourneyTrends['conversions'],
  responseCompliance: [1, 0.5],
  nps: [30, null],
};

function serveJourney(journeys = true) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale/journey/map'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      if (!journeys) return HttpResponse.json({ ...mapOf(0), weakest: null });
      return HttpResponse.json(mapOf(query.get('device') === 'phone' ? 0.5 : 1));
    }),
    http.get(apiUrl('sites/harbor-vale/journey/trends'), () => HttpResponse.json(trends)),
    http.get(apiUrl('sites/harbor-vale/journey/breakdown'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const body: JourneyBreakdown = {
        site: 'harbor-vale',
        range: { from: 0, to: 1 },
        stage: query.get('stage') as JourneyBreakdown['stage'],
        dimension: query.get('dimension') as JourneyBreakdown['dimension'],
        rows: [
          { value: 'referral', reached: 30, share: 0.75 },
          { value: '', reached: 10, share: 0.25 },
        ],
      };
      return HttpResponse.json(body);
    }),
  );
  return requests;
}

describe('journey map (the dashboard home)', () => {
  it('shows the eight stages with their numbers and the weakest step', async () => {
    serveJourney();
    renderDashboard('/dashboard/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Client journey' })).toBeTruthy();
    const map = await screen.findByRole('list', { name: 'The eight stages of the client journey' });
    const columns = within(map)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('journey-stage'));
    expect(columns).toHaveLength(8);
    expect(within(columns[0]!).getByRole('heading', { name: /Discover/ })).toBeTruthy();
    expect(columns[3]!.textContent).toContain('Weakest step');
    expect(columns[3]!.textContent).toContain('25%');
    expect(columns[6]!.textContent).toContain('+40');
    expect(screen.getByText(/Contact → Decide: only 25% of 120 journeys continued; 90 dropped off/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inbox' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Download CSV' })[0]?.getAttribute('href')).toContain(
      '/api/admin/sites/harbor-vale/journey/map?',
    );
  });

  it('keeps filters in the address and reloads with them', async () => {
    const requests = serveJourney();
    renderDashboard('/dashboard/');
    await screen.findByRole('list', { name: 'The eight stages of the client journey' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Device' }), { target: { value: 'phone' } });
    await waitFor(() => expect(location.search).toContain('device=phone'));
    await waitFor(() => expect(requests.at(-1)?.get('device')).toBe('phone'));
    await waitFor(() => expect(screen.getByText('500 journeys')).toBeTruthy());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare with the previous period' }));
    await waitFor(() => expect(requests.at(-1)?.get('compare')).toBe('1'));
  });

  it('opens the counts behind a number', async () => {
    serveJourney();
    renderDashboard('/dashboard/');
    const map = await screen.findByRole('list', { name: 'The eight stages of the client journey' });
    fireEvent.click(within(map).getAllByRole('button', { name: /Reached: Contact/ })[0]!);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('table');
    expect(within(dialog).getByText('Referral')).toBeTruthy();
    expect(within(dialog).getByText('Not known')).toBeTruthy();
    expect(within(dialog).getByText('75%')).toBeTruthy();
  });

  // Issue 14, defect 5: touchpoints showed their code names (`intake.started`) to a managing partner.
  it('names touchpoints in words, not event code names', async () => {
    serveJourney();
    renderDashboard('/dashboard/');
    const map = await screen.findByRole('list', { name: 'The eight stages of the client journey' });
    const contact = within(map)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('journey-stage'))[2]!;
    expect(within(contact).getByText('Intake form started')).toBeTruthy();
    expect(within(contact).getByText('Question asked')).toBeTruthy();
    expect(contact.textContent).not.toContain('intake.');
    expect(within(contact).getByRole('button', { name: /Touchpoints: Intake form started/ })).toBeTruthy();
  });

  // Issue 14, defect 4: the lawyer filter listed raw ids and people who are not at the firm.
  it('lists lawyers by name, every other value as "Other", and filters by it', async () => {
    const requests = serveJourney();
    renderDashboard('/dashboard/');
    await screen.findByRole('list', { name: 'The eight stages of the client journey' });
    const lawyer = screen.getByRole('combobox', { name: 'Lawyer' }) as HTMLSelectElement;
    expect([...lawyer.options].map((o) => o.textContent)).toEqual([
      'All',
      'Eleanor Hart',
      'Daniel Lin (departed)',
      'Other (not in your directory)',
    ]);
    fireEvent.change(lawyer, { target: { value: 'other' } });
    await waitFor(() => expect(location.search).toContain('lawyer=other'));
    await waitFor(() => expect(requests.at(-1)?.get('lawyer')).toBe('other'));
  });

  it('says what to do when a site has no journeys yet', async () => {
    serveJourney(false);
    renderDashboard('/dashboard/');
    expect(await screen.findByText('No journeys yet')).toBeTruthy();
  });
});
