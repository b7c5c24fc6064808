import { intakeDetail as intakeDetailSchema, replyToIntake } from '@retainer/schema/admin';
import { fireEvent, screen, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { intakeDetail, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

describe('reply to a prospect by email (issue 15)', () => {
  it('sends the reply, then shows it and the intake as contacted with its clock stopped', async () => {
    const detail = intakeDetail({ replies: [] });
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)),
      http.post(apiUrl(`inbox/${detail.id}/replies`), async ({ request }) => {
        sent.push(replyToIntake.parse(await request.json()));
        const answer = intakeDetailSchema.parse({
          ...detail,
          state: 'contacted',
          clock: { ...detail.clock, firstContactAt: received + 3_600_000, overdue: false },
          replies: [
            {
              id: 'r-1',
              author: { id: 'u-ann', name: 'Ann Harbor' },
              body: 'Can we call you at 10?',
              createdAt: received + 3_600_000,
            },
          ],
        });
        return HttpResponse.json(answer, { status: 201 });
      }),
    );
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Replies by email' });
    expect(within(section).getByText(/No reply sent yet/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));
    expect(await within(section).findByText('Required.')).toBeTruthy();
    fireEvent.input(within(section).getByLabelText(/Reply to the prospect/), {
      target: { value: ' Can we call you at 10? ' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));
    expect(await within(section).findByText('Can we call you at 10?')).toBeTruthy();
    expect(sent).toEqual([{ text: 'Can we call you at 10?' }]);
  });
});
