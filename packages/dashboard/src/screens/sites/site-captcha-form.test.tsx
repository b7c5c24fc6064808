import type { CaptchaSettings, CaptchaSettingsInput } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, site, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

/** The form loads after the site does; a loaded machine can take longer than the default second. */
const slow = { timeout: 5000 };

function serveSite(stored: CaptchaSettings = { provider: 'none', siteKey: '', secretSet: false }) {
  const sent: { csrf: string | null; body: CaptchaSettingsInput }[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale'), () => HttpResponse.json(site)),
    http.get(apiUrl('sites/harbor-vale/disclaimers'), () => HttpResponse.json({ versions: [] })),
    http.get(apiUrl('sites/harbor-vale/captcha'), () => HttpResponse.json(stored)),
    http.put(apiUrl('sites/harbor-vale/captcha'), async ({ request }) => {
      const body = (await request.json()) as CaptchaSettingsInput;
      sent.push({ csrf: request.headers.get('x-csrf-token'), body });
      if (body.provider !== 'none' && !body.secret) {
        return problemResponse(422, 'urn:retainer:problem:validation', {
          errors: [{ path: 'secret', code: 'required' }],
        });
      }
      return HttpResponse.json({ provider: body.provider, siteKey: body.siteKey ?? '', secretSet: true });
    }),
  );
  return sent;
}

const panel = async () =>
  within((await screen.findByRole('heading', { name: /human check/ }, slow)).closest('section') as HTMLElement);

describe('site human-check form', () => {
  it('turns Turnstile on with its keys, then shows only that a secret is stored', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    fireEvent.change(form.getByLabelText('Check'), { target: { value: 'turnstile' } });
    fireEvent.input(form.getByLabelText(/Site key/), { target: { value: '0x4AAAAAAAsitekey' } });
    fireEvent.input(form.getByLabelText(/Secret key/), { target: { value: '0x4AAAAAAAsecret' } });
    fireEvent.click(form.getByRole('button', { name: 'Save human check' }));
    await waitFor(() => expect(sent).toHaveLength(1), slow);
    expect(sent[0]).toEqual({
      csrf: adminSession.csrfToken,
      body: { provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey', secret: '0x4AAAAAAAsecret' },
    });
    expect(await screen.findByText('Human check saved.', {}, slow)).toBeTruthy();
    const secret = form.getByLabelText(/Secret key/) as HTMLInputElement;
    expect(secret.value).toBe('');
    expect(secret.type).toBe('password');
    expect(form.getByText(/A secret key is stored\./)).toBeTruthy();
  });

  it('names the field the collector refused', async () => {
    serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    fireEvent.change(form.getByLabelText('Check'), { target: { value: 'hcaptcha' } });
    fireEvent.input(form.getByLabelText(/Site key/), { target: { value: '10000000-ffff-ffff-ffff-000000000001' } });
    fireEvent.click(form.getByRole('button', { name: 'Save human check' }));
    await waitFor(() => expect(form.getByLabelText(/Secret key/).getAttribute('aria-invalid')).toBe('true'), slow);
  });

  it('lets staff read it but not change it', async () => {
    serveSite({ provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001', secretSet: true });
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/sites/harbor-vale');
    const form = await panel();
    const provider = form.getByLabelText('Check') as HTMLSelectElement;
    expect(provider.value).toBe('hcaptcha');
    expect(provider.closest('fieldset')?.disabled).toBe(true);
    expect(form.queryByRole('button', { name: 'Save human check' })).toBeNull();
  });
});
