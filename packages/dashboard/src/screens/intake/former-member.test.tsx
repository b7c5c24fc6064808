import { screen } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { inboxItem, intakeDetail, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const former = { id: 'u-gone', name: 'Cara Gone', former: true };

describe('work of a removed member (issue 17)', () => {
  it('names them as a former member in the intake detail', async () => {
    const detail = intakeDetail({
      assignee: former,
      notes: [{ id: 'n-1', author: former, body: 'Called back.', createdAt: received }],
    });
    server.use(http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)));
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const note = await screen.findByText('Called back.');
    expect(note.closest('li')?.textContent).toContain('Cara Gone (former member)');
    const assignee = screen.getByRole('option', { name: 'Cara Gone (former member)' }) as HTMLOptionElement;
    expect(assignee.selected).toBe(true);
  });

  it('names them as a former member in the inbox', async () => {
    server.use(
      http.get(apiUrl('inbox'), () =>
        HttpResponse.json({
          items: [inboxItem({ assignee: former })],
          stats: {
            medianFirstResponseBusinessMs: null,
            answeredWithinTargetShare: null,
            received: 1,
            answered: 0,
            overdue: 0,
          },
        }),
      ),
    );
    renderDashboard('/dashboard/inbox');
    expect(await screen.findByText('Cara Gone (former member)')).toBeTruthy();
  });
});
