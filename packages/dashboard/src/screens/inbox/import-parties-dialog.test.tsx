import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

describe('importing parties', () => {
  it('sends the CSV file as text/csv and reports what was imported', async () => {
    const received: { type: string | null; body: string; csrf: string | null }[] = [];
    let inboxRequests = 0;
    server.use(
      http.get(apiUrl('inbox'), () => {
        inboxRequests++;
        return HttpResponse.json({
          items: [],
          stats: {
            medianFirstResponseBusinessMs: null,
            answeredWithinTargetShare: null,
            answered: 0,
            received: 0,
            overdue: 0,
          },
        });
      }),
      http.post(apiUrl('parties/import'), async ({ request }) => {
        received.push({
          type: request.headers.get('content-type'),
          body: await request.text(),
          csrf: request.headers.get('x-csrf-token'),
        });
        return HttpResponse.json({ imported: 2, skipped: 1 });
      }),
    );
    renderDashboard('/dashboard/inbox');
    fireEvent.click(await screen.findByRole('button', { name: 'Import parties…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import parties' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('Choose a CSV file first.')).toBeTruthy();

    const csv = 'name,kind\nAcme Logistics LLC,adverse\nMaría López,client\n,client\n';
    const input = within(dialog).getByLabelText('CSV file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([csv], 'parties.csv', { type: 'text/csv' })] });
    fireEvent.change(input);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByText('Imported 2 names, skipped 1.')).toBeTruthy();
    expect(received).toEqual([{ type: 'text/csv; charset=utf-8', body: csv, csrf: 'csrf-token-1234567890' }]);
    await waitFor(() => expect(inboxRequests).toBe(2));
  });
});
