import type { IntakeDetail } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, intakeDetail, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

type Sent = { method: string; path: string; csrf: string | null; body: unknown };

/** Serves one intake and records every change sent to it; `answer` computes the stored result. */
function serveIntake(
  detail: IntakeDetail,
  answer: (body: Record<string, unknown>) => Partial<IntakeDetail> = () => ({}),
) {
  const sent: Sent[] = [];
  let current = detail;
  const record = async (request: Request) => {
    const body = (await request.json()) as Record<string, unknown>;
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      csrf: request.headers.get('x-csrf-token'),
      body,
    });
    return body;
  };
  server.use(
    http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(current)),
    http.post(apiUrl(`inbox/${detail.id}/state`), async ({ request }) => {
      const body = await record(request);
      current = { ...current, state: body.state as IntakeDetail['state'], ...answer(body) };
      return HttpResponse.json(current);
    }),
    http.put(apiUrl(`inbox/${detail.id}/assignee`), async ({ request }) => {
      const body = await record(request);
      current = { ...current, assignee: body.assignee ? { id: String(body.assignee), name: 'Ben Vale' } : null };
      return HttpResponse.json(current);
    }),
    http.post(apiUrl(`inbox/${detail.id}/notes`), async ({ request }) => {
      const body = await record(request);
      return HttpResponse.json(
        { id: 'n-1', author: { id: 'u-ann', name: 'Ann Harbor' }, body: body.body, createdAt: received + 1000 },
        { status: 201 },
      );
    }),
  );
  return sent;
}

