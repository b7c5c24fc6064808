import { screen } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { intakeDetail } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

/** The facts list as "term: value" lines, so a test reads the pairing, not just the words. */
async function facts() {
  await screen.findByRole('heading', { name: 'Submission' });
  const list = document.querySelector('.meta-list')!;
  return [...list.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
}

describe('intake detail: requested lawyer', () => {
  it('shows the lawyer the visitor asked for', async () => {
    const detail = intakeDetail({ requestedLawyer: { id: 'l-2', name: 'Daniel Lin' } });
    server.use(http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)));
    renderDashboard(`/dashboard/intakes/${detail.id}`);
    expect(await facts()).toContain('Asked for: Daniel Lin');
  });

  it('says so when that lawyer has left the directory, and shows nothing when none was chosen', async () => {
    const gone = intakeDetail({ requestedLawyer: { id: 'l-9', name: null } });
    server.use(http.get(apiUrl(`inbox/${gone.id}`), () => HttpResponse.json(gone)));
    const first = renderDashboard(`/dashboard/intakes/${gone.id}`);
    expect(await facts()).toContain('Asked for: A lawyer no longer in the directory');
    first.unmount();

    const none = intakeDetail({ requestedLawyer: null });
    server.use(http.get(apiUrl(`inbox/${none.id}`), () => HttpResponse.json(none)));
    renderDashboard(`/dashboard/intakes/${none.id}`);
    expect((await facts()).some((f) => f.startsWith('Asked for'))).toBe(false);
  });
});
