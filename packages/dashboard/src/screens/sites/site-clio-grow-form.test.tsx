import type { ClioGrowSettings, ClioGrowSettingsInput } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, site, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

/** The form loads after the site does; a loaded machine can take longer than the default second. */
const slow = { timeout: 5000 };

function serveSite(stored: ClioGrowSettings = { configured: false, auto: false, updatedAt: null }) {
  const sent: { csrf: string | null; body: ClioGrowSettingsInput }[] = [];
  let current = stored;
  server.use(
    http.get(apiUrl('sites/harbor-vale'), () => HttpResponse.json(site)),
    http.get(apiUrl('sites/harbor-vale/disclaimers'), () => HttpResponse.json({ versions: [] })),
    http.get(apiUrl('sites/harbor-vale/clio-grow'), () => HttpResponse.json(current)),
    http.put(apiUrl('sites/harbor-vale/clio-grow'), async ({ request }) => {
      const body = (await request.json()) as ClioGrowSettingsInput;
      sent.push({ csrf: request.headers.get('x-csrf-token'), body });
      const configured = body.token === null ? false : Boolean(body.token) || current.configured;
      if (body.auto && !configured) {
        return problemResponse(422, 'urn:retainer:problem:validation', {
          errors: [{ path: 'token', code: 'required' }],
        });
      }
      current = { configured, auto: body.auto && configured, updatedAt: 1 };
      return HttpResponse.json(current);
    }),
  );
  return sent;
}

const panel = async () =>
  within((await screen.findByRole('heading', { name: 'Clio Grow' }, slow)).closest('section') as HTMLElement);

describe('site Clio Grow form (issue 16)', () => {
  it('stores the token write-only and switches automatic sending on, then shows only that it is connected', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    expect(form.getByText('Not connected: no Lead Inbox token is stored.')).toBeTruthy();
    const token = form.getByLabelText(/Lead Inbox token/) as HTMLInputElement;
    expect(token.type).toBe('password');
    fireEvent.input(token, { target: { value: 'cg_inbox_7Hq2LmXv9Pz4' } });
    const auto = form.getByRole('checkbox', { name: 'Send new intakes to Clio Grow automatically' });
    // The rule is explained right at the switch, for screen readers too.
    expect(auto.getAttribute('aria-describedby')).toBe('clio-grow-auto-hint');
    expect(form.getByText(/only once its conflict check is clear/)).toBeTruthy();
    fireEvent.click(auto);
    fireEvent.click(form.getByRole('button', { name: 'Save Clio Grow' }));
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    expect(sent[0]).toEqual({ csrf: adminSession.csrfToken, body: { auto: true, token: 'cg_inbox_7Hq2LmXv9Pz4' } });
    expect(await screen.findByText('Clio Grow settings saved.', {}, slow)).toBeTruthy();
    expect((form.getByLabelText(/Lead Inbox token/) as HTMLInputElement).value).toBe('');
    expect(form.getByText('Connected: a Lead Inbox token is stored.')).toBeTruthy();
    expect((form.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(form.getByRole('button', { name: 'Remove the token' }));
    await waitFor(() => expect(sent).toHaveLength(2), slow);
    expect(sent[1]?.body).toEqual({ auto: false, token: null });
    expect(await form.findByText('Not connected: no Lead Inbox token is stored.', {}, slow)).toBeTruthy();
  });

  it('checks the token before sending, and names the field the collector refused', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    fireEvent.input(form.getByLabelText(/Lead Inbox token/), { target: { value: 'no spaces allowed' } });
    fireEvent.click(form.getByRole('button', { name: 'Save Clio Grow' }));
    await waitFor(
      () => expect(form.getByLabelText(/Lead Inbox token/).getAttribute('aria-invalid')).toBe('true'),
      slow,
    );
    expect(sent).toHaveLength(0);
    fireEvent.input(form.getByLabelText(/Lead Inbox token/), { target: { value: '' } });
    fireEvent.click(form.getByRole('checkbox'));
    fireEvent.click(form.getByRole('button', { name: 'Save Clio Grow' }));
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    await waitFor(
      () => expect(form.getByLabelText(/Lead Inbox token/).getAttribute('aria-invalid')).toBe('true'),
      slow,
    );
  });

  it('lets staff see whether it is connected but not change it', async () => {
    serveSite({ configured: true, auto: true, updatedAt: 1 });
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    expect(form.getByText('Connected: a Lead Inbox token is stored.')).toBeTruthy();
    expect(form.getByRole('checkbox').closest('fieldset')?.disabled).toBe(true);
    expect(form.queryByRole('button', { name: 'Save Clio Grow' })).toBeNull();
    expect(form.queryByRole('button', { name: 'Remove the token' })).toBeNull();
  });
});
