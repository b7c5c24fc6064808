/**
 * Settings → Email → Client emails (issue 15): the firm's "days since the client was updated" target, the
 * survey reminder delay (or none) and the site's case-status page. Admins save; staff read. Answers are built
 * with the schemas the dashboard parses them with.
 */
import type { Language } from '@retainer/schema';
import {
  type EmailSettings,
  type MessagingSettings,
  messagingSettings,
  type SiteMessagingSettings,
  siteMessagingSettings,
} from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { staffSession } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, problemResponse, server } from '../../test-support/server.ts';

const email: EmailSettings = {
  host: 'smtp.harborvale.example',
  port: 587,
  secure: false,
  user: 'mailer',
  passwordSet: true,
  from: 'no-reply@harborvale.example',
  fromName: 'Harbor & Vale',
  replyTo: '',
  acknowledgeIntakes: true,
  instanceServer: false,
  delivery: 'site',
};

/** Serves both settings as the collector would, recording each saved body. */
function serveClientEmails(firm: MessagingSettings, own: SiteMessagingSettings) {
  const savedFirm: unknown[] = [];
  const savedSite: unknown[] = [];
  let currentFirm = messagingSettings.parse(firm);
  let currentSite = siteMessagingSettings.parse(own);
  server.use(
    http.get(apiUrl('sites/harbor-vale/email-settings'), () => HttpResponse.json(email)),
    http.get(apiUrl('messaging-settings'), () => HttpResponse.json(currentFirm)),
    http.put(apiUrl('messaging-settings'), async ({ request }) => {
      const body = await request.json();
      savedFirm.push(body);
      currentFirm = messagingSettings.parse(body);
      return HttpResponse.json(currentFirm);
    }),
    http.get(apiUrl('sites/harbor-vale/messaging-settings'), () => HttpResponse.json(currentSite)),
    http.put(apiUrl('sites/harbor-vale/messaging-settings'), async ({ request }) => {
      const body = await request.json();
      savedSite.push(body);
      currentSite = siteMessagingSettings.parse(body);
      return HttpResponse.json(currentSite);
    }),
  );
  return { savedFirm, savedSite };
}

const section = async () =>
  (await screen.findByRole('heading', { level: 2, name: 'Client emails' })).closest('section') as HTMLElement;

describe('Settings → Email → Client emails', () => {
  it('shows the firm target, the reminder and the site’s case-status page, and saves all three', async () => {
    const { savedFirm, savedSite } = serveClientEmails(
      { updateTargetDays: 14, surveyReminderDays: 7 },
      { statusPage: null },
    );
    renderDashboard('/dashboard/settings/email');
    const panel = await section();
    const target = (await within(panel).findByLabelText(
      'Days since the client was updated (target)',
    )) as HTMLInputElement;
    expect(target.value).toBe('14');
    expect(target.getAttribute('aria-describedby')).toBeTruthy();
    const reminder = within(panel).getByRole('checkbox', {
      name: 'Send one survey reminder to clients who have not answered',
    }) as HTMLInputElement;
    expect(reminder.checked).toBe(true);
    expect((within(panel).getByLabelText('Days after the emailed invitation') as HTMLInputElement).value).toBe('7');

    fireEvent.input(target, { target: { value: '21' } });
    fireEvent.input(within(panel).getByLabelText('Case-status page of this site'), {
      target: { value: 'https://www.harborvale.example/case-status' },
    });
    fireEvent.input(within(panel).getByLabelText('Days after the emailed invitation'), { target: { value: '10' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save client email settings' }));
    await waitFor(() => expect(savedSite).toHaveLength(1));
    expect(savedFirm).toEqual([{ updateTargetDays: 21, surveyReminderDays: 10 }]);
    expect(savedSite).toEqual([{ statusPage: 'https://www.harborvale.example/case-status' }]);
    expect(await screen.findByText('Client email settings saved.')).toBeTruthy();

    // No reminder, and no case-status page: both saved as null.
    fireEvent.click(reminder);
    expect(within(panel).queryByLabelText('Days after the emailed invitation')).toBeNull();
    fireEvent.input(within(panel).getByLabelText('Case-status page of this site'), { target: { value: '' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save client email settings' }));
    await waitFor(() => expect(savedFirm).toHaveLength(2));
    expect(savedFirm[1]).toEqual({ updateTargetDays: 21, surveyReminderDays: null });
    await waitFor(() => expect(savedSite[1]).toEqual({ statusPage: null }));
  });

  it('checks the numbers and the URL before sending', async () => {
    const { savedFirm, savedSite } = serveClientEmails(
      { updateTargetDays: 14, surveyReminderDays: null },
      { statusPage: null },
    );
    renderDashboard('/dashboard/settings/email');
    const panel = await section();
    const target = await within(panel).findByLabelText('Days since the client was updated (target)');
    fireEvent.input(target, { target: { value: '0' } });
    const page = within(panel).getByLabelText('Case-status page of this site');
    fireEvent.input(page, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save client email settings' }));
    await waitFor(() => expect(target.getAttribute('aria-invalid')).toBe('true'));
    expect(page.getAttribute('aria-invalid')).toBe('true');
    expect(savedFirm).toHaveLength(0);
    expect(savedSite).toHaveLength(0);
  });

  it('shows a refused save with its field', async () => {
    serveClientEmails({ updateTargetDays: 14, surveyReminderDays: 7 }, { statusPage: null });
    server.use(
      http.put(apiUrl('sites/harbor-vale/messaging-settings'), () =>
        problemResponse(422, 'https://retainer.dev/problems/validation', {
          errors: [{ path: 'statusPage', code: 'invalid_url' }],
        }),
      ),
    );
    renderDashboard('/dashboard/settings/email');
    const panel = await section();
    const page = await within(panel).findByLabelText('Case-status page of this site');
    fireEvent.input(page, { target: { value: 'https://www.harborvale.example/status' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save client email settings' }));
    expect(await within(panel).findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(page.getAttribute('aria-invalid')).toBe('true'));
  });

  it('is read-only for staff', async () => {
    serveClientEmails(
      { updateTargetDays: 30, surveyReminderDays: null },
      { statusPage: 'https://www.harborvale.example/status' },
    );
    server.use(http.get(apiUrl('session'), () => HttpResponse.json(staffSession)));
    renderDashboard('/dashboard/settings/email');
    const panel = await section();
    const target = (await within(panel).findByLabelText(
      'Days since the client was updated (target)',
    )) as HTMLInputElement;
    expect(target.value).toBe('30');
    expect(target.closest('fieldset')?.disabled).toBe(true);
    expect((within(panel).getByLabelText('Case-status page of this site') as HTMLInputElement).value).toBe(
      'https://www.harborvale.example/status',
    );
    expect(within(panel).getByText('Only admins can change these settings.')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Save client email settings' })).toBeNull();
  });

  it.each<[Language, string, string]>([
    ['ru', 'Письма клиентам', 'Дней с последнего обновления для клиента (цель)'],
    ['zh', '客户邮件', '距上次向客户更新的天数（目标）'],
  ])('speaks %s', async (lang, title, target) => {
    serveClientEmails({ updateTargetDays: 14, surveyReminderDays: 7 }, { statusPage: null });
    const { dashboard } = renderDashboard('/dashboard/settings/email');
    await dashboard.i18n.setLanguage(lang);
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    const panel = heading.closest('section') as HTMLElement;
    expect(((await within(panel).findByLabelText(target)) as HTMLInputElement).value).toBe('14');
  });
});
