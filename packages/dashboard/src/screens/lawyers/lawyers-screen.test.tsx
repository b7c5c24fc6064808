import type { AdminLawyer } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

function lawyer(overrides: Partial<AdminLawyer> & Pick<AdminLawyer, 'id' | 'name'>): AdminLawyer {
  return {
    site: 'harbor-vale',
    title: 'Partner',
    practiceAreas: ['family'],
    offices: [{ id: 'boston', name: 'Boston' }],
    languages: ['en'],
    barAdmissions: [{ jurisdiction: 'Massachusetts', year: 1994 }],
    education: [],
    certifications: [],
    lastVerified: '2025-03-01',
    status: 'active',
    order: 0,
    createdAt: received,
    updatedAt: received,
    ...overrides,
  };
}

const hart = lawyer({
  id: 'l-hart',
  name: 'Eleanor Hart',
  order: 0,
  testimonials: [{ quote: 'Calm.', attribution: 'A client' }],
});
const okafor = lawyer({ id: 'l-okafor', name: 'Daniel Okafor', order: 1, practiceAreas: ['employment'] });
const reyes = lawyer({ id: 'l-reyes', name: 'Sofia Reyes', order: 2, status: 'departed', title: 'Associate' });

type Sent = { method: string; path: string; csrf: string | null; body: unknown };

function serveLawyers(list: AdminLawyer[] = [hart, okafor, reyes]) {
  const sent: Sent[] = [];
  const record = async (request: Request) => {
    const body: unknown = await request.json();
    const path = new URL(request.url).pathname;
    sent.push({ method: request.method, path, csrf: request.headers.get('x-csrf-token'), body });
    return body;
  };
  server.use(
    http.get(apiUrl('sites/harbor-vale/lawyers'), () => HttpResponse.json({ lawyers: list })),
    http.get(apiUrl('sites/harbor-vale/directory-settings'), () =>
      HttpResponse.json({ showRatings: false, showTestimonials: false }),
    ),
    http.put(apiUrl('sites/harbor-vale/directory-settings'), async ({ request }) => {
      return HttpResponse.json((await record(request)) as Record<string, boolean>);
    }),
    http.put(apiUrl('sites/harbor-vale/lawyers/order'), async ({ request }) => {
      const { order } = (await record(request)) as { order: string[] };
      const byId = new Map(list.map((l) => [l.id, l]));
      return HttpResponse.json({ lawyers: order.map((id, index) => ({ ...byId.get(id), order: index })) });
    }),
  );
  return sent;
}

const liveRegion = () => document.querySelector('[aria-live="polite"]') as HTMLElement;

