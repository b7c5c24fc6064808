import { fireEvent, screen } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../test-support/server.ts';

const requestId = '01JEXAMPLE7Q4ZK3M8N2P5R6ST';

async function signInFailingWith(answer: () => Response) {
  server.use(
    http.get(apiUrl('session'), () => problemResponse(401, 'urn:retainer:problem:unauthenticated')),
    http.post(apiUrl('session'), answer),
  );
  renderDashboard('/dashboard/sign-in');
  await screen.findByRole('heading', { name: 'Sign in' });
  fireEvent.input(screen.getByLabelText(/Email/), { target: { value: 'ann@harborvale.example' } });
  fireEvent.input(screen.getByLabelText(/Password/), { target: { value: 'correct horse battery' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  return await screen.findByRole('alert');
}

describe('the request id on error screens (issue 19)', () => {
  it("shows the problem's request id as selectable text, so a screenshot can be matched to the log line", async () => {
    const alert = await signInFailingWith(() =>
      problemResponse(500, 'urn:retainer:problem:internal', { requestId }, { 'x-request-id': requestId }),
    );
    expect(alert.textContent).toBe(
      `Something went wrong on the server. Try again in a moment.Reference for support: ${requestId}`,
    );
    const code = alert.querySelector('.problem-reference code');
    expect(code?.textContent).toBe(requestId);
  });

  it("takes the id from X-Request-Id when the body is not a problem (a proxy's error page)", async () => {
    const alert = await signInFailingWith(
      () =>
        new HttpResponse('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html', 'x-request-id': requestId },
        }),
    );
    expect(alert.textContent).toContain(`Reference for support: ${requestId}`);
  });

  it('shows no reference when the request never got an answer', async () => {
    const alert = await signInFailingWith(() => HttpResponse.error());
    expect(alert.textContent).toContain('Could not reach Retainer');
    expect(alert.textContent).not.toContain('Reference for support');
    expect(alert.querySelector('.problem-reference')).toBeNull();
  });
});
