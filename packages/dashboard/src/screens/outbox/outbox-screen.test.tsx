import type { Language } from '@retainer/schema';
import type { EmailSettings, OutboxDetail, OutboxItem } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { received, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const minute = 60_000;

function message(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'o-1',
    site: 'harbor-vale',
    kind: 'email',
    template: 'staff-new-intake',
    locale: 'en',
    to: 'hana@harborvale.example',
    reason: 'intake.submitted',
    subject: 'New intake HV-1001',
    state: 'held',
    attempts: 0,
    nextAttemptAt: null,
    lastError: 'No mail server is configured',
    messageId: '<o-1@retainer.local>',
    createdAt: received,
    sentAt: null,
    ...overrides,
  };
}

const acknowledgement = message({
  id: 'o-2',
  template: 'intake-acknowledgement',
  to: 'maria@example.com',
  subject: 'We received your request HV-1001',
  createdAt: received - minute,
});
const retrying = message({
  id: 'o-3',
  state: 'retrying',
  attempts: 2,
  nextAttemptAt: received + 5 * minute,
  lastError: 'Connection refused by smtp.example.com:587',
  subject: 'New intake HV-1000',
  createdAt: received - 2 * minute,
});

const settings = (overrides: Partial<EmailSettings> = {}): EmailSettings => ({
  host: '',
  port: 587,
  secure: false,
  user: '',
  passwordSet: false,
  from: '',
  fromName: '',
  replyTo: '',
  acknowledgeIntakes: true,
  instanceServer: false,
  delivery: 'held',
  ...overrides,
});

/** Answers the outbox list (first page, then `older` for the cursor) and records each query. */
function serveOutbox(items: OutboxItem[], older: OutboxItem[] = [], delivery: EmailSettings['delivery'] = 'held') {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale/outbox'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      if (query.get('cursor')) return HttpResponse.json({ items: older, next: null });
      const state = query.get('state');
      const page = state ? items.filter((item) => item.state === state) : items;
      return HttpResponse.json({ items: page, next: older.length > 0 && !state ? `${received}.o-1` : null });
    }),
    http.get(apiUrl('sites/harbor-vale/email-settings'), () => HttpResponse.json(settings({ delivery }))),
  );
  return queries;
}

describe('Outbox', () => {
  it('lists every message with to whom, why, its state and attempts; filters by state; pages to older ones', async () => {
    const queries = serveOutbox([message(), acknowledgement, retrying], [message({ id: 'o-0', subject: 'Older' })]);
    renderDashboard('/dashboard/outbox');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeTruthy();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'New intake HV-1001' }).getAttribute('href')).toBe(
      '/dashboard/outbox/o-1?site=harbor-vale',
    );
    // Admins see the address.
    expect(first.getByText('hana@harborvale.example')).toBeTruthy();
    expect(first.getByText('A new intake arrived · Staff alert')).toBeTruthy();
    expect(first.getByText('Held')).toBeTruthy();
    expect(
      within(rows[1] as HTMLElement).getByText('A new intake arrived · Acknowledgement to the prospect'),
    ).toBeTruthy();
    const third = within(rows[2] as HTMLElement);
    expect(third.getByText('Retrying')).toBeTruthy();
    expect(third.getByText('2 attempts')).toBeTruthy();
    expect(third.getByText(/^Next attempt /)).toBeTruthy();
    expect(third.getByText('Connection refused by smtp.example.com:587')).toBeTruthy();

    // Held for want of a server: said at the top, with the way out.
    const banner = screen.getByRole('note');
    expect(within(banner).getByText('Messages are held: no mail server is configured')).toBeTruthy();
    expect(
      within(banner).getByRole('link', { name: 'Set up a mail server in Settings → Email' }).getAttribute('href'),
    ).toBe('/dashboard/settings/email?site=harbor-vale');

    fireEvent.click(screen.getByRole('button', { name: 'Show older messages' }));
    expect(await screen.findByText('Older')).toBeTruthy();
    expect(queries.at(-1)?.get('cursor')).toBe(`${received}.o-1`);
    expect(screen.queryByRole('button', { name: 'Show older messages' })).toBeNull();

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'retrying' } });
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(queries.at(-1)?.get('state')).toBe('retrying');
    expect(location.search).toBe('?site=harbor-vale&state=retrying');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '1 message' })).toBeTruthy());
  });

  it('shows staff a short recipient, no settings link, and who to ask', async () => {
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    serveOutbox([acknowledgement]);
    renderDashboard('/dashboard/outbox');
    expect(await screen.findByText('m•••@example.com')).toBeTruthy();
    expect(screen.queryByText('maria@example.com')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Email settings' })).toBeNull();
    expect(screen.getByText('Ask an admin to set up a mail server in Settings → Email.')).toBeTruthy();
  });

  it('says when there is nothing yet, and hides the banner once a server is set', async () => {
    serveOutbox([], [], 'site');
    renderDashboard('/dashboard/outbox');
    expect(await screen.findByText('No messages yet')).toBeTruthy();
    expect(screen.getByText(/the staff alert and the prospect’s acknowledgement appear here/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows a failed load with a way to try again', async () => {
    let calls = 0;
    server.use(
      http.get(apiUrl('sites/harbor-vale/outbox'), () =>
        calls++ === 0 ? problemResponse(500, 'about:blank') : HttpResponse.json({ items: [message()], next: null }),
      ),
      http.get(apiUrl('sites/harbor-vale/email-settings'), () => HttpResponse.json(settings())),
    );
    renderDashboard('/dashboard/outbox');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Something went wrong on the server. Try again in a moment.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('New intake HV-1001')).toBeTruthy();
  });

  it.each<[Language, string, string, string]>([
    ['ru', 'Исходящие', 'Письма задержаны: почтовый сервер не настроен', 'Задержано'],
    ['zh', '发件箱', '邮件已保留：尚未配置邮件服务器', '已保留'],
  ])('speaks %s', async (lang, title, banner, held) => {
    serveOutbox([message()]);
    const { dashboard } = renderDashboard('/dashboard/outbox');
    await dashboard.i18n.setLanguage(lang);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(await screen.findByText(banner)).toBeTruthy();
    expect(within(screen.getAllByRole('row')[1] as HTMLElement).getByText(held)).toBeTruthy();
    expect(screen.getByRole('link', { name: title }).getAttribute('aria-current')).toBe('page');
  });
});

