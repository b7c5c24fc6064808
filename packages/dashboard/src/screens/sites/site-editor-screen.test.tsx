import type { AdminSite } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, site, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

function serveSite() {
  const sent: { csrf: string | null; body: Record<string, unknown> }[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale'), () => HttpResponse.json(site)),
    http.get(apiUrl('sites/harbor-vale/disclaimers'), () =>
      HttpResponse.json({
        versions: [
          { version: 3, text: site.disclaimerText, createdAt: site.updatedAt },
          { version: 2, text: { en: 'An older notice.' }, createdAt: site.createdAt },
        ],
      }),
    ),
    http.put(apiUrl('sites/harbor-vale'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push({ csrf: request.headers.get('x-csrf-token'), body });
      return HttpResponse.json({ ...site, ...body, disclaimerVersion: 4 } as AdminSite);
    }),
  );
  return sent;
}

describe('site settings', () => {
  it('shows the disclaimer version and saves a change as the next version', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const english = await screen.findByLabelText(/Disclaimer text \(English\)/);
    expect(screen.getByText(/Current version: 3\./)).toBeTruthy();
    expect(screen.getByText(/Saving a changed text creates version 4/)).toBeTruthy();
    expect(screen.getByText('An older notice.')).toBeTruthy();

    fireEvent.input(english, { target: { value: 'No attorney–client relationship is formed by this form.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.csrf).toBe(adminSession.csrfToken);
    expect(sent[0]?.body.disclaimerText).toEqual({ en: 'No attorney–client relationship is formed by this form.' });
    expect(sent[0]?.body.allowedOrigins).toEqual(['https://www.harborvale.example']);
    expect(await screen.findByText(/Current version: 4\./)).toBeTruthy();
  });

  it('lists what to fix, linked to the fields, without sending', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const origins = await screen.findByLabelText(/Allowed origins/);
    fireEvent.input(origins, { target: { value: 'https://ok.example\nhttps://bad.example/contact' } });
    fireEvent.input(screen.getByLabelText(/Opens at/), { target: { value: '18:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('There are 2 problems to fix.');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Allowed origins: Enter an origin like https://www.firm.example (no path).',
      'Closes at: The end must be after the start.',
    ]);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(origins);
    expect(origins.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('shows the collector’s field errors too', async () => {
    serveSite();
    server.use(
      http.put(apiUrl('sites/harbor-vale'), () =>
        problemResponse(422, 'urn:retainer:problem:validation', {
          errors: [{ path: 'businessHours.timeZone', code: 'invalid_time_zone' }],
        }),
      ),
    );
    renderDashboard('/dashboard/sites/harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((a) => a.textContent?.includes('Some answers need attention.'))).toBe(true);
    expect(alerts.some((a) => a.textContent?.includes('Time zone'))).toBe(true);
  });

  it('lets staff read the settings but not change them', async () => {
    serveSite();
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/sites/harbor-vale');
    expect(await screen.findByText('Only admins can change site settings.')).toBeTruthy();
    expect((screen.getByLabelText(/Site name/) as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('creates a site and moves on to its snippets', async () => {
    const created: Record<string, unknown>[] = [];
    server.use(
      http.post(apiUrl('sites'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        created.push(body);
        return HttpResponse.json({ ...site, ...body, disclaimerVersion: 1 }, { status: 201 });
      }),
      http.get(apiUrl('sites/new-firm/snippets'), () =>
        HttpResponse.json({ collectorUrl: 'http://localhost:3000', widgets: [], loader: '<script></script>' }),
      ),
      http.get(apiUrl('sites'), () => HttpResponse.json({ sites: [{ ...site, id: 'new-firm' }] })),
      http.get(apiUrl('sites/new-firm/disclaimers'), () => HttpResponse.json({ versions: [] })),
    );
    renderDashboard('/dashboard/sites/new');
    fireEvent.input(await screen.findByLabelText(/Site name/), { target: { value: 'New Firm' } });
    fireEvent.input(screen.getByLabelText(/Site id/), { target: { value: 'New-Firm' } });
    fireEvent.input(screen.getByLabelText(/Public name/), { target: { value: 'New Firm LLP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add practice area' }));
    fireEvent.input(screen.getByLabelText(/^Id/), { target: { value: 'family' } });
    fireEvent.input(screen.getByLabelText(/Label \(English\)/), { target: { value: 'Family law' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create site' }));
    await waitFor(() => expect(location.pathname + location.search).toBe('/dashboard/snippets?site=new-firm'));
    expect(created[0]).toMatchObject({
      id: 'new-firm',
      name: 'New Firm',
      publicName: 'New Firm LLP',
      responseTarget: { amount: 1, unit: 'businessDay' },
    });
  });

  // Issue 14, defect 9: a site without practice areas would get an intake form that can never be sent.
  it('refuses a site whose intake form asks for a practice area it does not have, until one is added or the field hidden', async () => {
    const created: Record<string, unknown>[] = [];
    server.use(
      http.post(apiUrl('sites'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        created.push(body);
        return HttpResponse.json({ ...site, ...body, disclaimerVersion: 1 }, { status: 201 });
      }),
      http.get(apiUrl('sites/new-firm/snippets'), () =>
        HttpResponse.json({ collectorUrl: 'http://localhost:3000', widgets: [], loader: '<script></script>' }),
      ),
      http.get(apiUrl('sites'), () => HttpResponse.json({ sites: [{ ...site, id: 'new-firm' }] })),
      http.get(apiUrl('sites/new-firm/disclaimers'), () => HttpResponse.json({ versions: [] })),
    );
    renderDashboard('/dashboard/sites/new');
    fireEvent.input(await screen.findByLabelText(/Site name/), { target: { value: 'New Firm' } });
    fireEvent.input(screen.getByLabelText(/Site id/), { target: { value: 'new-firm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create site' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Practice areas: The intake form asks “What do you need help with?” but offers no answer: add a practice area, or hide the Practice area field.',
    ]);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add practice area' }));
    expect(created).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Practice area: Shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create site' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(JSON.stringify(created[0]?.intakeFields)).not.toContain('practiceArea');
    expect(created[0]?.publicName).toBeUndefined();
  });
});
