import type { AdminSession } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const pending: AdminSession = { ...adminSession, pending: 'second-factor' };
const emptyInbox = {
  items: [],
  stats: { medianFirstResponseBusinessMs: null, answeredWithinTargetShare: null, answered: 0, received: 0, overdue: 0 },
};

function signInNeedsCode() {
  let signedIn: AdminSession | null = null;
  server.use(
    http.get(apiUrl('session'), () =>
      signedIn ? HttpResponse.json(signedIn) : problemResponse(401, 'urn:retainer:problem:unauthenticated'),
    ),
    http.post(apiUrl('session'), () => {
      signedIn = pending;
      return HttpResponse.json(pending);
    }),
    http.get(apiUrl('inbox'), () => HttpResponse.json(emptyInbox)),
  );
}

async function signIn() {
  await screen.findByRole('heading', { name: 'Sign in' });
  fireEvent.input(screen.getByLabelText(/Email/), { target: { value: 'ann@harborvale.example' } });
  fireEvent.input(screen.getByLabelText(/Password/), { target: { value: 'correct horse battery' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  return screen.findByRole('heading', { name: 'Two-factor sign-in' });
}

describe('the second sign-in step', () => {
  it('asks for the app’s code after the password, then opens the page that was asked for', async () => {
    signInNeedsCode();
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('session/second-factor'), async ({ request }) => {
        const body = await request.json();
        sent.push(body);
        return (body as { code: string }).code === '246810'
          ? HttpResponse.json(adminSession)
          : problemResponse(401, 'urn:retainer:problem:invalid-code');
      }),
    );
    renderDashboard('/dashboard/inbox');
    await signIn();
    const input = screen.getByLabelText(/Code from the app/) as HTMLInputElement;
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');

    // Checked before sending: five digits is not a code.
    fireEvent.input(input, { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter the six digits the app shows.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    // A wrong code stays on the step and says so; the session is not thrown away (a 401 here is the form's).
    fireEvent.input(input, { target: { value: '111 111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That code did not work');
    expect(screen.getByRole('heading', { name: 'Two-factor sign-in' })).toBeTruthy();

    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '246 810' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { name: 'Intake inbox' })).toBeTruthy();
    expect(sent).toEqual([{ code: '111111' }, { code: '246810' }]);
    expect(location.pathname).toBe('/dashboard/inbox');
  });

  it('takes a recovery code from the link under the code field', async () => {
    signInNeedsCode();
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('session/second-factor'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(adminSession);
      }),
    );
    renderDashboard('/dashboard/inbox');
    await signIn();
    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery code' }));
    const field = await screen.findByLabelText(/Recovery code/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'not a code' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter a recovery code like abcde-fghjk-mnpqr.')).toBeTruthy();
    fireEvent.input(field, { target: { value: 'ABCDE-FGHJK-MNPQR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { name: 'Intake inbox' })).toBeTruthy();
    expect(sent).toEqual([{ recoveryCode: 'ABCDE-FGHJK-MNPQR' }]);
  });

  it('says when there were too many tries, and goes back to the password when the step timed out', async () => {
    signInNeedsCode();
    let answer = problemResponse(429, 'urn:retainer:problem:rate-limited');
    server.use(http.post(apiUrl('session/second-factor'), () => answer));
    renderDashboard('/dashboard/inbox');
    await signIn();
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
    answer = problemResponse(401, 'urn:retainer:problem:unauthenticated');
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Your session ended. Sign in again to continue.')).toBeTruthy();
  });

  it('reads in Russian and Chinese', async () => {
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(pending)));
    renderDashboard('/dashboard/inbox');
    await screen.findByRole('heading', { name: 'Two-factor sign-in' });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { name: 'Двухфакторный вход' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Использовать резервный код' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    expect(await screen.findByRole('heading', { name: '双重验证' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '使用恢复码' })).toBeTruthy();
  });
});
