import { passwordResetConfirm, passwordResetRequest } from '@retainer/schema/admin';
import { fireEvent, screen } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

function signedOut() {
  server.use(http.get(apiUrl('session'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')));
}

describe('forgot password (issue 15)', () => {
  it('asks for a link from the sign-in screen and gives the same answer whatever the address', async () => {
    signedOut();
    const asked: unknown[] = [];
    server.use(
      http.post(apiUrl('password-reset'), async ({ request }) => {
        asked.push(passwordResetRequest.parse(await request.json()));
        return HttpResponse.json({ accepted: true }, { status: 202 });
      }),
    );
    renderDashboard('/dashboard/sign-in');
    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Email/), { target: { value: ' Hana@HarborVale.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText(/If an account uses this address/)).toBeTruthy();
    expect(asked).toEqual([{ email: 'hana@harborvale.example', lang: 'en' }]);
  });

  it('sets a new password with the link from the email, then forgets the token', async () => {
    signedOut();
    const confirmed: unknown[] = [];
    server.use(
      http.post(apiUrl('password-reset/check'), () => HttpResponse.json({ valid: true })),
      http.post(apiUrl('password-reset/confirm'), async ({ request }) => {
        confirmed.push(passwordResetConfirm.parse(await request.json()));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderDashboard('/dashboard/reset-password#token=tok-123');
    const password = await screen.findByLabelText(/^New password/);
    fireEvent.input(password, { target: { value: 'a brand new passphrase' } });
    fireEvent.input(screen.getByLabelText(/Repeat the password/), { target: { value: 'a brand new passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText(/Your password is changed/)).toBeTruthy();
    expect(confirmed).toEqual([{ token: 'tok-123', password: 'a brand new passphrase' }]);
    expect(location.hash).toBe('');
  });

  it('says at once when the link has expired or was used', async () => {
    signedOut();
    server.use(http.post(apiUrl('password-reset/check'), () => HttpResponse.json({ valid: false })));
    renderDashboard('/dashboard/reset-password#token=old');
    expect((await screen.findByRole('alert')).textContent).toMatch(/expired or was already used/);
    expect(screen.queryByRole('button', { name: 'Set the new password' })).toBeNull();
  });
});
