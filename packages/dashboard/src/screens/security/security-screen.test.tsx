import type { AdminSession, TwoFactorEnrolment, TwoFactorStatus } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { adminSession, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const off: TwoFactorStatus = { enabled: false, enabledAt: null, recoveryCodesLeft: 0, firmRequires: false };
const on: TwoFactorStatus = {
  enabled: true,
  enabledAt: Date.UTC(2025, 4, 6),
  recoveryCodesLeft: 10,
  firmRequires: false,
};
const enrolment: TwoFactorEnrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  uri: 'otpauth://totp/Harbor%20%26%20Vale%20LLP%20(Retainer):ann%40harborvale.example?issuer=Harbor%20%26%20Vale%20LLP%20(Retainer)&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
  issuer: 'Harbor & Vale LLP (Retainer)',
  account: 'ann@harborvale.example',
};
const codes = Array.from({ length: 10 }, (_, i) => `abcd${i}-fghjk-mnpqr`);

/** A collector that keeps the two-factor state, as the real one does. */
function twoFactorServer(start: TwoFactorStatus, session: AdminSession = adminSession) {
  const state = { status: start, sent: [] as [string, unknown][] };
  server.use(
    http.get(apiUrl('session'), () => HttpResponse.json(session)),
    http.get(apiUrl('me/two-factor'), () => HttpResponse.json(state.status)),
    http.post(apiUrl('me/two-factor/enrolment'), async ({ request }) => {
      const body = (await request.json()) as { code?: string };
      state.sent.push(['start', body]);
      if (state.status.enabled && body.code !== '975310')
        return problemResponse(422, 'urn:retainer:problem:invalid-code');
      return HttpResponse.json(enrolment, { status: 201 });
    }),
    http.post(apiUrl('me/two-factor/enrolment/confirm'), async ({ request }) => {
      const body = (await request.json()) as { code: string };
      state.sent.push(['confirm', body]);
      if (body.code !== '135790') return problemResponse(422, 'urn:retainer:problem:invalid-code');
      state.status = { ...on, firmRequires: state.status.firmRequires };
      return HttpResponse.json({ recoveryCodes: codes, status: state.status });
    }),
    http.post(apiUrl('me/two-factor/recovery-codes'), async ({ request }) => {
      state.sent.push(['renew', await request.json()]);
      return HttpResponse.json({ recoveryCodes: codes.map((c) => c.replace('abcd', 'wxyz')), status: state.status });
    }),
    http.post(apiUrl('me/two-factor/disable'), async ({ request }) => {
      const body = (await request.json()) as { password?: string };
      state.sent.push(['disable', body]);
      if (body.password !== 'correct horse battery') {
        return problemResponse(422, 'urn:retainer:problem:invalid-credentials');
      }
      state.status = off;
      return HttpResponse.json(off);
    }),
    http.put(apiUrl('firm/two-factor'), async ({ request }) => {
      const { required } = (await request.json()) as { required: boolean };
      state.sent.push(['firm', { required }]);
      state.status = { ...state.status, firmRequires: required };
      return HttpResponse.json(state.status);
    }),
  );
  return state;
}

