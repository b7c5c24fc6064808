import type { InboxList } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { hour, inboxItem } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const stats = {
  medianFirstResponseBusinessMs: 2.5 * hour,
  answeredWithinTargetShare: 0.83,
  answered: 10,
  received: 12,
  overdue: 1,
};

/** Answers the inbox with `list` and records the query of every request. */
function serveInbox(list: InboxList) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('inbox'), ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(list);
    }),
  );
  return queries;
}

const overdue = inboxItem({
  id: 'i-2',
  reference: 'HV-0999',
  name: 'Dmitri Ivanov',
  receivedAt: Date.UTC(2025, 4, 5, 9),
  clock: {
    businessMs: 10 * hour,
    targetMs: 8 * hour,
    dueAt: Date.UTC(2025, 4, 6, 9),
    firstContactAt: null,
    overdue: true,
  },
});
const contacted = inboxItem({
  id: 'i-3',
  reference: 'HV-1002',
  name: 'Li Wei',
  state: 'contacted',
  practiceArea: 'employment',
  assignee: { id: 'u-ben', name: 'Ben Vale' },
  clock: {
    businessMs: 2 * hour,
    targetMs: 8 * hour,
    dueAt: 0,
    firstContactAt: Date.UTC(2025, 4, 6, 16),
    overdue: false,
  },
  conflicts: [
    {
      name: 'Acme Logistics',
      role: 'adverse',
      match: { recordId: 'p-1', name: 'ACME Logistics, Inc.', kind: 'client', source: 'csv' },
    },
  ],
});

describe('intake inbox', () => {
  it('shows a cleared conflict check as cleared, not as a conflict', async () => {
    serveInbox({ items: [{ ...contacted, conflictCleared: true }], stats });
    renderDashboard('/dashboard/inbox');
    const table = await screen.findByRole('table', { name: 'Intakes' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByText('Conflict cleared')).toBeTruthy();
    expect(row.querySelector('.badge-conflict')).toBeNull();
    expect(row.textContent).not.toContain('matches “ACME Logistics, Inc.”');
  });

  it('lists intakes overdue first, with the response clock, conflicts and the 30-day header', async () => {
    serveInbox({ items: [contacted, inboxItem(), overdue], stats });
    renderDashboard('/dashboard/inbox');

    const table = await screen.findByRole('table', { name: 'Intakes' });
    const rows = within(table).getAllByRole('row').slice(1);
    const text = (row: HTMLElement | undefined) => row?.textContent?.replace(/\u00a0/g, ' ');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['HV-0999', 'HV-1001', 'HV-1002']);
    expect(rows[0]?.textContent).toContain('Overdue');
    expect(text(rows[0])).toContain('overdue by 2 h');
    expect(text(rows[1])).toContain('3 h 10 m of 8 h');
    expect(rows[1]?.textContent).toContain('Family law');
    expect(text(rows[2])).toContain('answered in 2 h');
    expect(rows[2]?.textContent).toContain('Conflict');
    expect(rows[2]?.textContent).toContain('matches “ACME Logistics, Inc.”');
    expect(rows[2]?.textContent).toContain('Ben Vale');
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link', { name: 'HV-0999' })
        .getAttribute('href'),
    ).toBe('/dashboard/intakes/i-2');

    const header = screen.getByRole('region', { name: 'Last 30 days' });
    expect(header.textContent?.replace(/\u00a0/g, ' ')).toContain('2 h 30 m');
    expect(header.textContent).toContain('83%');
    expect(header.textContent).toContain('10 of 12 answered');
  });

  it('re-queries with the right parameters when a filter changes, and keeps the filters in the address', async () => {
    const queries = serveInbox({ items: [inboxItem()], stats });
    renderDashboard('/dashboard/inbox?practiceArea=family');
    await screen.findByRole('table', { name: 'Intakes' });
    expect(Object.fromEntries(queries[0] ?? [])).toEqual({ practiceArea: 'family' });

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'contacted' } });
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(Object.fromEntries(queries[1] ?? [])).toEqual({ practiceArea: 'family', state: 'contacted' });
    expect(location.search).toBe('?practiceArea=family&state=contacted');
    await waitFor(() => expect(screen.getByRole('status', { hidden: true }).textContent).toBe('1 intake'));

    fireEvent.change(screen.getByLabelText('Received from'), { target: { value: '2025-05-01' } });
    await waitFor(() => expect(queries).toHaveLength(3));
    expect(queries[2]?.get('from')).toBe(String(new Date(2025, 4, 1).getTime()));

    fireEvent.change(screen.getByLabelText('Assignee'), { target: { value: 'none' } });
    await waitFor(() => expect(queries).toHaveLength(4));
    expect(queries[3]?.get('assignee')).toBe('none');

    const csv = screen.getByRole('link', { name: 'Export CSV' });
    expect(csv.getAttribute('href')).toContain('/api/admin/inbox/export?');
    expect(csv.getAttribute('href')).toContain('state=contacted');

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(queries).toHaveLength(5));
    expect([...(queries[4] ?? [])]).toEqual([]);
    expect(location.search).toBe('');
  });

  it('says when nothing matches, and when nothing has arrived yet', async () => {
    serveInbox({
      items: [],
      stats: { ...stats, medianFirstResponseBusinessMs: null, answeredWithinTargetShare: null },
    });
    renderDashboard('/dashboard/inbox?state=retained');
    expect(await screen.findByText('No intakes match these filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('No intakes yet')).toBeTruthy();
  });

  it('shows a failed load and tries again', async () => {
    server.use(http.get(apiUrl('inbox'), () => problemResponse(500, 'urn:retainer:problem:internal')));
    renderDashboard('/dashboard/inbox');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong on the server');
    serveInbox({ items: [inboxItem()], stats });
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Intakes' })).toBeTruthy();
  });

  it('sends the user to sign in when the session has ended', async () => {
    server.use(http.get(apiUrl('inbox'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')));
    renderDashboard('/dashboard/inbox?state=new');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(location.pathname).toBe('/dashboard/sign-in');
    expect(new URLSearchParams(location.search).get('next')).toBe('/dashboard/inbox?state=new');
    expect(screen.getByText('Your session ended. Sign in again to continue.')).toBeTruthy();
  });
});
