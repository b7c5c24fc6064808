import type { Language } from '@retainer/schema';
import type { EmailSettings, EmailSettingsInput, NotificationPreferences } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { site, staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const stored: EmailSettings = {
  host: 'smtp.harborvale.example',
  port: 587,
  secure: false,
  user: 'mailer',
  passwordSet: true,
  from: 'no-reply@harborvale.example',
  fromName: 'Harbor & Vale',
  replyTo: 'intake@harborvale.example',
  acknowledgeIntakes: true,
  instanceServer: false,
  delivery: 'site',
};

/** Answers the settings and records every saved body and test request. */
function serveSettings(initial: EmailSettings) {
  const saved: EmailSettingsInput[] = [];
  const tests: unknown[] = [];
  let current = initial;
  server.use(
    http.get(apiUrl('sites/harbor-vale/email-settings'), () => HttpResponse.json(current)),
    http.put(apiUrl('sites/harbor-vale/email-settings'), async ({ request }) => {
      const body = (await request.json()) as EmailSettingsInput;
      saved.push(body);
      const { password, smtpUrl: _url, ...rest } = body;
      current = {
        ...current,
        ...rest,
        passwordSet: password === undefined ? current.passwordSet : password !== '',
        delivery: rest.host ? 'site' : 'held',
      };
      return HttpResponse.json(current);
    }),
    http.post(apiUrl('sites/harbor-vale/email-settings/test'), async ({ request }) => {
      tests.push(await request.json());
      return HttpResponse.json(
        current.delivery === 'held'
          ? { sent: false, error: 'No mail server is configured', outboxId: 'o-test' }
          : { sent: true, error: null, outboxId: 'o-test' },
      );
    }),
  );
  return { saved, tests };
}

describe('Settings → Email', () => {
  it('keeps the stored password unless one is typed or removal is asked, and saves the rest', async () => {
    const { saved } = serveSettings(stored);
    renderDashboard('/dashboard/settings/email');
    expect(await screen.findByRole('heading', { level: 1, name: 'Email settings' })).toBeTruthy();
    expect(await screen.findByText('Emails go out through this site’s mail server.')).toBeTruthy();
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.value).toBe('');
    expect(password.type).toBe('password');
    expect(password.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('A password is stored. Leave this empty to keep it.')).toBeTruthy();
    expect((screen.getByLabelText('Server (SMTP host)') as HTMLInputElement).value).toBe('smtp.harborvale.example');

    fireEvent.input(screen.getByLabelText('Sender name'), { target: { value: 'Harbor and Vale LLP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).not.toHaveProperty('password');
    expect(saved[0]).toMatchObject({ host: 'smtp.harborvale.example', port: 587, fromName: 'Harbor and Vale LLP' });
    await waitFor(() => expect(screen.getByText('Email settings saved.')).toBeTruthy());

    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 's3cret-app-password' } });
    fireEvent.change(screen.getByLabelText('Security'), { target: { value: 'tls' } });
    fireEvent.input(screen.getByLabelText('Port'), { target: { value: '465' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toMatchObject({ password: 's3cret-app-password', secure: true, port: 465 });
    // The typed password is not kept in the form after saving.
    await waitFor(() => expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByLabelText('Remove the stored password'));
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved[2]?.password).toBe('');
    expect(await screen.findByText('No password is stored.')).toBeTruthy();
  });

  it('checks addresses before sending and shows the field error', async () => {
    const { saved } = serveSettings(stored);
    renderDashboard('/dashboard/settings/email');
    const replyTo = await screen.findByLabelText('Reply-To address');
    fireEvent.input(replyTo, { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    await waitFor(() => expect(replyTo.getAttribute('aria-invalid')).toBe('true'));
    expect(saved).toHaveLength(0);
  });

  it('explains held messages without a server and shows the test email result', async () => {
    const { tests } = serveSettings({ ...stored, host: '', user: '', passwordSet: false, delivery: 'held' });
    renderDashboard('/dashboard/settings/email');
    expect(await screen.findByText(/No mail server is configured, so emails are held, not sent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test email' }));
    const status = await screen.findByText('The test email was not sent: No mail server is configured');
    expect(tests).toEqual([{ to: 'ann@harborvale.example' }]);
    const link = within(status.closest('.alert') as HTMLElement).getByRole('link', { name: 'See it in the Outbox' });
    expect(link.getAttribute('href')).toBe('/dashboard/outbox/o-test?site=harbor-vale');

    fireEvent.input(screen.getByLabelText('Server (SMTP host)'), { target: { value: 'smtp.harborvale.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByText('Emails go out through this site’s mail server.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test email' }));
    expect(
      await screen.findByText(
        'The test email was sent to ann@harborvale.example. Check that inbox (and its spam folder).',
      ),
    ).toBeTruthy();
  });

  it('lets staff read but not change or test the settings', async () => {
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    serveSettings(stored);
    renderDashboard('/dashboard/settings/email');
    const host = await screen.findByLabelText('Server (SMTP host)');
    expect((host.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.getByText('Only admins can change email settings.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save email settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send a test email' })).toBeNull();
  });

  it('shows a refused save', async () => {
    serveSettings(stored);
    server.use(
      http.put(apiUrl('sites/harbor-vale/email-settings'), () =>
        problemResponse(422, 'https://retainer.dev/problems/validation', {
          errors: [{ path: 'host', code: 'invalid_host' }],
        }),
      ),
    );
    renderDashboard('/dashboard/settings/email');
    fireEvent.click(await screen.findByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it.each<[Language, string, string]>([
    ['ru', 'Настройки почты', 'Пароль сохранён. Оставьте поле пустым, чтобы его не менять.'],
    ['zh', '邮件设置', '已保存密码。留空则保持不变。'],
  ])('speaks %s', async (lang, title, hint) => {
    serveSettings(stored);
    const { dashboard } = renderDashboard('/dashboard/settings/email');
    await dashboard.i18n.setLanguage(lang);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(await screen.findByText(hint)).toBeTruthy();
  });
});

describe('My notifications', () => {
  const twoSites = [site, { ...site, id: 'harbor-vale-ny', name: 'Harbor & Vale New York' }];

  function serveNotifications(initial: NotificationPreferences) {
    const saved: NotificationPreferences[] = [];
    server.use(
      http.get(apiUrl('sites'), () => HttpResponse.json({ sites: twoSites })),
      http.get(apiUrl('me/notifications'), () => HttpResponse.json(initial)),
      http.put(apiUrl('me/notifications'), async ({ request }) => {
        const body = (await request.json()) as NotificationPreferences;
        saved.push(body);
        return HttpResponse.json(body);
      }),
    );
    return saved;
  }

  it('lists every event with its default, and saves my choice of events, sites and practice areas', async () => {
    const saved = serveNotifications({ language: null, rules: [] });
    renderDashboard('/dashboard/settings/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'My notifications' })).toBeTruthy();
    const intake = await screen.findByRole('group', { name: 'A new intake arrives' });
    expect((within(intake).getByLabelText('Email me') as HTMLInputElement).checked).toBe(true);
    const digest = screen.getByRole('group', { name: /The weekly digest/ });
    expect((within(digest).getByLabelText('Email me') as HTMLInputElement).checked).toBe(false);
    expect(screen.getAllByRole('group', { name: /./ }).length).toBeGreaterThanOrEqual(6);

    // Only family law on the New York site.
    fireEvent.click(within(intake).getByLabelText('All sites'));
    fireEvent.click(within(intake).getByLabelText('Harbor & Vale'));
    fireEvent.click(within(intake).getByLabelText('All practice areas'));
    fireEvent.click(within(intake).getByLabelText('Employment'));
    fireEvent.click(within(digest).getByLabelText('Email me'));
    fireEvent.change(screen.getByLabelText('Language of my emails'), { target: { value: 'ru' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my notifications' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.language).toBe('ru');
    expect(saved[0]?.rules.find((rule) => rule.event === 'intake.submitted')).toEqual({
      event: 'intake.submitted',
      email: true,
      sites: ['harbor-vale-ny'],
      practiceAreas: ['family'],
    });
    expect(saved[0]?.rules.find((rule) => rule.event === 'digest.weekly')?.email).toBe(true);
    expect(saved[0]?.rules).toHaveLength(6);
    await waitFor(() => expect(screen.getByText('Your notifications are saved.')).toBeTruthy());
  });

  it('asks for a choice rather than saving "only these" with nothing ticked', async () => {
    const saved = serveNotifications({ language: null, rules: [] });
    renderDashboard('/dashboard/settings/notifications');
    const message = await screen.findByRole('group', { name: 'A client writes on a matter' });
    fireEvent.click(within(message).getByLabelText('All sites'));
    fireEvent.click(within(message).getByLabelText('Harbor & Vale'));
    fireEvent.click(within(message).getByLabelText('Harbor & Vale New York'));
    fireEvent.click(screen.getByRole('button', { name: 'Save my notifications' }));
    expect(await within(message).findByRole('alert')).toBeTruthy();
    expect(within(message).getByText('Choose at least one, or choose “all”.')).toBeTruthy();
    expect(document.activeElement).toBe(within(message).getByLabelText('Email me'));
    expect(saved).toHaveLength(0);
  });

  it.each<[Language, string, string]>([
    ['ru', 'Мои уведомления', 'Поступила новая заявка'],
    ['zh', '我的通知', '收到新咨询'],
  ])('speaks %s', async (lang, title, event) => {
    serveNotifications({ language: null, rules: [] });
    const { dashboard } = renderDashboard('/dashboard/settings/notifications');
    await dashboard.i18n.setLanguage(lang);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(await screen.findByRole('group', { name: event })).toBeTruthy();
    expect(screen.getByRole('link', { name: title }).getAttribute('aria-current')).toBe('page');
  });
});