const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('intake detail', () => {
  it('renders every submitted field as inert text', async () => {
    serveIntake(
      intakeDetail({
        name: xss,
        fields: {
          name: xss,
          email: 'maria@example.com',
          jurisdiction: xss,
          description: `${xss}\nsecond line`,
          adverseParties: [xss],
          relatedParties: [`<b>${xss}</b>`],
          referral: xss,
        },
        notes: [{ id: 'n-0', author: { id: 'u-ben', name: xss }, body: xss, createdAt: received }],
        conflicts: [
          {
            name: xss,
            role: 'submitter',
            match: { recordId: 'p-9', name: xss, kind: 'prospect', source: 'intake', reference: 'HV-0042' },
          },
        ],
      }),
    );
    const { container } = renderDashboard('/dashboard/intakes/i-1');
    await screen.findByRole('heading', { name: 'Submission' });

    expect(container.querySelector('img, script, b')).toBeNull();
    const submission = screen.getByRole('region', { name: 'Submission' });
    expect(within(submission).getAllByText(xss).length).toBeGreaterThanOrEqual(4);
    expect(within(submission).getByText(`<b>${xss}</b>`)).toBeTruthy();
    expect(
      within(submission).getByText((_, el) => el?.textContent === `${xss}\nsecond line`, { selector: 'p' }),
    ).toBeTruthy();
    const notes = screen.getByRole('region', { name: 'Internal notes' });
    expect(within(notes).getAllByText(xss)).toHaveLength(2);
  });

  it('names the matching record of each conflict flag', async () => {
    serveIntake(
      intakeDetail({
        conflicts: [
          {
            name: 'Acme Logistics LLC',
            role: 'adverse',
            match: { recordId: 'p-1', name: 'ACME Logistics, Inc.', kind: 'client', source: 'csv' },
          },
          {
            name: 'Maria Lopez',
            role: 'submitter',
            match: { recordId: 'p-2', name: 'María López', kind: 'prospect', source: 'intake', reference: 'HV-0042' },
          },
        ],
      }),
    );
    renderDashboard('/dashboard/intakes/i-1');
    const flags = await screen.findByRole('region', { name: 'Conflict check' });
    const items = within(flags).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Adverse party');
    expect(items[0]?.textContent).toContain('ACME Logistics, Inc.');
    expect(items[0]?.textContent).toContain('client · imported list');
    expect(items[1]?.textContent).toContain('María López');
    expect(items[1]?.textContent).toContain('prospect · intake · reference HV-0042');
  });

  it('offers only the allowed transitions and sends them with the CSRF token', async () => {
    const sent = serveIntake(intakeDetail(), () => ({
      clock: { ...intakeDetail().clock, firstContactAt: received + 5000 },
    }));
    renderDashboard('/dashboard/intakes/i-1');
    const actions = await screen.findByRole('region', { name: 'Actions' });
    const buttons = () =>
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(buttons()).toEqual(['Mark contacted', 'Decline…', 'Move to spam']);

    fireEvent.click(within(actions).getByRole('button', { name: 'Mark contacted' }));
    await waitFor(() => expect(buttons()).toEqual(['Mark retained', 'Decline…']));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/admin/inbox/i-1/state',
        csrf: adminSession.csrfToken,
        body: { state: 'contacted' },
      },
    ]);

    fireEvent.click(within(actions).getByRole('button', { name: 'Mark retained' }));
    expect(await within(actions).findByText('This intake is closed; its state cannot change.')).toBeTruthy();
    expect(within(actions).queryAllByRole('button')).toEqual([]);
  });

  it('will not decline without a reason', async () => {
    const sent = serveIntake(intakeDetail({ state: 'contacted' }), (body) => ({ declineReason: String(body.reason) }));
    renderDashboard('/dashboard/intakes/i-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Decline…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Decline this intake' });
    const reason = within(dialog).getByLabelText(/Reason/);
    expect(document.activeElement).toBe(reason);
    fireEvent.input(reason, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Required.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    fireEvent.input(reason, { target: { value: 'Outside our practice areas' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[0]?.body).toEqual({ state: 'declined', reason: 'Outside our practice areas' });
    expect(screen.getAllByText('Declined').length).toBeGreaterThan(0);
    expect(screen.getByText('Outside our practice areas')).toBeTruthy();
  });

  it('closes the decline dialog with Escape without sending anything', async () => {
    const sent = serveIntake(intakeDetail());
    renderDashboard('/dashboard/intakes/i-1');
    const opener = await screen.findByRole('button', { name: 'Decline…' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(sent).toEqual([]);
  });

  it('adds a note, and refuses an empty one', async () => {
    const sent = serveIntake(intakeDetail());
    renderDashboard('/dashboard/intakes/i-1');
    const notes = await screen.findByRole('region', { name: 'Internal notes' });
    expect(within(notes).getByText('No notes yet.')).toBeTruthy();

    fireEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('Required.')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.input(within(notes).getByLabelText('New note'), { target: { value: 'Called, left a voicemail.' } });
    fireEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('Called, left a voicemail.', { selector: '.note-body' })).toBeTruthy();
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/admin/inbox/i-1/notes',
        csrf: adminSession.csrfToken,
        body: { body: 'Called, left a voicemail.' },
      },
    ]);
    expect((within(notes).getByLabelText('New note') as HTMLTextAreaElement).value).toBe('');
  });

  it('assigns a lawyer', async () => {
    const sent = serveIntake(intakeDetail());
    renderDashboard('/dashboard/intakes/i-1');
    const select = await screen.findByLabelText('Assigned lawyer');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'u-ben' } });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/admin/inbox/i-1/assignee',
      body: { assignee: 'u-ben' },
    });
  });

  it('explains a refused move and shows the state the intake is really in', async () => {
    let state: IntakeDetail['state'] = 'new';
    server.use(
      http.get(apiUrl('inbox/i-1'), () => HttpResponse.json(intakeDetail({ state }))),
      http.post(apiUrl('inbox/i-1/state'), () => {
        state = 'declined';
        return problemResponse(409, 'urn:retainer:problem:invalid-transition');
      }),
    );
    renderDashboard('/dashboard/intakes/i-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark contacted' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone else changed this intake');
    expect(await screen.findByText('This intake is closed; its state cannot change.')).toBeTruthy();
  });

  it('shows a missing intake as not found', async () => {
    server.use(http.get(apiUrl('inbox/nope'), () => problemResponse(404, 'urn:retainer:problem:not-found')));
    renderDashboard('/dashboard/intakes/nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Not found');
  });
});
