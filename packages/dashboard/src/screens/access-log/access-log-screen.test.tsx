import type { Language } from '@retainer/schema';
import type { AccessLogEntry } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { received, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const minute = 60_000;

function entry(overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: 'e-1',
    at: received,
    actor: { kind: 'member', id: 'u-ben', name: 'Ben Vale', former: false },
    action: 'intake.viewed',
    subject: { kind: 'intake', id: 'i-1', reference: 'HV-1001' },
    ip: '203.0.113.7',
    userAgent: 'Firefox 128 on Linux',
    requestId: 'r-1',
    detail: {},
    ...overrides,
  };
}

const stateChange = entry({
  id: 'e-2',
  at: received - minute,
  action: 'intake.state_changed',
  detail: { from: 'new', to: 'contacted' },
});
const formerSignIn = entry({
  id: 'e-3',
  at: received - 2 * minute,
  actor: { kind: 'member', id: 'u-cara', name: 'Cara Doe', former: true },
  action: 'signin.failed',
  subject: null,
});

/** Answers the log (first page, then `older` for the cursor) and records each query. */
function serveLog(entries: AccessLogEntry[], older: AccessLogEntry[] = []) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('access-log'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      if (query.get('cursor')) return HttpResponse.json({ entries: older, next: null });
      const action = query.get('action');
      const actor = query.get('actor');
      const page = entries.filter((e) => (!action || e.action === action) && (!actor || e.actor.id === actor));
      return HttpResponse.json({ entries: page, next: older.length > 0 && !action ? `${received}.e-3` : null });
    }),
    http.get(apiUrl('access-log/settings'), () => HttpResponse.json({ retentionDays: 730 })),
  );
  return queries;
}

describe('Access log', () => {
  it('lists who did what to which record and from where; pages to older entries', async () => {
    const queries = serveLog(
      [entry(), stateChange, formerSignIn],
      [entry({ id: 'e-0', action: 'signout', subject: null })],
    );
    renderDashboard('/dashboard/access-log');
    expect(await screen.findByRole('heading', { level: 1, name: 'Access log' })).toBeTruthy();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('rowheader', { name: 'Ben Vale' })).toBeTruthy();
    expect(first.getByText('Opened an intake')).toBeTruthy();
    expect(first.getByRole('link', { name: 'HV-1001' }).getAttribute('href')).toBe('/dashboard/intakes/i-1');
    expect(first.getByText('203.0.113.7')).toBeTruthy();
    expect(first.getByText('Firefox 128 on Linux')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('new → contacted')).toBeTruthy();
    const third = within(rows[2] as HTMLElement);
    expect(third.getByText('Cara Doe (former member)')).toBeTruthy();
    expect(third.getByText('Failed to sign in')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show older entries' }));
    expect(await screen.findByText('Signed out')).toBeTruthy();
    expect(queries.at(-1)?.get('cursor')).toBe(`${received}.e-3`);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: '4 entries' })).toBeTruthy();
  });

  it('filters by member and action through the address, and the CSV link carries the filters', async () => {
    const queries = serveLog([entry(), stateChange, formerSignIn]);
    renderDashboard('/dashboard/access-log');
    await screen.findAllByRole('row');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe('/api/admin/access-log.csv');
    // The member list comes from the team.
    await screen.findByRole('option', { name: 'Ben Vale' });
    fireEvent.change(screen.getByLabelText('Member'), { target: { value: 'u-ben' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'intake.state_changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(location.search).toBe('?actor=u-ben&action=intake.state_changed');
    expect(queries.at(-1)?.get('actor')).toBe('u-ben');
    expect(queries.at(-1)?.get('action')).toBe('intake.state_changed');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/admin/access-log.csv?actor=u-ben&action=intake.state_changed',
    );

    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'member.removed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('No entries match these filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));
    expect(location.search).toBe('');
  });

  it('turns dates into a time range and ignores filters the collector would refuse', async () => {
    const queries = serveLog([entry()]);
    renderDashboard('/dashboard/access-log?from=2025-05-01&to=2025-05-06&action=intake.peeked&subject=HV-1001');
    await screen.findAllByRole('row');
    const query = queries.at(-1)!;
    expect(Number(query.get('from'))).toBe(new Date(2025, 4, 1).getTime());
    expect(Number(query.get('to'))).toBe(new Date(2025, 4, 7).getTime());
    expect(query.get('action')).toBeNull();
    expect(query.get('subject')).toBe('HV-1001');
    expect((screen.getByLabelText('Reference or id') as HTMLInputElement).value).toBe('HV-1001');
  });

  it('says when nothing is recorded yet, and shows a failure with a retry', async () => {
    serveLog([]);
    const { unmount } = renderDashboard('/dashboard/access-log');
    expect(await screen.findByText('Nothing recorded yet')).toBeTruthy();
    unmount();

    let calls = 0;
    server.use(
      http.get(apiUrl('access-log'), () =>
        ++calls === 1
          ? problemResponse(503, 'https://retainer.dev/problems/storage-unavailable')
          : HttpResponse.json({ entries: [entry()], next: null }),
      ),
    );
    renderDashboard('/dashboard/access-log');
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button'));
    expect(await screen.findByRole('link', { name: 'HV-1001' })).toBeTruthy();
  });

  it('keeps two years unless an admin sets 90 days to 10 years', async () => {
    serveLog([entry()]);
    const saved: unknown[] = [];
    server.use(
      http.put(apiUrl('access-log/settings'), async ({ request }) => {
        saved.push(await request.json());
        return HttpResponse.json({ retentionDays: 365 });
      }),
    );
    renderDashboard('/dashboard/access-log');
    const days = (await screen.findByLabelText(/^Days/)) as HTMLInputElement;
    expect(days.value).toBe('730');
    fireEvent.input(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(saved).toEqual([]);
    fireEvent.input(days, { target: { value: '365' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toEqual([{ retentionDays: 365 }]));
    await waitFor(() => expect(screen.getByText('Saved: entries are kept for 365 days.')).toBeTruthy());
  });

  it('is not offered to staff, and says so if they open its address', async () => {
    const queries = serveLog([entry()]);
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/access-log');
    expect(await screen.findByText('Only admins can read the access log.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Access log' })).toBeNull();
    expect(queries).toEqual([]);
  });

  it('is linked from each member on the team screen', async () => {
    renderDashboard('/dashboard/team');
    const link = await screen.findByRole('link', { name: 'Access log entries of Ben Vale' });
    expect(link.getAttribute('href')).toBe('/dashboard/access-log?actor=u-ben');
    expect(screen.getByRole('link', { name: 'Access log' }).getAttribute('href')).toBe('/dashboard/access-log');
  });

  it.each<[Language, string, string, string]>([
    ['ru', 'Журнал доступа', 'Открыл заявку', 'Показать более ранние'],
    ['zh', '访问日志', '打开了咨询', '显示更早的记录'],
  ])('speaks %s', async (lang, title, action, more) => {
    serveLog([entry()], [stateChange]);
    const { dashboard } = renderDashboard('/dashboard/access-log');
    await dashboard.i18n.setLanguage(lang);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    await waitFor(() => expect(within(screen.getAllByRole('row')[1] as HTMLElement).getByText(action)).toBeTruthy());
    expect(screen.getByRole('button', { name: more })).toBeTruthy();
    expect(screen.getByRole('link', { name: title }).getAttribute('aria-current')).toBe('page');
  });
});
