import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, inboxItem } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

function signedOut() {
  server.use(http.get(apiUrl('session'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')));
}

function fill(email: string, password: string) {
  fireEvent.input(screen.getByLabelText(/Email/), { target: { value: email } });
  fireEvent.input(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    signedOut();
    renderDashboard('/dashboard/intakes/i-1');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(location.pathname + location.search).toBe('/dashboard/sign-in?next=%2Fdashboard%2Fintakes%2Fi-1');
    // Nobody was signed in before, so there is no "session ended" notice.
    expect(screen.queryByText(/Your session ended/)).toBeNull();
  });

  it('shows one clear error for a wrong email or password, and clears the password', async () => {
    signedOut();
    const attempts: unknown[] = [];
    server.use(
      http.post(apiUrl('session'), async ({ request }) => {
        attempts.push(await request.json());
        return problemResponse(401, 'urn:retainer:problem:invalid-credentials');
      }),
    );
    renderDashboard('/dashboard/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });
    fill('ann@harborvale.example', 'not the password');

    expect((await screen.findByRole('alert')).textContent).toBe('That email and password do not match an account.');
    expect(attempts).toEqual([{ email: 'ann@harborvale.example', password: 'not the password' }]);
    expect((screen.getByLabelText(/Password/) as HTMLInputElement).value).toBe('');
    expect(location.pathname).toBe('/dashboard/sign-in');
  });

  it('says when sign-in is rate limited', async () => {
    signedOut();
    server.use(http.post(apiUrl('session'), () => problemResponse(429, 'urn:retainer:problem:rate-limited')));
    renderDashboard('/dashboard/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });
    fill('ann@harborvale.example', 'correct horse battery');
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
  });

  it('checks the email before sending anything', async () => {
    signedOut();
    renderDashboard('/dashboard/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });
    fill('not-an-email', 'whatever');
    expect(await screen.findByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect(screen.getByLabelText(/Email/).getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in and continues to the page that was asked for', async () => {
    signedOut();
    server.use(
      http.post(apiUrl('session'), () => HttpResponse.json(adminSession)),
      http.get(apiUrl('inbox'), () =>
        HttpResponse.json({
          items: [inboxItem()],
          stats: {
            medianFirstResponseBusinessMs: null,
            answeredWithinTargetShare: null,
            answered: 0,
            received: 1,
            overdue: 0,
          },
        }),
      ),
    );
    renderDashboard('/dashboard/sign-in?next=%2Fdashboard%2Finbox%3Fstate%3Dnew');
    await screen.findByRole('heading', { name: 'Sign in' });
    fill(' Ann@HarborVale.example ', 'correct horse battery');
    expect(await screen.findByRole('heading', { name: 'Intake inbox' })).toBeTruthy();
    expect(location.pathname + location.search).toBe('/dashboard/inbox?state=new');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('never follows a next address outside the dashboard', async () => {
    signedOut();
    server.use(
      http.post(apiUrl('session'), () => HttpResponse.json(adminSession)),
      // The home is the journey map (issue 8): no sites here, so it shows its empty state.
      http.get(apiUrl('sites'), () => HttpResponse.json({ sites: [] })),
    );
    renderDashboard('/dashboard/sign-in?next=%2F%2Fevil.example%2Fdashboard%2F');
    await screen.findByRole('heading', { name: 'Sign in' });
    fill('ann@harborvale.example', 'correct horse battery');
    await waitFor(() => expect(location.pathname).toBe('/dashboard/'));
  });

  it('signs out on the server, with the CSRF token, and starts afresh', async () => {
    const deletes: (string | null)[] = [];
    server.use(
      http.delete(apiUrl('session'), ({ request }) => {
        deletes.push(request.headers.get('x-csrf-token'));
        return new HttpResponse(null, { status: 204 });
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
    renderDashboard('/dashboard/inbox');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(location.pathname + location.search).toBe('/dashboard/sign-in'));
    expect(deletes).toEqual([adminSession.csrfToken]);
  });
});
