import {
  type ClioGrowPush,
  type ClioGrowStatus,
  type ConflictFlag,
  intakeDetail as intakeDetailSchema,
} from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, intakeDetail, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const slow = { timeout: 5000 };

const push = (overrides: Partial<ClioGrowPush> = {}): ClioGrowPush => ({
  id: 'p-1',
  trigger: 'manual',
  by: { id: adminSession.user.id, name: adminSession.user.name },
  state: 'sent',
  attempts: 1,
  fields: ['from_first', 'from_last', 'from_message', 'from_email', 'referring_url', 'from_source'],
  createdAt: received,
  sentAt: received,
  nextAttemptAt: null,
  lastError: null,
  answer: { status: 201, excerpt: '{"inbox_lead":{"id":42}}', at: received },
  ...overrides,
});

const acmeFlag: ConflictFlag = {
  name: 'Acme Logistics LLC',
  role: 'adverse',
  match: { recordId: 'r-1', name: 'Acme Logistics, LLC', kind: 'adverse', source: 'csv' },
};

function serve(initial: Omit<ClioGrowStatus, 'pushes'> & { pushes?: ClioGrowPush[] }) {
  let detail = intakeDetail(initial.conflictCheck === 'clear' ? {} : { conflicts: [acmeFlag] });
  let status: ClioGrowStatus = { pushes: [], ...initial };
  const posted: { path: string; csrf: string | null; body: unknown }[] = [];
  const record = async (path: string, request: Request) =>
    posted.push({ path, csrf: request.headers.get('x-csrf-token'), body: await request.json() });
  server.use(
    http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(intakeDetailSchema.parse(detail))),
    http.get(apiUrl(`inbox/${detail.id}/clio-grow`), () => HttpResponse.json(status)),
    http.post(apiUrl(`inbox/${detail.id}/clio-grow`), async ({ request }) => {
      await record('clio-grow', request);
      status = {
        ...status,
        pushes: [push({ state: 'queued', sentAt: null, answer: null, attempts: 0 }), ...status.pushes],
      };
      return HttpResponse.json(status, { status: 202 });
    }),
    http.post(apiUrl(`inbox/${detail.id}/conflict-clearance`), async ({ request }) => {
      await record('conflict-clearance', request);
      detail = {
        ...detail,
        conflictClearance: { by: { id: adminSession.user.id, name: adminSession.user.name }, at: received },
      };
      status = {
        ...status,
        conflictCheck: 'cleared',
        clearedBy: { id: adminSession.user.id, name: adminSession.user.name, at: received },
        pushes: status.auto ? [push({ trigger: 'auto', by: null, state: 'queued', answer: null })] : [],
      };
      return HttpResponse.json(status);
    }),
  );
  return { detail, posted };
}

const panel = async () =>
  within((await screen.findByRole('heading', { name: 'Clio Grow' }, slow)).closest('section') as HTMLElement);

describe('intake detail: Clio Grow (issue 16)', () => {
  it('sends the intake when staff press the button, and shows what was sent and Clio’s answer', async () => {
    const { detail, posted } = serve({ configured: true, auto: false, conflictCheck: 'clear', clearedBy: null });
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const section = await panel();
    expect(section.getByText('Conflict check: nothing in the party index matches.')).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: 'Send to Clio Grow' }));
    await waitFor(() => expect(posted).toHaveLength(1), slow);
    expect(posted[0]).toEqual({ path: 'clio-grow', csrf: adminSession.csrfToken, body: {} });
    expect(await section.findByText('Queued', {}, slow)).toBeTruthy();
    expect(section.getByRole('button', { name: 'Send to Clio Grow again' })).toBeTruthy();
    expect(await screen.findByText('Queued: the intake goes to Clio Grow in a moment.', {}, slow)).toBeTruthy();
  });

  it('lists earlier pushes with their fields by name and Clio’s status, never the message itself', async () => {
    const { detail } = serve({
      configured: true,
      auto: true,
      conflictCheck: 'clear',
      clearedBy: null,
      pushes: [
        push({
          state: 'retrying',
          attempts: 2,
          lastError: 'Clio Grow answered 503',
          answer: { status: 503, excerpt: 'Server error', at: received },
          nextAttemptAt: received + 60_000,
        }),
      ],
    });
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const section = await panel();
    expect(await section.findByText('Will retry', {}, slow)).toBeTruthy();
    expect(section.getByText(/first name, last name, message, email, page, source/)).toBeTruthy();
    expect(section.getAllByText(/Clio Grow answered 503/)).toHaveLength(1);
    expect(section.getByText(/2 attempts/)).toBeTruthy();
    expect(section.getByText(/go to Clio Grow automatically once their conflict check is clear/)).toBeTruthy();
    expect(section.queryByText(/overtime/)).toBeNull();
  });

  it('holds a flagged intake back until a member clears the check; with auto on, clearing queues it', async () => {
    const { detail, posted } = serve({ configured: true, auto: true, conflictCheck: 'flagged', clearedBy: null });
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const section = await panel();
    expect(section.getByText(/a possible conflict\. Nothing is sent automatically/)).toBeTruthy();
    const conflictBox = () => screen.getByRole('heading', { name: /Conflict check/ }).closest('section') as HTMLElement;
    expect(conflictBox().className).toContain('panel-warning');
    fireEvent.click(section.getByRole('button', { name: 'Clear the conflict check' }));
    await waitFor(() => expect(posted).toHaveLength(1), slow);
    expect(posted[0]).toMatchObject({ path: 'conflict-clearance', csrf: adminSession.csrfToken, body: {} });
    expect(await section.findByText(/Conflict check cleared by/, {}, slow)).toBeTruthy();
    expect(section.getByText('Sent automatically', { exact: false })).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Clear the conflict check' })).toBeNull();
    // The intake's own conflict box follows: no longer a warning, says who cleared it, still lists the match.
    await waitFor(() => expect(conflictBox().className).not.toContain('panel-warning'), slow);
    expect(within(conflictBox()).getByText(/Conflict check cleared by/)).toBeTruthy();
    expect(within(conflictBox()).getByText('Acme Logistics, LLC')).toBeTruthy();
    expect(within(conflictBox()).getByText('1 name matched the party index:')).toBeTruthy();
  });

  it('says how to connect it when the site has no token, and offers no button', async () => {
    const { detail } = serve({ configured: false, auto: false, conflictCheck: 'clear', clearedBy: null });
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const section = await panel();
    expect(section.getByText(/not connected for this site/)).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Send to Clio Grow' })).toBeNull();
  });
});
