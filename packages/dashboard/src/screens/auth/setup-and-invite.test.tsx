import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, received, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const token = 'setup-token-0123456789abcdef';

function signedOut() {
  server.use(http.get(apiUrl('session'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')));
}

function type(label: RegExp | string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('first admin setup', () => {
  it('creates the firm with the token from the link, then forgets the token', async () => {
    signedOut();
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('setup'), () => HttpResponse.json({ needed: true })),
      http.post(apiUrl('setup'), async ({ request }) => {
        sent.push({ body: await request.json(), csrf: request.headers.get('x-csrf-token') });
        return HttpResponse.json(adminSession, { status: 201 });
      }),
    );
    renderDashboard(`/dashboard/setup#token=${token}`);
    await screen.findByRole('heading', { name: 'Create the first admin' });
    type(/Firm name/, 'Harbor & Vale LLP');
    type(/Your name/, 'Ann Harbor');
    type(/Email/, 'ann@harborvale.example');
    type(/^Password/, 'correct horse battery staple');
    type(/Repeat the password/, 'correct horse battery stapler');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('The passwords do not match.')).toBeTruthy();
    expect(sent).toEqual([]);

    type(/Repeat the password/, 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(location.pathname).toBe('/dashboard/sites'));
    expect(location.hash).toBe('');
    expect(sent).toEqual([
      {
        body: {
          token,
          firmName: 'Harbor & Vale LLP',
          name: 'Ann Harbor',
          email: 'ann@harborvale.example',
          password: 'correct horse battery staple',
        },
        csrf: null,
      },
    ]);
  });

  it('explains a link without its token', async () => {
    signedOut();
    renderDashboard('/dashboard/setup');
    expect((await screen.findByRole('alert')).textContent).toContain('This link has no token');
    expect((screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('accepting an invitation', () => {
  it('shows who invited whom, and joins', async () => {
    signedOut();
    const accepted: unknown[] = [];
    server.use(
      http.post(apiUrl('invitations/preview'), () =>
        HttpResponse.json({
          email: 'ben@harborvale.example',
          role: 'staff',
          firmName: 'Harbor & Vale LLP',
          expiresAt: received,
        }),
      ),
      http.post(apiUrl('invitations/accept'), async ({ request }) => {
        accepted.push(await request.json());
        return HttpResponse.json(staffSession, { status: 201 });
      }),
      http.get(apiUrl('inbox'), () =>
        HttpResponse.json({
          items: [],
          stats: {
            medianFirstResponseBusinessMs: null,
            answeredWithinTargetShare: null,
            answered: 0,
            received: 0,
            overdue: 0,
          },
        }),
      ),
    );
    renderDashboard(`/dashboard/invite#token=${token}`);
    expect(await screen.findByText('Harbor & Vale LLP invited ben@harborvale.example as Staff.')).toBeTruthy();
    type(/Your name/, 'Ben Vale');
    type(/^Password/, 'a long enough passphrase');
    type(/Repeat the password/, 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByRole('heading', { name: 'Intake inbox' })).toBeTruthy();
    expect(accepted).toEqual([{ token, name: 'Ben Vale', password: 'a long enough passphrase' }]);
  });

  it('says when the invitation no longer works', async () => {
    signedOut();
    server.use(
      http.post(apiUrl('invitations/preview'), () => problemResponse(403, 'urn:retainer:problem:invalid-token')),
    );
    renderDashboard(`/dashboard/invite#token=${token}`);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This invitation is invalid, expired or was already used',
    );
    expect((screen.getByRole('button', { name: 'Accept invitation' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
