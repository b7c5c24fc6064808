/**
 * Survey invitations by email from the dashboard (issue 15): "Email it to the client" on one invitation
 * (`sendEmail`) and "Email each client" on the CSV import (`?email=1`), with whether the email goes out or
 * is held, and a link to the Outbox. Every answer is built with the schemas the dashboard parses it with.
 */
import type { Language } from '@retainer/schema';
import {
  type EmailSettings,
  type SurveyImportResult,
  type SurveyInvitation,
  type SurveyInvitationIssued,
  surveyImportResult,
  surveyInvitationIssued,
} from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { received } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const base = 'sites/harbor-vale/survey';

function invitation(overrides: Partial<SurveyInvitation> = {}): SurveyInvitation {
  return {
    id: 'i-1',
    site: 'harbor-vale',
    moment: 'end',
    measure: 'nps',
    clientName: 'Cara Diaz',
    email: 'cara@example.com',
    practiceArea: null,
    lawyer: null,
    lang: 'en',
    page: 'https://www.harborvale.example/feedback',
    state: 'created',
    createdAt: received,
    expiresAt: received + 60 * 86_400_000,
    openedAt: null,
    answeredAt: null,
    ...overrides,
  };
}

const issued = (overrides: Partial<SurveyInvitation> = {}): SurveyInvitationIssued =>
  surveyInvitationIssued.parse({
    invitation: invitation(overrides),
    url: `https://www.harborvale.example/feedback#retainer-survey=${'t'.repeat(43)}`,
  });

const emailSettings = (delivery: EmailSettings['delivery']): EmailSettings => ({
  host: delivery === 'site' ? 'smtp.harborvale.example' : '',
  port: 587,
  secure: false,
  user: '',
  passwordSet: false,
  from: '',
  fromName: '',
  replyTo: '',
  acknowledgeIntakes: true,
  instanceServer: delivery === 'instance',
  delivery,
});

/** Serves the invitations screen; records each create body and each import's query and body. */
function serveInvitations(delivery: EmailSettings['delivery'] = 'site') {
  const created: unknown[] = [];
  const imports: { query: string; body: string }[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale/lawyers'), () => HttpResponse.json({ lawyers: [] })),
    http.get(apiUrl(`${base}/invitations`), () => HttpResponse.json({ invitations: [] })),
    http.get(apiUrl(`${base}/settings`), () => HttpResponse.json({ reviewLinks: [] })),
    http.get(apiUrl('sites/harbor-vale/email-settings'), () => HttpResponse.json(emailSettings(delivery))),
    http.post(apiUrl(`${base}/invitations`), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      created.push(body);
      return HttpResponse.json(issued({ clientName: String(body.clientName) }), { status: 201 });
    }),
    http.post(apiUrl(`${base}/invitations/import`), async ({ request }) => {
      imports.push({ query: new URL(request.url).search, body: await request.text() });
      const answer: SurveyImportResult = surveyImportResult.parse({
        issued: [issued({ id: 'i-2', clientName: 'Bo Li' }), issued({ id: 'i-3', clientName: 'Ann Lee', email: null })],
        errors: [],
      });
      return HttpResponse.json(answer, { status: 201 });
    }),
  );
  return { created, imports };
}

async function fillOne(name: string, email: string) {
  fireEvent.input(await screen.findByLabelText(/^Client name/), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('Client email (optional)'), { target: { value: email } });
}

function chooseCsv(csv: string) {
  const input = screen.getByLabelText('CSV file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([csv], 'clients.csv', { type: 'text/csv' })] });
  fireEvent.change(input);
}

describe('survey invitations by email', () => {
  it('emails one invitation when asked and says it is in the Outbox, with a link', async () => {
    const { created } = serveInvitations('site');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await fillOne('Cara Diaz', 'cara@example.com');
    const box = screen.getByRole('checkbox', { name: 'Email it to the client' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ clientName: 'Cara Diaz', email: 'cara@example.com', sendEmail: true });
    const note = await screen.findByText(/Emailed — it is in the Outbox\./);
    const link = within(note).getByRole('link', { name: 'See the Outbox' });
    expect(link.getAttribute('href')).toBe('/dashboard/outbox?site=harbor-vale');
    // The link is still shown once, to copy if the firm wants to.
    expect(screen.getByRole('button', { name: 'Copy link: Cara Diaz' })).toBeTruthy();
  });

  it('leaves sendEmail out when the box is not ticked', async () => {
    const { created } = serveInvitations('site');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await fillOne('Cara Diaz', 'cara@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).not.toHaveProperty('sendEmail');
    expect(await screen.findByText(/^Link created: copy it/)).toBeTruthy();
    expect(screen.queryByText(/Emailed/)).toBeNull();
  });

  it('asks for the address before emailing, without calling the collector', async () => {
    const { created } = serveInvitations('site');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await fillOne('Cara Diaz', '');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email it to the client' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    const email = screen.getByLabelText('Client email (optional)');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(created).toHaveLength(0);
  });

  it('says the email is held when no mail server is configured', async () => {
    serveInvitations('held');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await fillOne('Cara Diaz', 'cara@example.com');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email it to the client' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    const note = await screen.findByText(/Queued but held: no mail server is configured yet/);
    expect(note.className).toContain('alert-warning');
    expect(within(note).getByRole('link', { name: 'See the Outbox' })).toBeTruthy();
  });

  it('imports a CSV with email=1 when "Email each client" is ticked and counts the emailed rows', async () => {
    const { imports } = serveInvitations('instance');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await screen.findByLabelText('CSV file');
    const csv = 'name,email\nBo Li,bo@example.com\nAnn Lee,\n';
    chooseCsv(csv);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email each client (rows with an email address)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('1 invitation queued for email.')).toBeTruthy();
    expect(imports).toEqual([{ query: '?moment=end&email=1', body: csv }]);
    expect(screen.getByText('2 links created.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the Outbox' }).getAttribute('href')).toBe(
      '/dashboard/outbox?site=harbor-vale',
    );
  });

  it('imports without email=1 by default and mentions no email', async () => {
    const { imports } = serveInvitations('site');
    renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await screen.findByLabelText('CSV file');
    chooseCsv('name,email\nBo Li,bo@example.com\n');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('2 links created.')).toBeTruthy();
    expect(imports[0]?.query).toBe('?moment=end');
    expect(screen.queryByText(/queued for email/)).toBeNull();
  });

  it.each<[Language, string, string, string]>([
    ['ru', 'Отправить клиенту по почте', 'Создать ссылку', 'Письмо отправлено — оно в исходящих.'],
    ['zh', '通过邮件发送给客户', '创建链接', '已发送邮件——可在发件箱中查看。'],
  ])('speaks %s', async (lang, checkbox, create, done) => {
    const { created } = serveInvitations('site');
    const { dashboard } = renderDashboard('/dashboard/survey/invitations?site=harbor-vale');
    await dashboard.i18n.setLanguage(lang);
    const name = await screen.findByRole('textbox', {
      name: new RegExp(`^${lang === 'ru' ? 'Имя клиента' : '客户姓名'}`),
    });
    fireEvent.input(name, { target: { value: 'Cara Diaz' } });
    const email = screen.getByRole('textbox', {
      name: lang === 'ru' ? 'Email клиента (необязательно)' : '客户邮箱（可选）',
    });
    fireEvent.input(email, { target: { value: 'cara@example.com' } });
    fireEvent.click(screen.getByRole('checkbox', { name: checkbox }));
    fireEvent.click(screen.getByRole('button', { name: create }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await screen.findByText(new RegExp(done))).toBeTruthy();
  });
});