describe('Outbox message', () => {
  const detail = (overrides: Partial<OutboxDetail> = {}): OutboxDetail => ({
    ...message(),
    from: 'Harbor & Vale <no-reply@harborvale.example>',
    replyTo: 'intake@harborvale.example',
    text: 'A new intake arrived: HV-1001.\nOpen it: https://retainer.example/dashboard/intakes/i-1',
    html: '<p>A new intake arrived: <strong>HV-1001</strong>.</p><script>parent.alert(1)</script>',
    headers: { 'Auto-Submitted': 'auto-generated' },
    ...overrides,
  });

  it('shows the delivery record and the message in a sandboxed frame or as text, and retries now', async () => {
    const retried: string[] = [];
    server.use(
      http.get(apiUrl('sites/harbor-vale/outbox/o-1'), () => HttpResponse.json(detail())),
      http.post(apiUrl('sites/harbor-vale/outbox/o-1/retry'), ({ request }) => {
        retried.push(request.headers.get('x-csrf-token') ?? '');
        return HttpResponse.json(message({ state: 'queued', nextAttemptAt: received, lastError: null }));
      }),
    );
    renderDashboard('/dashboard/outbox/o-1?site=harbor-vale');
    expect(await screen.findByRole('heading', { level: 1, name: 'New intake HV-1001' })).toBeTruthy();
    expect(screen.getByText('Harbor & Vale <no-reply@harborvale.example>')).toBeTruthy();
    expect(screen.getByText('intake@harborvale.example')).toBeTruthy();
    expect(screen.getByText('<o-1@retainer.local>')).toBeTruthy();
    expect(screen.getByText('auto-generated')).toBeTruthy();
    const frame = screen.getByTitle('Email body: New intake HV-1001');
    // No script, no same origin, no forms, no navigation of the dashboard.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('src')).toBe('/api/admin/sites/harbor-vale/outbox/o-1/body');
    expect(frame.getAttribute('srcdoc')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'Plain text' }));
    expect(await screen.findByText(/Open it: https:\/\/retainer.example/)).toBeTruthy();
    expect(screen.queryByTitle('Email body: New intake HV-1001')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(screen.getByText('The message will be sent again now.')).toBeTruthy());
    expect(retried).toEqual(['csrf-token-1234567890']);
    expect(screen.getByText('Queued')).toBeTruthy();
  });

  it('says when the body was purged, offers no retry for a sent message, and reads in Chinese', async () => {
    server.use(
      http.get(apiUrl('sites/harbor-vale/outbox/o-1'), () =>
        HttpResponse.json(detail({ state: 'sent', sentAt: received, lastError: null, text: null, html: null })),
      ),
    );
    const { dashboard } = renderDashboard('/dashboard/outbox/o-1?site=harbor-vale');
    await screen.findByRole('heading', { level: 1, name: 'New intake HV-1001' });
    expect(screen.getByText(/The body was removed after the site’s retention period/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    await dashboard.i18n.setLanguage('zh');
    expect(await screen.findByText('返回发件箱')).toBeTruthy();
    expect(screen.getByText('已发送')).toBeTruthy();
  });

  it('shows a missing message as not found', async () => {
    server.use(
      http.get(apiUrl('sites/harbor-vale/outbox/nope'), () =>
        problemResponse(404, 'https://retainer.dev/problems/not-found'),
      ),
    );
    renderDashboard('/dashboard/outbox/nope?site=harbor-vale');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Back to the Outbox/ }).getAttribute('href')).toBe(
      '/dashboard/outbox?site=harbor-vale',
    );
  });
});
