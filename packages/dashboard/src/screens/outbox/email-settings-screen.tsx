/**
 * Settings → Email (`/dashboard/settings/email?site=…`, issue 15): the site's mail server, sender and reply-to,
 * whether prospects get an acknowledgement, and a test email to my own address. The password is write-only:
 * the form says whether one is stored, sends a new one only when typed, and removes it only when asked.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import {
  type AdminSite,
  type EmailSettings,
  type EmailSettingsInput,
  type EmailTestResult,
  emailSettingsInput,
} from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { Loading } from '../../ui/states.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { ClientEmailsForm } from './client-emails-form.tsx';

type Draft = Omit<EmailSettings, 'passwordSet' | 'instanceServer' | 'delivery' | 'port'> & {
  port: string;
  password: string;
  removePassword: boolean;
};

const toDraft = (settings: EmailSettings): Draft => ({
  host: settings.host,
  port: String(settings.port),
  secure: settings.secure,
  user: settings.user,
  from: settings.from,
  fromName: settings.fromName,
  replyTo: settings.replyTo,
  acknowledgeIntakes: settings.acknowledgeIntakes,
  password: '',
  removePassword: false,
});

/** What the form sends: the password only when typed (or removed), so saving never erases it by accident. */
function toInput(draft: Draft): EmailSettingsInput {
  const { password, removePassword, port, ...rest } = draft;
  const input: EmailSettingsInput = { ...rest, host: rest.host.trim(), port: Number(port) || 0 };
  if (removePassword) input.password = '';
  else if (password) input.password = password;
  return input;
}

export function EmailSettingsScreen() {
  const t = useMessages();
  const m = t.reach.emailSettings;
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <SiteScope label={m.site} pathFor={paths.emailSettings}>
        {(site) => (
          <>
            <EmailSettingsForm key={site.id} site={site} />
            <ClientEmailsForm key={`client-${site.id}`} site={site} />
          </>
        )}
      </SiteScope>
    </>
  );
}

