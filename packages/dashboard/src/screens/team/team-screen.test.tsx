import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, received, staffSession, teamAnswer } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

describe('team', () => {
  it('lets an admin invite a colleague and shows the link to pass on', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('invitations'), async ({ request }) => {
        sent.push({ body: await request.json(), csrf: request.headers.get('x-csrf-token') });
        return HttpResponse.json(
          {
            id: 'inv-1',
            email: 'cara@harborvale.example',
            role: 'staff',
            createdAt: received,
            expiresAt: received + 7 * 86_400_000,
            link: 'http://localhost:3000/dashboard/invite#token=abcdefghijklmnopqrstuvwxyz',
          },
          { status: 201 },
        );
      }),
    );
    renderDashboard('/dashboard/team');
    const members = await screen.findByRole('table');
    expect(within(members).getAllByRole('row')).toHaveLength(3);

    const form = screen.getByRole('region', { name: 'Invite a colleague' });
    fireEvent.input(within(form).getByLabelText(/Email/), { target: { value: 'cara@harborvale.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation' }));
    const link = (await within(form).findByLabelText('Invitation link')) as HTMLInputElement;
    expect(link.value).toBe('http://localhost:3000/dashboard/invite#token=abcdefghijklmnopqrstuvwxyz');
    expect(sent).toEqual([{ body: { email: 'cara@harborvale.example', role: 'staff' }, csrf: adminSession.csrfToken }]);
  });

  it('does not offer invitations to staff', async () => {
    server.use(
      http.get(apiUrl('session'), () => HttpResponse.json(staffSession)),
      http.get(apiUrl('team'), () => HttpResponse.json(teamAnswer)),
    );
    renderDashboard('/dashboard/team');
    await waitFor(() => expect(screen.getByText('Only admins can invite colleagues.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Create invitation' })).toBeNull();
  });
});
