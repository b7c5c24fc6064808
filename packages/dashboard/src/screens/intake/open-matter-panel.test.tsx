import { problemTypes } from '@retainer/schema';
import { type MatterCreated, matterCreated } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, intakeDetail, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const created: MatterCreated = matterCreated.parse({
  matter: {
    id: 'm-ann',
    site: 'harbor-vale',
    reference: 'HV-7K3M-Q9TD',
    clientName: 'Ann Lee',
    practiceArea: 'family',
    lawyerId: null,
    lawyerName: null,
    currentStage: 'intake-review',
    currentStageLabel: 'Reviewing your case',
    status: 'open',
    lastClientUpdateAt: received,
    daysSinceClientUpdate: 0,
    overdue: false,
    underAttack: false,
    unreadMessages: 0,
    createdAt: received,
    clientEmail: 'ann@example.com',
    stages: [{ key: 'intake-review', label: 'Reviewing your case', visible: true }],
    nextStep: null,
    updates: [],
    invoices: [],
    messages: [],
    failedAttempts: 0,
    closedAt: null,
    surveyUrl: null,
    intakeId: 'i-1',
    parties: [{ name: 'Robert Lee', kind: 'adverse' }],
  },
  accessCode: 'K7Q4-M9TD',
});

describe('intake detail: open a matter (issue 17)', () => {
  it('opens the matter from a retained intake, shows the code once, then links to the matter', async () => {
    let detail = intakeDetail({ state: 'retained', matterId: null });
    const sent: { csrf: string | null; body: unknown }[] = [];
    server.use(
      http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)),
      http.post(apiUrl(`inbox/${detail.id}/matter`), async ({ request }) => {
        sent.push({ csrf: request.headers.get('x-csrf-token'), body: await request.json() });
        detail = { ...detail, matterId: created.matter.id };
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const panel = await screen.findByRole('region', { name: 'Matter' });
    const button = within(panel).getByRole('button', { name: 'Open a matter' });
    fireEvent.click(button);
    await within(panel).findByText('K7Q4-M9TD');
    expect(within(panel).getByText('HV-7K3M-Q9TD')).toBeTruthy();
    expect(sent).toEqual([{ csrf: adminSession.csrfToken, body: {} }]);
    const link = within(panel).getByRole('link', { name: 'Go to the matter' });
    expect(link.getAttribute('href')).toContain('m-ann');
    expect(within(panel).queryByRole('button', { name: 'Open a matter' })).toBeNull();
  });

  it('links the matter a colleague opened meanwhile (409 names it)', async () => {
    const detail = intakeDetail({ state: 'retained', matterId: null });
    server.use(
      http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)),
      http.post(apiUrl(`inbox/${detail.id}/matter`), () =>
        HttpResponse.json(
          {
            type: problemTypes.matterExists,
            title: 'A matter was opened from this intake already',
            status: 409,
            matterId: 'm-9',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const panel = await screen.findByRole('region', { name: 'Matter' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Open a matter' }));
    await waitFor(() =>
      expect(within(panel).getByRole('link', { name: 'Go to the matter' }).getAttribute('href')).toContain('m-9'),
    );
    expect(within(panel).getByText('A matter was opened from this intake already.')).toBeTruthy();
  });

  it('shows a link, not the button, once the intake has its matter; nothing before it is retained', async () => {
    const linked = intakeDetail({ state: 'retained', matterId: 'm-ann' });
    server.use(http.get(apiUrl(`inbox/${linked.id}`), () => HttpResponse.json(linked)));
    const first = renderDashboard(`/dashboard/intakes/${linked.id}`);
    const panel = await screen.findByRole('region', { name: 'Matter' });
    expect(within(panel).getByRole('link', { name: 'Go to the matter' })).toBeTruthy();
    expect(within(panel).queryByRole('button')).toBeNull();
    first.unmount();

    const fresh = intakeDetail({ state: 'contacted' });
    server.use(http.get(apiUrl(`inbox/${fresh.id}`), () => HttpResponse.json(fresh)));
    renderDashboard(`/dashboard/intakes/${fresh.id}`);
    await screen.findByRole('heading', { name: 'Submission' });
    expect(screen.queryByRole('button', { name: 'Open a matter' })).toBeNull();
  });
});