function EmailSettingsForm({ site }: { site: AdminSite }) {
  const t = useMessages();
  const m = t.reach.emailSettings;
  const { api, announcer, session } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const settings = useSignal<EmailSettings | null>(null);
  const draft = useSignal<Draft | null>(null);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const securityId = useId();

  const load = async () => {
    problem.value = null;
    try {
      const answer = await api.outbox.settings(site.id);
      settings.value = answer;
      draft.value = toDraft(answer);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id]);

  if (!settings.value || !draft.value) {
    return (
      <>
        {!problem.value && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={load} />
      </>
    );
  }
  const current = settings.value;
  const values = draft.value;
  const set = (patch: Partial<Draft>) => (draft.value = { ...values, ...patch });
  const error = (field: string) => (errors.value[field] ? fieldErrorMessage(errors.value[field] ?? '', t) : undefined);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const save = async (input: EmailSettingsInput) => {
      const saved = await api.outbox.saveSettings(site.id, input);
      settings.value = saved;
      draft.value = toDraft(saved);
    };
    if (await submitChecked(emailSettingsInput, toInput(values), save, { errors, problem })) {
      announcer.announce(m.saved);
    }
  };
  const delivery = { site: m.deliverySite, instance: m.deliveryInstance, held: m.deliveryHeld }[current.delivery];

  return (
    <>
      <div class={`alert ${current.delivery === 'held' ? 'alert-warning' : 'alert-info'}`} role="note">
        <p>{delivery}</p>
      </div>
      <section class="panel" aria-labelledby="email-server-title">
        <form class="site-form" onSubmit={onSubmit} noValidate>
          <fieldset class="fieldset-plain" disabled={!isAdmin}>
            <h2 id="email-server-title" class="panel-title">
              {m.server}
            </h2>
            <TextField
              id="email-host"
              label={m.host}
              hint={m.hostHint}
              value={values.host}
              autoComplete="off"
              onInput={(host) => set({ host })}
              error={error('host')}
            />
            <TextField
              id="email-port"
              label={m.port}
              type="number"
              inputMode="numeric"
              min={1}
              max={65535}
              value={values.port}
              onInput={(port) => set({ port })}
              error={error('port')}
            />
            <div class="field">
              <label for={securityId}>{m.security}</label>
              <select
                id={securityId}
                value={values.secure ? 'tls' : 'starttls'}
                onChange={(event) => set({ secure: event.currentTarget.value === 'tls' })}
              >
                <option value="starttls">{m.securityStartTls}</option>
                <option value="tls">{m.securityTls}</option>
              </select>
            </div>
            <TextField
              id="email-user"
              label={m.user}
              value={values.user}
              autoComplete="off"
              onInput={(user) => set({ user })}
              error={error('user')}
            />
            <TextField
              id="email-password"
              label={m.password}
              type="password"
              autoComplete="new-password"
              hint={current.passwordSet ? m.passwordStored : m.passwordNone}
              value={values.password}
              onInput={(password) => set({ password, removePassword: false })}
              error={error('password')}
            />
            {current.passwordSet && (
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={values.removePassword}
                  onChange={(event) => set({ removePassword: event.currentTarget.checked, password: '' })}
                />{' '}
                {m.removePassword}
              </label>
            )}
            <h2 class="panel-title">{m.sender}</h2>
            <TextField
              id="email-from"
              label={m.from}
              hint={m.fromHint}
              type="email"
              value={values.from}
              onInput={(from) => set({ from })}
              error={error('from')}
            />
            <TextField
              id="email-from-name"
              label={m.fromName}
              hint={m.fromNameHint}
              value={values.fromName}
              onInput={(fromName) => set({ fromName })}
              error={error('fromName')}
            />
            <TextField
              id="email-reply-to"
              label={m.replyTo}
              hint={m.replyToHint}
              type="email"
              value={values.replyTo}
              onInput={(replyTo) => set({ replyTo })}
              error={error('replyTo')}
            />
            <label class="checkbox">
              <input
                type="checkbox"
                checked={values.acknowledgeIntakes}
                onChange={(event) => set({ acknowledgeIntakes: event.currentTarget.checked })}
              />{' '}
              {m.acknowledge}
            </label>
          </fieldset>
          {!isAdmin && <p class="form-note">{m.adminsOnly}</p>}
          <ProblemAlert problem={problem.value} />
          {isAdmin && (
            <div class="form-actions">
              <button type="submit" class="button button-primary">
                {m.save}
              </button>
            </div>
          )}
        </form>
      </section>
      {isAdmin && <TestEmail site={site} />}
    </>
  );
}

function TestEmail({ site }: { site: AdminSite }) {
  const t = useMessages();
  const m = t.reach.emailSettings;
  const { api, session } = useDashboard();
  const email = session.session.value?.user.email ?? '';
  const sending = useSignal(false);
  const result = useSignal<EmailTestResult | null>(null);
  const problem = useSignal<Problem | null>(null);
  const send = async () => {
    sending.value = true;
    result.value = null;
    problem.value = null;
    try {
      result.value = await api.outbox.sendTest(site.id, email);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      sending.value = false;
    }
  };
  const answer = result.value;
  return (
    <section class="panel" aria-labelledby="email-test-title">
      <h2 id="email-test-title" class="panel-title">
        {m.testTitle}
      </h2>
      <p class="muted">{m.testBody(email)}</p>
      <div class="form-actions">
        <button type="button" class="button button-secondary" onClick={send} disabled={sending.value}>
          {sending.value ? m.testSending : m.testSend}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {answer && (
          <div class={`alert ${answer.sent ? 'alert-success' : 'alert-error'}`}>
            <p>{answer.sent ? m.testSent(email) : m.testNotSent(answer.error ?? '')}</p>
            <Link href={paths.outboxMessage(site.id, answer.outboxId)}>{m.testInOutbox}</Link>
          </div>
        )}
      </div>
      <ProblemAlert problem={problem.value} />
    </section>
  );
}