describe('Security screen', () => {
  it('sets up two-factor: QR code, setup key and link, a code from the app, then the recovery codes once', async () => {
    const state = twoFactorServer(off);
    renderDashboard('/dashboard/settings/security');
    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in is off' })).toBeTruthy();
    // An admin cannot require what they do not use.
    expect((screen.getByLabelText('Require two-factor sign-in for every member') as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.getByText('Turn it on for yourself first.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    const step = await screen.findByRole('heading', { name: /Scan this code/ });
    await waitFor(() => expect(document.activeElement).toBe(step));
    const qr = screen.getByRole('img', { name: 'QR code to scan with an authenticator app' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(screen.getByText(enrolment.uri)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy setup key' })).toBeTruthy();

    const code = screen.getByLabelText(/Code from the app/);
    fireEvent.input(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText(/That code did not work/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '135 790' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(codes);
    expect(screen.getByRole('button', { name: 'Copy all recovery codes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download as a text file' })).toBeTruthy();
    expect(state.sent).toEqual([
      ['start', {}],
      ['confirm', { code: '000000' }],
      ['confirm', { code: '135790' }],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in is on' })).toBeTruthy();
    expect(screen.getByText('10 recovery codes left.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
    expect((screen.getByLabelText('Require two-factor sign-in for every member') as HTMLInputElement).disabled).toBe(
      false,
    );
  });

  it('makes new recovery codes with a code from the app, and turns off with the password', async () => {
    const state = twoFactorServer(on);
    renderDashboard('/dashboard/settings/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Make new recovery codes' }));
    fireEvent.input(await screen.findByLabelText(/Code from the app/), { target: { value: '864 209' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Make new recovery codes' }).at(-1)!);
    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toBe('wxyz0-fghjk-mnpqr');
    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Turn off two-factor sign-in' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use my password instead' }));
    const password = await screen.findByLabelText(/Your password/);
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    fireEvent.input(password, { target: { value: 'wrong password!' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Turn off two-factor sign-in' }).at(-1)!);
    expect(await screen.findByText('That password is not right.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Your password/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Turn off two-factor sign-in' }).at(-1)!);
    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in is off' })).toBeTruthy();
    expect(state.sent).toEqual([
      ['renew', { code: '864209' }],
      ['disable', { password: 'wrong password!' }],
      ['disable', { password: 'correct horse battery' }],
    ]);
  });

  it('moves to a new app after a current code, then shows new recovery codes', async () => {
    const state = twoFactorServer(on);
    renderDashboard('/dashboard/settings/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Move to a new authenticator app' }));
    expect(await screen.findByText(/the old app stops working/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/That code did not work/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '975310' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('img', { name: 'QR code to scan with an authenticator app' });
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '135790' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByRole('list', { name: 'Recovery codes' });
    expect(state.sent).toEqual([
      ['start', { code: '111111' }],
      ['start', { code: '975310' }],
      ['confirm', { code: '135790' }],
    ]);
  });

  it('lets an admin require it for the firm; then nobody can turn theirs off', async () => {
    const state = twoFactorServer(on);
    renderDashboard('/dashboard/settings/security');
    const box = (await screen.findByLabelText('Require two-factor sign-in for every member')) as HTMLInputElement;
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(state.sent).toEqual([['firm', { required: true }]]));
    expect(await screen.findByText(/cannot be turned off/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off two-factor sign-in' })).toBeNull();
  });

  it('shows staff their own two-factor only, in three languages', async () => {
    twoFactorServer(off, staffSession);
    renderDashboard('/dashboard/settings/security');
    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in is off' })).toBeTruthy();
    expect(screen.queryByText('For the whole firm')).toBeNull();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { name: 'Двухфакторный вход выключен' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Безопасность', current: 'page' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    expect(await screen.findByRole('heading', { name: '双重验证未开启' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '设置双重验证' })).toBeTruthy();
  });
});

describe('forced set-up at sign-in', () => {
  it('shows only the set-up until it is done, then the page that was asked for', async () => {
    let session: AdminSession = { ...staffSession, pending: 'two-factor-setup' };
    const state = twoFactorServer({ ...off, firmRequires: true }, session);
    server.use(
      http.get(apiUrl('session'), () => HttpResponse.json(session)),
      http.get(apiUrl('matters'), () => HttpResponse.json({ matters: [] })),
    );
    renderDashboard('/dashboard/matters');
    expect(await screen.findByRole('heading', { name: 'Set up two-factor sign-in' })).toBeTruthy();
    expect(screen.getByText(/Harbor & Vale LLP requires two-factor sign-in/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await screen.findByRole('img', { name: 'QR code to scan with an authenticator app' });
    fireEvent.input(screen.getByLabelText(/Code from the app/), { target: { value: '135790' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByRole('list', { name: 'Recovery codes' });
    // The collector completed the session; the dashboard reads it once the codes are saved.
    session = staffSession;
    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByRole('navigation')).toBeTruthy();
    expect(location.pathname).toBe('/dashboard/matters');
    expect(state.sent.map(([kind]) => kind)).toEqual(['start', 'confirm']);
  });
});
