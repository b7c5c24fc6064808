import type { MatterDetail, MatterSummary } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { received, site } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const day = 86_400_000;

function summary(overrides: Partial<MatterSummary> & Pick<MatterSummary, 'id' | 'clientName'>): MatterSummary {
  return {
    site: 'harbor-vale',
    reference: 'HV-7K3M-Q9TD',
    practiceArea: 'family',
    lawyerId: 'l-hart',
    lawyerName: 'Eleanor Hart',
    currentStage: 'filing',
    currentStageLabel: 'Filing',
    status: 'open',
    lastClientUpdateAt: received - 3 * day,
    daysSinceClientUpdate: 3,
    overdue: false,
    underAttack: false,
    unreadMessages: 0,
    createdAt: received - 30 * day,
    ...overrides,
  };
}

const ann = summary({
  id: 'm-ann',
  clientName: 'Ann Lee',
  overdue: true,
  daysSinceClientUpdate: 18,
  underAttack: true,
});
const wei = summary({ id: 'm-wei', clientName: 'Wei Zhang', reference: 'HV-IMM4-2026', unreadMessages: 2 });

function detailOf(base: MatterSummary, overrides: Partial<MatterDetail> = {}): MatterDetail {
  return {
    ...base,
    clientEmail: 'ann@example.com',
    stages: [
      { key: 'intake-review', label: 'Reviewing your case', visible: true, description: 'We read it.' },
      { key: 'conflict-check', label: 'Conflict check', visible: false },
      { key: 'filing', label: 'Filing', visible: true },
    ],
    nextStep: null,
    updates: [{ id: 'u1', text: 'We filed.', createdAt: received - day, authorId: 'u-ann', authorName: 'Ann Harbor' }],
    invoices: [
      {
        id: 'i1',
        number: 'INV-1',
        amount: 125_000,
        currency: 'USD',
        dueDate: '2025-06-01',
        status: 'open',
        createdAt: received,
      },
    ],
    messages: [{ id: 'msg1', text: 'Can we meet on Friday?', receivedAt: received, readAt: null }],
    failedAttempts: 10,
    closedAt: null,
    surveyUrl: null,
    ...overrides,
  };
}

type Sent = { method: string; path: string; body: unknown };

const lawyerBase = {
  site: 'harbor-vale',
  title: 'Partner',
  practiceAreas: ['family'],
  offices: [],
  languages: ['en'],
  barAdmissions: [],
  education: [],
  certifications: [],
  lastVerified: '2025-03-01',
  status: 'active',
  order: 0,
  createdAt: received,
  updatedAt: received,
};

function serveMatter(detail: MatterDetail) {
  const sent: Sent[] = [];
  let current = detail;
  const record = async (request: Request) => {
    const body: unknown = await request.json();
    sent.push({ method: request.method, path: new URL(request.url).pathname, body });
    return body;
  };
  const base = `matters/${detail.id}`;
  server.use(
    http.get(apiUrl('sites/harbor-vale/lawyers'), () =>
      HttpResponse.json({
        lawyers: [
          { ...lawyerBase, id: 'l-hart', name: 'Eleanor Hart' },
          { ...lawyerBase, id: 'l-lin', name: 'Daniel Lin' },
        ],
      }),
    ),
    http.put(apiUrl(`${base}/lawyer`), async ({ request }) => {
      const { lawyerId } = (await record(request)) as { lawyerId: string | null };
      current = { ...current, lawyerId, lawyerName: lawyerId === 'l-lin' ? 'Daniel Lin' : null };
      return HttpResponse.json(current);
    }),
    http.get(apiUrl(base), () => HttpResponse.json(current)),
    http.put(apiUrl(`${base}/stages`), async ({ request }) => {
      const body = (await record(request)) as { stages: MatterDetail['stages']; currentStage: string };
      current = { ...current, stages: body.stages, currentStage: body.currentStage };
      return HttpResponse.json(current);
    }),
    http.post(apiUrl(`${base}/updates`), async ({ request }) => {
      const { text } = (await record(request)) as { text: string };
      current = {
        ...current,
        updates: [{ id: 'u2', text, createdAt: received, authorId: 'u-ann' }, ...current.updates],
      };
      return HttpResponse.json(current, { status: 201 });
    }),
    http.post(apiUrl(`${base}/invoices`), async ({ request }) => {
      await record(request);
      return HttpResponse.json(current, { status: 201 });
    }),
    http.put(apiUrl(`${base}/invoices/i1`), async ({ request }) => {
      await record(request);
      current = { ...current, invoices: current.invoices.map((i) => ({ ...i, status: 'paid' as const })) };
      return HttpResponse.json(current);
    }),
    http.post(apiUrl(`${base}/messages/msg1/read`), async ({ request }) => {
      await record(request);
      current = { ...current, messages: current.messages.map((m) => ({ ...m, readAt: received })) };
      return HttpResponse.json(current);
    }),
    http.post(apiUrl(`${base}/access-code`), async ({ request }) => {
      await record(request);
      current = { ...current, underAttack: false, failedAttempts: 0 };
      return HttpResponse.json({ reference: current.reference, accessCode: 'NEWC-ODE2-3456' });
    }),
    http.post(apiUrl(`${base}/close`), async ({ request }) => {
      await record(request);
      current = { ...current, status: 'closed', closedAt: received };
      return HttpResponse.json(current);
    }),
  );
  return sent;
}

