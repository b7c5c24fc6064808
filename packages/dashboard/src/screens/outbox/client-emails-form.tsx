/**
 * Settings → Email, second section "Client emails" (issue 15): the firm's "days since the client was updated"
 * target and survey reminder delay (`/api/admin/messaging-settings`, for every site of the firm) and the
 * site's case-status page that update emails link to (`/api/admin/sites/:site/messaging-settings`).
 * Admins edit; staff read.
 *
 * @example
 *   <ClientEmailsForm site={site} />
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import {
  type AdminSite,
  defaultSurveyReminderDays,
  type MessagingSettings,
  messagingSettings,
  type SiteMessagingSettings,
  siteMessagingSettings,
} from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { checkInput, type FieldErrors, problemFieldErrors } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { TextField } from '../../ui/text-field.tsx';

type Draft = { updateTargetDays: string; reminder: boolean; reminderDays: string; statusPage: string };

const toDraft = (firm: MessagingSettings, site: SiteMessagingSettings): Draft => ({
  updateTargetDays: String(firm.updateTargetDays),
  reminder: firm.surveyReminderDays !== null,
  reminderDays: String(firm.surveyReminderDays ?? defaultSurveyReminderDays),
  statusPage: site.statusPage ?? '',
});

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function ClientEmailsForm({ site }: { site: AdminSite }) {
  const t = useMessages();
  const m = t.messaging.clientEmails;
  const { api, announcer, session } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const draft = useSignal<Draft | null>(null);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const saving = useSignal(false);

  const load = async () => {
    problem.value = null;
    try {
      const [firm, own] = await Promise.all([api.messaging.getSettings(), api.messaging.getSiteSettings(site.id)]);
      draft.value = toDraft(firm, own);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id]);

  const values = draft.value;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!values || saving.value) return;
    const firm = checkInput(messagingSettings, {
      updateTargetDays: toNumber(values.updateTargetDays),
      surveyReminderDays: values.reminder ? toNumber(values.reminderDays) : null,
    });
    const own = checkInput(siteMessagingSettings, { statusPage: values.statusPage.trim() || null });
    if ('errors' in firm || 'errors' in own) {
      errors.value = { ...('errors' in firm ? firm.errors : {}), ...('errors' in own ? own.errors : {}) };
      return;
    }
    errors.value = {};
    problem.value = null;
    saving.value = true;
    try {
      const [savedFirm, savedOwn] = await Promise.all([
        api.messaging.putSettings(firm.data),
        api.messaging.putSiteSettings(site.id, own.data),
      ]);
      draft.value = toDraft(savedFirm, savedOwn);
      announcer.announce(m.saved);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
      errors.value = problemFieldErrors(problem.value);
    } finally {
      saving.value = false;
    }
  };
  const error = (field: string) => (errors.value[field] ? fieldErrorMessage(errors.value[field] ?? '', t) : undefined);
  const set = (patch: Partial<Draft>) => {
    if (values) draft.value = { ...values, ...patch };
  };

  return (
    <section class="panel" aria-labelledby="client-emails-title">
      <h2 id="client-emails-title" class="panel-title">
        {m.title}
      </h2>
      {!values && !problem.value && <Loading />}
      {!values && <ProblemAlert problem={problem.value} onRetry={load} />}
      {values && (
        <form class="site-form" onSubmit={onSubmit} noValidate>
          <fieldset class="fieldset-plain" disabled={!isAdmin}>
            <p class="muted">{m.firmNote}</p>
            <TextField
              id="client-emails-update-target"
              label={m.updateTarget}
              hint={m.updateTargetHint}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={values.updateTargetDays}
              onInput={(updateTargetDays) => set({ updateTargetDays })}
              error={error('updateTargetDays')}
            />
            <label class="checkbox">
              <input
                type="checkbox"
                checked={values.reminder}
                onChange={(event) => set({ reminder: event.currentTarget.checked })}
              />{' '}
              {m.reminder}
            </label>
            {values.reminder && (
              <TextField
                id="client-emails-reminder-days"
                label={m.reminderDays}
                hint={m.reminderDaysHint}
                type="number"
                inputMode="numeric"
                min={1}
                max={60}
                value={values.reminderDays}
                onInput={(reminderDays) => set({ reminderDays })}
                error={error('surveyReminderDays')}
              />
            )}
            <TextField
              id="client-emails-status-page"
              label={m.statusPage}
              hint={m.statusPageHint}
              type="url"
              value={values.statusPage}
              onInput={(statusPage) => set({ statusPage })}
              error={error('statusPage')}
            />
          </fieldset>
          {!isAdmin && <p class="form-note">{m.adminsOnly}</p>}
          <ProblemAlert problem={problem.value} />
          {isAdmin && (
            <div class="form-actions">
              <button type="submit" class="button button-primary" aria-disabled={saving.value}>
                {m.save}
              </button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