describe('lawyers', () => {
  it('lists the site’s lawyers in display order with their status', async () => {
    serveLawyers();
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    await screen.findByText('Eleanor Hart');
    const order = screen.getAllByRole('listitem').filter((row) => row.classList.contains('lawyer-row'));
    expect(order.map((row) => row.querySelector('.lawyer-row-name')?.textContent)).toEqual([
      'Eleanor Hart Active',
      'Daniel Okafor Active',
      'Sofia Reyes Departed',
    ]);
    expect(within(order[2] as HTMLElement).getByText('Departed').className).toContain('badge-lawyer-departed');
    expect(within(order[0] as HTMLElement).queryByText('Departed')).toBeNull();
    expect(screen.getByRole('link', { name: 'Lawyers' }).getAttribute('aria-current')).toBe('page');
  });

  it('moves a lawyer up from the keyboard, sends the new order and says where it landed', async () => {
    const sent = serveLawyers();
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    const up = await screen.findByRole('button', { name: 'Move Daniel Okafor up' });
    up.focus();
    fireEvent.click(up);

    await waitFor(() => expect(sent.filter((s) => s.path.endsWith('/lawyers/order'))).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      csrf: adminSession.csrfToken,
      body: { order: ['l-okafor', 'l-hart', 'l-reyes'] },
    });
    await waitFor(() => expect(liveRegion().textContent).toBe('Daniel Okafor moved to position 1 of 3.'));
    const names = [...document.querySelectorAll('.lawyer-row-name')].map((n) => n.firstChild?.textContent);
    expect(names).toEqual(['Daniel Okafor', 'Eleanor Hart', 'Sofia Reyes']);
    await waitFor(() => expect(document.activeElement?.id).toBe('lawyer-move-up-l-okafor'));
    // Already first: another press sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Move Daniel Okafor up' }));
    expect(sent).toHaveLength(1);
  });

  it('moves a lawyer by drag and drop', async () => {
    const sent = serveLawyers();
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    await screen.findByText('Eleanor Hart');
    const rows = [...document.querySelectorAll<HTMLElement>('li.lawyer-row')];
    fireEvent.dragStart(rows[0] as HTMLElement);
    fireEvent.dragOver(rows[2] as HTMLElement);
    fireEvent.drop(rows[2] as HTMLElement);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({ order: ['l-okafor', 'l-reyes', 'l-hart'] });
    await waitFor(() => expect(liveRegion().textContent).toBe('Eleanor Hart moved to position 3 of 3.'));
  });

  it('puts the saved order back when the collector refuses the new one', async () => {
    serveLawyers();
    server.use(
      http.put(apiUrl('sites/harbor-vale/lawyers/order'), () =>
        problemResponse(422, 'urn:retainer:problem:validation', { errors: [{ path: 'order', code: 'invalid_order' }] }),
      ),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Move Eleanor Hart down' }));
    await waitFor(() =>
      expect(liveRegion().textContent).toBe('The new order was not saved. The list shows the saved order.'),
    );
    const names = [...document.querySelectorAll('.lawyer-row-name')].map((n) => n.firstChild?.textContent);
    expect(names).toEqual(['Eleanor Hart', 'Daniel Okafor', 'Sofia Reyes']);
  });

  it('shows the collector’s field errors from problem+json on the fields they name', async () => {
    serveLawyers();
    const posted: unknown[] = [];
    server.use(
      http.post(apiUrl('sites/harbor-vale/lawyers'), async ({ request }) => {
        posted.push(await request.json());
        return problemResponse(422, 'urn:retainer:problem:validation', {
          errors: [
            { path: 'bookingUrl', code: 'invalid_url' },
            { path: 'barAdmissions.0.year', code: 'invalid_year' },
          ],
        });
      }),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Add lawyer' }));
    fireEvent.input(await screen.findByLabelText(/Full name/), { target: { value: 'Mei Lin' } });
    fireEvent.input(screen.getByLabelText(/^Title/), { target: { value: 'Partner' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add admission' }));
    fireEvent.input(document.getElementById('lawyer-barAdmissions-0-jurisdiction') as HTMLElement, {
      target: { value: 'Massachusetts' },
    });
    fireEvent.input(document.getElementById('lawyer-barAdmissions-0-year') as HTMLElement, {
      target: { value: '2008' },
    });
    fireEvent.input(screen.getByLabelText(/Booking link/), { target: { value: 'https://cal.example/mei' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add lawyer' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      name: 'Mei Lin',
      title: 'Partner',
      barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2008 }],
      bookingUrl: 'https://cal.example/mei',
      status: 'active',
    });
    const booking = screen.getByLabelText(/Booking link/);
    await waitFor(() => expect(booking.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('lawyer-bookingUrl-error')?.textContent).toBe(
      'Enter a web address starting with https://.',
    );
    const year = document.getElementById('lawyer-barAdmissions-0-year') as HTMLElement;
    expect(year.getAttribute('aria-invalid')).toBe('true');
    const summary = screen.getByRole('heading', { name: 'There are 2 problems to fix.' }).closest('.error-summary');
    expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.textContent)).toEqual([
      'Booking link: Enter a web address starting with https://.',
      'Admission 1: Year: Enter a year like 2004.',
    ]);
  });

  it('checks required fields before sending anything', async () => {
    serveLawyers([]);
    const posted: unknown[] = [];
    server.use(
      http.post(apiUrl('sites/harbor-vale/lawyers'), async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    expect(await screen.findByText('No lawyers yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add lawyer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add lawyer' }));
    const summary = await screen.findByRole('heading', { name: 'There are 2 problems to fix.' });
    expect(summary).toBeTruthy();
    expect(screen.getByLabelText(/Full name/).getAttribute('aria-invalid')).toBe('true');
    expect(posted).toEqual([]);
  });

  it('edits a profile: the preview follows, "verified today" sets the date, testimonials are kept', async () => {
    serveLawyers();
    const put: AdminLawyer[] = [];
    server.use(
      http.put(apiUrl('sites/harbor-vale/lawyers/l-hart'), async ({ request }) => {
        const body = (await request.json()) as AdminLawyer;
        put.push(body);
        return HttpResponse.json({ ...hart, ...body });
      }),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Eleanor Hart' }));
    const title = await screen.findByLabelText(/^Title/);
    fireEvent.input(title, { target: { value: 'Founding partner' } });
    const preview = screen.getByRole('article', { name: 'Eleanor Hart' });
    expect(within(preview).getByText('Founding partner')).toBeTruthy();
    expect(within(preview).getByText('Family law')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Employment' }));
    expect(within(preview).getByText('Employment')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Mark verified today' }));
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect((screen.getByLabelText(/Last verified/) as HTMLInputElement).value).toBe(today);
    fireEvent.click(screen.getByRole('radio', { name: 'Departed' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(put).toHaveLength(1));
    expect(put[0]).toMatchObject({
      title: 'Founding partner',
      practiceAreas: ['family', 'employment'],
      lastVerified: today,
      status: 'departed',
      testimonials: [{ quote: 'Calm.', attribution: 'A client' }],
      offices: [{ id: 'boston', name: 'Boston' }],
    });
    await waitFor(() => expect(liveRegion().textContent).toBe('Eleanor Hart saved.'));
    const row = (await screen.findByText('Founding partner', { exact: false })).closest('li') as HTMLElement;
    expect(within(row).getByText('Departed')).toBeTruthy();
  });

  it('uploads a photo as raw bytes and uses the address the collector gives back', async () => {
    serveLawyers();
    const uploads: { type: string | null; bytes: number[] }[] = [];
    server.use(
      http.post(apiUrl('sites/harbor-vale/photos'), async ({ request }) => {
        uploads.push({
          type: request.headers.get('content-type'),
          bytes: [...new Uint8Array(await request.arrayBuffer())],
        });
        return HttpResponse.json({ id: 'p-1', url: '/v1/photos/p-1', type: 'image/png', bytes: 4 }, { status: 201 });
      }),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Daniel Okafor' }));
    const input = (await screen.findByLabelText('Upload a photo')) as HTMLInputElement;
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'okafor.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);

    await waitFor(() => expect((screen.getByLabelText(/Photo URL/) as HTMLInputElement).value).toBe('/v1/photos/p-1'));
    expect(uploads).toEqual([{ type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] }]);
    expect(screen.getByRole('article', { name: 'Daniel Okafor' }).querySelector('img')?.getAttribute('src')).toBe(
      '/v1/photos/p-1',
    );
  });

  it('says why an upload was refused, and sends nothing too large', async () => {
    serveLawyers();
    let calls = 0;
    server.use(
      http.post(apiUrl('sites/harbor-vale/photos'), () => {
        calls++;
        return problemResponse(415, 'urn:retainer:problem:unsupported-media-type');
      }),
    );
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Daniel Okafor' }));
    const input = (await screen.findByLabelText('Upload a photo')) as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    choose(new File(['%PDF-1.7'], 'not-a-photo.jpg', { type: 'image/jpeg' }));
    expect((await screen.findByText('Only JPEG, PNG and WebP images can be uploaded.')).id).toBe(
      'lawyer-photo-file-error',
    );
    expect(calls).toBe(1);
    choose(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'huge.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText('This photo is larger than 2 MB. Choose a smaller one.')).toBeTruthy();
    expect(calls).toBe(1);
  });

  it('keeps ratings and testimonials off until someone switches them on', async () => {
    const sent = serveLawyers();
    renderDashboard('/dashboard/lawyers?site=harbor-vale');
    const testimonials = (await screen.findByRole('checkbox', {
      name: 'Show client testimonials',
    })) as HTMLInputElement;
    const ratings = screen.getByRole('checkbox', { name: 'Show ratings' }) as HTMLInputElement;
    expect([testimonials.checked, ratings.checked]).toEqual([false, false]);
    fireEvent.click(testimonials);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/admin/sites/harbor-vale/directory-settings',
      body: { showRatings: false, showTestimonials: true },
    });
    await waitFor(() => expect(liveRegion().textContent).toBe('Directory options saved.'));
    expect(testimonials.checked).toBe(true);
  });
});
