import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

describe('people', () => {
  it('finds a person by email and erases them only after an explained confirmation', async () => {
    let erased = false;
    const bodies: unknown[] = [];
    server.use(
      http.post(apiUrl('people/search'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({
          intakes: [
            { id: 'i-1', site: 'harbor-vale', reference: 'HV-1001', receivedAt: received, state: 'new', erased },
          ],
          matters: erased
            ? []
            : [{ id: 'm-1', site: 'harbor-vale', reference: 'HV-7K3M-Q9TD', createdAt: received, status: 'open' }],
          surveys: erased ? [] : [{ id: 's-1', site: 'harbor-vale', createdAt: received, state: 'answered' }],
        });
      }),
      http.post(apiUrl('people/erase'), async ({ request }) => {
        bodies.push(await request.json());
        erased = true;
        return HttpResponse.json({ erased: 1, matters: 1, surveys: 1 });
      }),
    );
    renderDashboard('/dashboard/people');
    fireEvent.input(await screen.findByLabelText('Email address'), { target: { value: ' Maria@Example.com ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByRole('link', { name: 'HV-1001' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'maria@example.com: 1 intake, 1 matter, 1 survey invitation found.' }),
    ).toBeTruthy();
    const matters = screen.getByRole('table', { name: 'Matters' });
    expect(within(matters).getByRole('link', { name: 'HV-7K3M-Q9TD' }).getAttribute('href')).toBe(
      '/dashboard/matters/m-1',
    );
    expect(within(screen.getByRole('table', { name: 'Survey invitations' })).getByText('Answered')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Erase…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase this person’s data?' });
    expect(dialog.textContent).toContain('the access code (it stops working)');
    expect(dialog.textContent).toContain('the anonymous survey scores (so results do not change)');
    const confirm = within(dialog).getByRole('button', { name: 'Erase permanently' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(within(dialog).getByLabelText('Type maria@example.com to confirm'), {
      target: { value: 'maria@example.com' },
    });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodies).toEqual([
      { email: 'maria@example.com' },
      { email: 'maria@example.com' },
      { email: 'maria@example.com' },
    ]);
    expect(screen.getByText('Erased 1 intake, 1 matter, 1 survey invitation.')).toBeTruthy();
    expect(await screen.findByText('Erased', { selector: '.badge' })).toBeTruthy();
  });

  it('lists a person with only a matter and erases it', async () => {
    server.use(
      http.post(apiUrl('people/search'), () =>
        HttpResponse.json({
          intakes: [],
          matters: [
            { id: 'm-2', site: 'harbor-vale', reference: 'HV-AAAA-BBBB', createdAt: received, status: 'closed' },
          ],
          surveys: [],
        }),
      ),
    );
    renderDashboard('/dashboard/people');
    fireEvent.input(await screen.findByLabelText('Email address'), { target: { value: 'lee@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByRole('heading', { name: 'lee@example.com: 1 matter found.' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Matters' })).getByText('Closed')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Intakes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeTruthy();
  });

  it('says when nothing is stored for an email', async () => {
    server.use(http.post(apiUrl('people/search'), () => HttpResponse.json({ intakes: [], matters: [], surveys: [] })));
    renderDashboard('/dashboard/people');
    fireEvent.input(await screen.findByLabelText('Email address'), { target: { value: 'nobody@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByRole('heading', { name: 'Nothing is stored for nobody@example.com.' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Erase…' })).toBeNull();
  });
});
