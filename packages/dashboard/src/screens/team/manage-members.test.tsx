import { problemTypes } from '@retainer/schema';
import { type Team, team as teamSchema } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { adminSession, received, staffSession, teamAnswer } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const withSignIns: Team = {
  ...teamAnswer,
  users: teamAnswer.users.map((u) =>
    u.id === 'u-ann' ? { ...u, lastSignInAt: received } : { ...u, lastSignInAt: null },
  ),
};

describe('team management (issue 17)', () => {
  afterEach(() => localStorage.clear());

  it('shows each member’s last sign-in', async () => {
    server.use(http.get(apiUrl('team'), () => HttpResponse.json(teamSchema.parse(withSignIns))));
    renderDashboard('/dashboard/team');
    const members = await screen.findByRole('table');
    expect(within(members).getByRole('columnheader', { name: 'Last sign-in' })).toBeTruthy();
    const ben = within(members).getByRole('row', { name: /Ben Vale/ });
    expect(within(ben).getByText('Not yet')).toBeTruthy();
    const ann = within(members).getByRole('row', { name: /Ann Harbor/ });
    expect(ann.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(received).toISOString());
  });

  it('removes a member after a keyboard-reachable confirm dialog; Cancel sends nothing', async () => {
    const removed: { id: string; csrf: string | null }[] = [];
    let current = withSignIns;
    server.use(
      http.get(apiUrl('team'), () => HttpResponse.json(current)),
      http.delete(apiUrl('team/:id'), ({ params, request }) => {
        removed.push({ id: String(params.id), csrf: request.headers.get('x-csrf-token') });
        current = { ...current, users: current.users.filter((u) => u.id !== params.id) };
        return HttpResponse.json(current);
      }),
    );
    renderDashboard('/dashboard/team');
    const remove = await screen.findByRole('button', { name: 'Remove Ben Vale from the team' });
    remove.focus();
    fireEvent.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ben Vale?' });
    expect(dialog.textContent).toContain('signed out everywhere at once');
    // Focus starts on Cancel, the safe choice.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(removed).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Ben Vale from the team' }));
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Remove from the team' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Ben Vale/ })).toBeNull());
    expect(removed).toEqual([{ id: 'u-ben', csrf: adminSession.csrfToken }]);
    expect(await screen.findByText('Ben Vale was removed from the team.')).toBeTruthy();
  });

  it('resets a member’s two-factor sign-in only after a confirm dialog; Cancel sends nothing', async () => {
    const reset: { id: string; csrf: string | null }[] = [];
    let current: Team = {
      ...withSignIns,
      users: withSignIns.users.map((u) => (u.id === 'u-ben' ? { ...u, twoFactor: true } : u)),
    };
    server.use(
      http.get(apiUrl('team'), () => HttpResponse.json(teamSchema.parse(current))),
      http.delete(apiUrl('team/:id/two-factor'), ({ params, request }) => {
        reset.push({ id: String(params.id), csrf: request.headers.get('x-csrf-token') });
        current = withSignIns;
        return HttpResponse.json(teamSchema.parse(current));
      }),
    );
    renderDashboard('/dashboard/team');
    fireEvent.click(await screen.findByRole('button', { name: 'Reset two-factor sign-in for Ben Vale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset two-factor sign-in for Ben Vale?' });
    expect(dialog.textContent).toContain('signed out everywhere at once');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(reset).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Reset two-factor sign-in for Ben Vale' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset two-factor' }));
    expect(await screen.findByText('Two-factor sign-in was reset for Ben Vale. They are signed out.')).toBeTruthy();
    expect(reset).toEqual([{ id: 'u-ben', csrf: adminSession.csrfToken }]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Reset two-factor sign-in for Ben Vale' })).toBeNull(),
    );
  });

  it('changes a role, and explains the last-admin refusal', async () => {
    const sent: unknown[] = [];
    server.use(
      http.put(apiUrl('team/:id/role'), async ({ params, request }) => {
        const body = (await request.json()) as { role: 'admin' | 'staff' };
        sent.push({ id: params.id, body });
        if (params.id === 'u-ann') {
          return HttpResponse.json(
            { type: problemTypes.lastAdmin, title: 'The firm needs at least one admin', status: 409 },
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({
          ...teamAnswer,
          users: teamAnswer.users.map((u) => (u.id === params.id ? { ...u, role: body.role } : u)),
        });
      }),
    );
    renderDashboard('/dashboard/team');
    fireEvent.click(await screen.findByRole('button', { name: 'Make Ben Vale an admin' }));
    await waitFor(() => expect(sent).toEqual([{ id: 'u-ben', body: { role: 'admin' } }]));
    fireEvent.click(screen.getByRole('button', { name: 'Make Ann Harbor staff' }));
    expect(
      await screen.findByText('The firm needs at least one admin: make someone else an admin first.'),
    ).toBeTruthy();
  });

  it('demoting oneself re-reads the session, so the admin actions go', async () => {
    let role: 'admin' | 'staff' = 'admin';
    server.use(
      http.get(apiUrl('session'), () =>
        HttpResponse.json(
          role === 'admin'
            ? adminSession
            : { ...staffSession, user: { ...staffSession.user, id: 'u-ann', name: 'Ann Harbor' } },
        ),
      ),
      http.put(apiUrl('team/:id/role'), () => {
        role = 'staff';
        return HttpResponse.json({
          ...teamAnswer,
          users: teamAnswer.users.map((u) => ({ ...u, role: 'admin' as const })),
        });
      }),
    );
    renderDashboard('/dashboard/team');
    fireEvent.click(await screen.findByRole('button', { name: 'Make Ann Harbor staff' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull());
  });

  it('offers staff no management actions', async () => {
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/team');
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Make/ })).toBeNull();
  });

  it('reads in Russian and Chinese', async () => {
    renderDashboard('/dashboard/team');
    await screen.findByRole('button', { name: 'Remove Ben Vale from the team' });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('button', { name: 'Удалить из команды: Ben Vale' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Последний вход' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    expect(await screen.findByRole('button', { name: '将 Ben Vale 移出团队' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '最近登录' })).toBeTruthy();
  });
});
