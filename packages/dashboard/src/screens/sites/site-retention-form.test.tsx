import { defaultRetention, type RetentionSettings } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, site, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

/** The form loads after the site does; a loaded machine can take longer than the default second. */
const slow = { timeout: 5000 };

function serveSite() {
  const sent: { csrf: string | null; body: RetentionSettings }[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale'), () => HttpResponse.json(site)),
    http.get(apiUrl('sites/harbor-vale/disclaimers'), () => HttpResponse.json({ versions: [] })),
    http.put(apiUrl('sites/harbor-vale/retention'), async ({ request }) => {
      const body = (await request.json()) as RetentionSettings;
      sent.push({ csrf: request.headers.get('x-csrf-token'), body });
      return HttpResponse.json(body);
    }),
  );
  return sent;
}

describe('site retention form', () => {
  it('shows the site’s retention and saves a change', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const events = (await screen.findByLabelText(/Raw journey events/, {}, slow)) as HTMLInputElement;
    expect(events.value).toBe(String(defaultRetention.eventDays));
    fireEvent.input(events, { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention settings' }));
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    expect(sent[0]).toEqual({ csrf: adminSession.csrfToken, body: { ...defaultRetention, eventDays: 200 } });
    expect(await screen.findByText('Retention settings saved.', {}, slow)).toBeTruthy();
  });

  it('names a value out of range and sends nothing', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const declined = await screen.findByLabelText(/Declined intakes/, {}, slow);
    fireEvent.input(declined, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention settings' }));
    await waitFor(() => expect(declined.getAttribute('aria-invalid')).toBe('true'), slow);
    expect(sent).toEqual([]);
  });

  it('lets staff read it but not change it', async () => {
    serveSite();
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/sites/harbor-vale');
    const spam = (await screen.findByLabelText(/Spam: keep for/, {}, slow)) as HTMLInputElement;
    expect(spam.closest('fieldset')?.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save retention settings' })).toBeNull();
  });
});
