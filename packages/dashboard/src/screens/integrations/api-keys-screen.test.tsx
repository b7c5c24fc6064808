import { problemTypes } from '@retainer/schema';
import {
  type ApiKey,
  apiKeyCreated,
  apiKeyList,
  apiKey as apiKeySchema,
  apiKeyUses,
  createApiKey,
} from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { adminSession, received, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const zapier: ApiKey = apiKeySchema.parse({
  id: 'k-1',
  name: 'Zapier',
  scope: 'read',
  hint: 'rtk_AbCd',
  createdAt: received,
  createdBy: { id: 'u-ann', name: 'Ann Harbor' },
  lastUsedAt: received + 60_000,
  revokedAt: null,
});
const token = `rtk_${'x'.repeat(43)}`;

describe('API keys screen (issue 16)', () => {
  afterEach(() => localStorage.clear());

  it('shows the empty state, creates a key and shows its token once with a copy button and the warning', async () => {
    let keys: ApiKey[] = [];
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('api-keys'), () => HttpResponse.json(apiKeyList.parse({ keys }))),
      http.post(apiUrl('api-keys'), async ({ request }) => {
        const body = createApiKey.parse(await request.json());
        sent.push({ body, csrf: request.headers.get('x-csrf-token') });
        const key = { ...zapier, id: 'k-2', name: body.name, scope: body.scope, lastUsedAt: null };
        keys = [key];
        return HttpResponse.json(apiKeyCreated.parse({ key, token }), { status: 201 });
      }),
    );
    renderDashboard('/dashboard/settings/api-keys');
    expect(await screen.findByText('No API keys yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'API keys', current: 'page' })).toBeTruthy();

    // The name is required: checked before anything is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText(/required/i)).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.input(screen.getByLabelText(/^Name/), { target: { value: 'Make – leads' } });
    fireEvent.click(screen.getByRole('radio', { name: /Read and write/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    const field = await screen.findByLabelText('Your new key');
    expect((field as HTMLInputElement).value).toBe(token);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByText(/shown only this once/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the new key' })).toBeTruthy();
    expect(sent).toEqual([{ body: { name: 'Make – leads', scope: 'read-write' }, csrf: adminSession.csrfToken }]);
    const row = await screen.findByRole('row', { name: /Make – leads/ });
    expect(within(row).getByText('Read and write')).toBeTruthy();
    expect(within(row).getByText('Never')).toBeTruthy();

    // Put away, the token is gone from the page for good.
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByLabelText('Your new key')).toBeNull());
    expect(document.body.textContent).not.toContain(token);
  });

  it('revokes after a confirm dialog (Cancel sends nothing) and marks the key revoked', async () => {
    let keys: ApiKey[] = [zapier];
    const revoked: string[] = [];
    server.use(
      http.get(apiUrl('api-keys'), () => HttpResponse.json(apiKeyList.parse({ keys }))),
      http.delete(apiUrl('api-keys/:id'), ({ params }) => {
        revoked.push(String(params.id));
        keys = [{ ...zapier, revokedAt: received + 3_600_000 }];
        return HttpResponse.json(apiKeySchema.parse(keys[0]));
      }),
    );
    renderDashboard('/dashboard/settings/api-keys');
    const revoke = await screen.findByRole('button', { name: 'Revoke key “Zapier”' });
    fireEvent.click(revoke);
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “Zapier”?' });
    expect(dialog.textContent).toContain('401 Unauthorized');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(revoked).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke key “Zapier”' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText(/^Revoked /)).toBeTruthy();
    expect(revoked).toEqual(['k-1']);
    expect(screen.queryByRole('button', { name: 'Revoke key “Zapier”' })).toBeNull();
    expect(await screen.findByText('Key “Zapier” was revoked.')).toBeTruthy();
  });

  it('shows a key’s uses, newest first, and loads older ones', async () => {
    const use = (i: number, status = 200) => ({
      at: received + i * 1000,
      method: 'GET',
      route: '/api/admin/inbox/:id',
      status,
    });
    const cursors: (string | null)[] = [];
    server.use(
      http.get(apiUrl('api-keys'), () => HttpResponse.json(apiKeyList.parse({ keys: [zapier] }))),
      http.get(apiUrl('api-keys/:id/uses'), ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        const page = cursor
          ? { key: zapier, uses: [use(1, 429)], next: null }
          : { key: zapier, uses: [use(3), use(2, 403)], next: `${received + 2000}.abc` };
        return HttpResponse.json(apiKeyUses.parse(page));
      }),
    );
    renderDashboard('/dashboard/settings/api-keys');
    fireEvent.click(await screen.findByRole('button', { name: 'Uses of key “Zapier”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uses of “Zapier”' });
    await within(dialog).findByRole('table');
    expect(within(dialog).getAllByText('/api/admin/inbox/:id')).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show older uses' }));
    await waitFor(() => expect(within(dialog).getAllByRole('row')).toHaveLength(4));
    expect(within(dialog).getByText('429')).toBeTruthy();
    expect(cursors).toEqual([null, `${received + 2000}.abc`]);
  });

  it('shows a refused create with its reason, and a load error with Try again', async () => {
    let fail = true;
    server.use(
      http.get(apiUrl('api-keys'), () =>
        fail ? HttpResponse.error() : HttpResponse.json(apiKeyList.parse({ keys: [zapier] })),
      ),
      http.post(apiUrl('api-keys'), () => problemResponse(409, problemTypes.conflict, { detail: 'At most 50 keys' })),
    );
    renderDashboard('/dashboard/settings/api-keys');
    const retry = await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByRole('row', { name: /Zapier/ })).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/^Name/), { target: { value: 'One more' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('At most 50 keys')).toBeTruthy();
  });

  it('tells staff that only admins manage keys, without asking for them', async () => {
    let asked = false;
    server.use(
      http.get(apiUrl('session'), () => HttpResponse.json(staffSession)),
      http.get(apiUrl('api-keys'), () => {
        asked = true;
        return HttpResponse.json({ keys: [] });
      }),
    );
    renderDashboard('/dashboard/settings/api-keys');
    expect(await screen.findByText(/Only admins manage integrations/)).toBeTruthy();
    expect(asked).toBe(false);
  });

  it('reads in Russian and Chinese', async () => {
    server.use(http.get(apiUrl('api-keys'), () => HttpResponse.json(apiKeyList.parse({ keys: [zapier] }))));
    renderDashboard('/dashboard/settings/api-keys');
    await screen.findByRole('row', { name: /Zapier/ });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { name: 'API-ключи', level: 1 }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Отозвать ключ «Zapier»' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    expect(await screen.findByRole('button', { name: '撤销密钥“Zapier”' }, { timeout: 5000 })).toBeTruthy();
  });
});