describe('matters', () => {
  it('lists matters with days since the client was updated, overdue, under-attack and unread flags', async () => {
    const queries: string[] = [];
    server.use(
      http.get(apiUrl('matters'), ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const overdue = url.searchParams.get('overdue') === '1';
        return HttpResponse.json({ matters: overdue ? [ann] : [ann, wei], targetDays: 14 });
      }),
    );
    renderDashboard('/dashboard/matters');
    await screen.findByText('Ann Lee');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByText('18 days ago')).toBeTruthy();
    expect(first.getByText('Overdue')).toBeTruthy();
    expect(first.getByText('Under attack')).toBeTruthy();
    expect((rows[0] as HTMLElement).className).toBe('row-overdue');
    expect(within(rows[1] as HTMLElement).getByText('2 unread messages')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText('Overdue')).toBeNull();
    expect(screen.getByRole('link', { name: 'Matters' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getByLabelText('Only matters without a client update for more than 14 days'));
    await waitFor(() => expect(queries.at(-1)).toBe('?site=harbor-vale&overdue=1'));
    await waitFor(() => expect(screen.queryByText('Wei Zhang')).toBeNull());
  });

  // Issue 14, defect 12: the picker showed the first site while the list, fetched without a site, held every site's matters.
  describe('with two sites', () => {
    const other = { ...site, id: 'north-shore', name: 'North Shore Office' };
    const north = summary({ id: 'm-north', clientName: 'Nora North', site: 'north-shore', reference: 'NS-1' });
    const mattersBySite = (gate?: Promise<void>) => {
      const asked: string[] = [];
      server.use(
        http.get(apiUrl('sites'), () => HttpResponse.json({ sites: [site, other] })),
        http.get(apiUrl('matters'), async ({ request }) => {
          const wanted = new URL(request.url).searchParams.get('site');
          asked.push(wanted ?? '');
          // The first site's answer can be held back, to arrive after a later choice's.
          if (wanted === 'harbor-vale' && gate) await gate;
          const matters = [ann, north].filter((m) => wanted === null || m.site === wanted);
          return HttpResponse.json({ matters, targetDays: 14 });
        }),
      );
      return asked;
    };

    it('lists only the matters of the site the picker shows', async () => {
      mattersBySite();
      renderDashboard('/dashboard/matters');
      await screen.findByText('Ann Lee');
      const picker = screen.getByRole('combobox', { name: 'Site' }) as HTMLSelectElement;
      expect(picker.value).toBe('harbor-vale');
      expect(screen.queryByText('Nora North')).toBeNull();
      fireEvent.change(picker, { target: { value: 'north-shore' } });
      await screen.findByText('Nora North');
      expect((screen.getByRole('combobox', { name: 'Site' }) as HTMLSelectElement).value).toBe('north-shore');
      expect(screen.queryByText('Ann Lee')).toBeNull();
    });

    it('keeps the list of the latest choice when an earlier answer arrives late', async () => {
      let release = () => {};
      const asked = mattersBySite(new Promise<void>((resolve) => (release = resolve)));
      renderDashboard('/dashboard/matters');
      const picker = (await screen.findByRole('combobox', { name: 'Site' })) as HTMLSelectElement;
      await waitFor(() => expect(asked).toContain('harbor-vale'));
      fireEvent.change(picker, { target: { value: 'north-shore' } });
      await screen.findByText('Nora North');
      const answered = new Promise<void>((resolve) =>
        server.events.on('response:mocked', ({ request }) => {
          if (new URL(request.url).searchParams.get('site') === 'harbor-vale') resolve();
        }),
      );
      release();
      await answered;
      // Let the held answer be read and rendered (a few turns of the event loop), then check it did not replace the list.
      for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
      expect(screen.queryByText('Ann Lee')).toBeNull();
      expect((screen.getByRole('combobox', { name: 'Site' }) as HTMLSelectElement).value).toBe('north-shore');
    });
  });

  it('creates a matter and shows the reference and one-time access code to hand over', async () => {
    let sentBody: unknown;
    server.use(
      http.get(apiUrl('sites/harbor-vale/lawyers'), () => HttpResponse.json({ lawyers: [] })),
      http.post(apiUrl('matters'), async ({ request }) => {
        sentBody = await request.json();
        return HttpResponse.json({ matter: detailOf(wei), accessCode: 'ABCD-EFGH-JKMN' }, { status: 201 });
      }),
    );
    renderDashboard('/dashboard/matters/new');
    fireEvent.input(await screen.findByLabelText(/Client name/), { target: { value: 'Wei Zhang' } });
    fireEvent.input(screen.getByLabelText('Client email (optional)'), { target: { value: 'wei@example.com' } });
    fireEvent.change(screen.getByLabelText('Practice area'), { target: { value: 'employment' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create matter' }));
    await screen.findByText('Give these to the client');
    expect(sentBody).toEqual({
      site: 'harbor-vale',
      clientName: 'Wei Zhang',
      clientEmail: 'wei@example.com',
      practiceArea: 'employment',
    });
    expect(screen.getByText('HV-IMM4-2026')).toBeTruthy();
    expect(screen.getByText('ABCD-EFGH-JKMN')).toBeTruthy();
  });

  it('edits stages: ticks the current one and hides or shows each', async () => {
    const sent = serveMatter(detailOf(ann));
    renderDashboard('/dashboard/matters/m-ann');
    await screen.findByRole('heading', { name: 'Stages' });
    fireEvent.click(screen.getByLabelText('Current stage: Reviewing your case'));
    fireEvent.click(screen.getByLabelText('Client sees it: Conflict check'));
    fireEvent.click(screen.getByRole('button', { name: 'Save stages' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const body = sent[0]?.body as { stages: { key: string; visible: boolean }[]; currentStage: string };
    expect(body.currentStage).toBe('intake-review');
    expect(body.stages.map((s) => `${s.key}:${s.visible}`)).toEqual([
      'intake-review:true',
      'conflict-check:true',
      'filing:true',
    ]);
  });

  it('changes the responsible lawyer', async () => {
    const sent = serveMatter(detailOf(ann));
    renderDashboard('/dashboard/matters/m-ann');
    const picker = (await screen.findByRole('combobox', { name: 'Responsible lawyer' })) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('l-hart'));
    fireEvent.change(picker, { target: { value: 'l-lin' } });
    await waitFor(() =>
      expect(sent).toEqual([{ method: 'PUT', path: '/api/admin/matters/m-ann/lawyer', body: { lawyerId: 'l-lin' } }]),
    );
  });

  it('posts an update, adds an invoice in minor units, marks it paid, and reads the client’s message', async () => {
    const sent = serveMatter(detailOf(ann));
    renderDashboard('/dashboard/matters/m-ann');
    fireEvent.input(await screen.findByLabelText('New update'), { target: { value: 'The hearing is set.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post update' }));
    await screen.findByText('The hearing is set.');

    fireEvent.input(screen.getByLabelText(/^Number/), { target: { value: 'INV-2' } });
    fireEvent.input(screen.getByLabelText(/^Amount/), { target: { value: '1,250.50' } });
    fireEvent.input(screen.getByLabelText(/^Due date/), { target: { value: '2025-07-01' } });
    fireEvent.input(screen.getByLabelText('Payment page (https)'), { target: { value: 'https://pay.example/2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add invoice' }));
    await waitFor(() => expect(sent.map((s) => s.path)).toContain('/api/admin/matters/m-ann/invoices'));
    expect(sent.find((s) => s.path.endsWith('/invoices'))?.body).toEqual({
      number: 'INV-2',
      amount: 125_050,
      currency: 'USD',
      dueDate: '2025-07-01',
      payUrl: 'https://pay.example/2',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Mark INV-1 paid' }));
    await screen.findByText('Paid');
    expect(screen.getByText('Can we meet on Friday?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark read' })).toBeNull());
  });

  it('shows a matter under attack, reissues the code once on confirmation and shows the new code', async () => {
    const sent = serveMatter(detailOf(ann));
    renderDashboard('/dashboard/matters/m-ann');
    await screen.findByRole('heading', { name: /Access code/ });
    expect(screen.getByText(/Ten wrong access codes/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reissue access code' }));
    expect(sent).toHaveLength(0);
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Reissue access code' }));
    await screen.findByText('NEWC-ODE2-3456');
    await waitFor(() => expect(screen.queryByText(/Ten wrong access codes/)).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Close matter' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Close matter' }));
    await screen.findByText(/Closed on/);
  });

  it('says "not found" for a matter of another firm', async () => {
    server.use(http.get(apiUrl('matters/m-other'), () => problemResponse(404, 'urn:retainer:problem:not-found')));
    renderDashboard('/dashboard/matters/m-other');
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/not found|no longer exists|exist/i);
  });
  it('links a matter to the intake it was opened from, lists the parties carried over, and marks a former author (issue 17)', async () => {
    serveMatter(
      detailOf(ann, {
        intakeId: 'i-7',
        parties: [
          { name: 'Robert Lee', kind: 'adverse' },
          { name: 'Mia Lee', kind: 'related' },
        ],
        updates: [
          {
            id: 'u1',
            text: 'We filed.',
            createdAt: received,
            authorId: 'u-gone',
            authorName: 'Cara Gone',
            authorFormer: true,
          },
        ],
      }),
    );
    renderDashboard('/dashboard/matters/m-ann');
    const link = await screen.findByRole('link', { name: 'The intake' });
    expect(link.getAttribute('href')).toBe('/dashboard/intakes/i-7');
    expect(screen.getByText('Robert Lee').closest('li')?.textContent).toBe('Robert Lee (adverse)');
    expect(screen.getByText('Mia Lee').closest('li')?.textContent).toBe('Mia Lee (related)');
    expect(screen.getByText(/Cara Gone \(former member\)/)).toBeTruthy();
  });
});
