/**
 * Survey invitations for one site: create one (the link is shown once, to copy into the firm's
 * own email, or emailed to the client through the Outbox — issue 15), import many from a CSV
 * (optionally emailing each), the list with each one's state, and the site's review links and survey page.
 */
import { useSignal } from '@preact/signals';
import { type Language, type Problem, pickText, type SurveyMoment } from '@retainer/schema';
import {
  type AdminSite,
  createSurveyInvitation,
  type SurveyImportResult,
  type SurveyInvitation,
  type SurveyInvitationIssued,
} from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { checkInput, type FieldErrors, problemFieldErrors } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { SurveySettingsForm } from './survey-settings-form.tsx';
import { useLawyers } from './use-lawyer-names.ts';

const moments: SurveyMoment[] = ['end', 'mid-matter', 'first-contact'];

export function InvitationsPanel({ site }: { site: AdminSite }) {
  const { api } = useDashboard();
  const invitations = useSignal<SurveyInvitation[] | null>(null);
  const problem = useSignal<Problem | null>(null);
  const load = async () => {
    problem.value = null;
    try {
      invitations.value = await api.survey.invitations(site.id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id]);
  return (
    <>
      <CreateInvitation site={site} onCreated={load} />
      <ImportInvitations site={site.id} onImported={load} />
      <InvitationList site={site} invitations={invitations.value} problem={problem.value} onRetry={load} />
      <SurveySettingsForm site={site.id} />
    </>
  );
}

function CreateInvitation({ site, onCreated }: { site: AdminSite; onCreated: () => void }) {
  const t = useMessages();
  const { api, i18n, announcer } = useDashboard();
  const lawyers = useLawyers(site.id);
  const moment = useSignal<SurveyMoment>('end');
  const clientName = useSignal('');
  const email = useSignal('');
  const practiceArea = useSignal('');
  const lawyer = useSignal('');
  const lang = useSignal<Language>(site.defaultLanguage);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const busy = useSignal(false);
  const issued = useSignal<SurveyInvitationIssued | null>(null);
  const sendEmail = useSignal(false);
  const emailed = useSignal<Emailed>(null);
  const sendEmailHintId = useId();
  const ids = {
    moment: 'survey-invite-moment',
    area: 'survey-invite-area',
    lawyer: 'survey-invite-lawyer',
    lang: 'survey-invite-lang',
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const input = {
      moment: moment.value,
      clientName: clientName.value,
      lang: lang.value,
      ...(email.value.trim() ? { email: email.value.trim() } : {}),
      ...(practiceArea.value ? { practiceArea: practiceArea.value } : {}),
      ...(lawyer.value ? { lawyer: lawyer.value } : {}),
      ...(sendEmail.value ? { sendEmail: true } : {}),
    };
    const checked = checkInput(createSurveyInvitation, input);
    // The collector answers the same: an email needs an address.
    const noAddress: FieldErrors = sendEmail.value && !input.email ? { email: 'required' } : {};
    if ('errors' in checked || noAddress.email) {
      errors.value = { ...('errors' in checked ? checked.errors : {}), ...noAddress };
      return;
    }
    errors.value = {};
    problem.value = null;
    busy.value = true;
    try {
      issued.value = await api.survey.invite(site.id, checked.data);
      emailed.value = checked.data.sendEmail ? await deliveryOf(api, site.id) : null;
      announcer.announce(emailed.value ? emailedText(emailed.value, t) : t.survey.created);
      clientName.value = '';
      email.value = '';
      onCreated();
    } catch (error) {
      const p = (await toApiProblem(error)).problem;
      errors.value = problemFieldErrors(p);
      problem.value = p;
    } finally {
      busy.value = false;
    }
  };
  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path] ?? '', t) : undefined);

  return (
    <section class="panel" aria-labelledby="survey-new-title">
      <h2 id="survey-new-title" class="panel-title">
        {t.survey.newInvitation}
      </h2>
      <form class="survey-invite-form" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for={ids.moment}>{t.survey.moment}</label>
          <select
            id={ids.moment}
            value={moment.value}
            onChange={(e) => (moment.value = e.currentTarget.value as SurveyMoment)}
          >
            {moments.map((m) => (
              <option key={m} value={m}>
                {t.survey.moments[m]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t.survey.clientName}
          value={clientName.value}
          onInput={(v) => (clientName.value = v)}
          error={error('clientName')}
          required
          autoComplete="off"
        />
        <TextField
          label={t.survey.email}
          type="email"
          value={email.value}
          onInput={(v) => (email.value = v)}
          error={error('email')}
          autoComplete="off"
        />
        <div class="field">
          <label class="checkbox">
            <input
              type="checkbox"
              checked={sendEmail.value}
              aria-describedby={sendEmailHintId}
              onChange={(e) => (sendEmail.value = e.currentTarget.checked)}
            />{' '}
            {t.survey.sendEmail}
          </label>
          <p id={sendEmailHintId} class="field-hint">
            {t.survey.sendEmailHint}
          </p>
        </div>
        <div class="field">
          <label for={ids.area}>
            {t.survey.practiceArea} {t.survey.optional}
          </label>
          <select
            id={ids.area}
            value={practiceArea.value}
            onChange={(e) => (practiceArea.value = e.currentTarget.value)}
          >
            <option value="">{t.survey.none}</option>
            {site.practiceAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {pickText(a.label, i18n.lang.value)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.lawyer}>
            {t.survey.lawyer} {t.survey.optional}
          </label>
          <select id={ids.lawyer} value={lawyer.value} onChange={(e) => (lawyer.value = e.currentTarget.value)}>
            <option value="">{t.survey.none}</option>
            {lawyers.value
              .filter((l) => l.status === 'active')
              .map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.lang}>{t.survey.language}</label>
          <select id={ids.lang} value={lang.value} onChange={(e) => (lang.value = e.currentTarget.value as Language)}>
            {(['en', 'ru', 'zh'] as const).map((l) => (
              <option key={l} value={l}>
                {t.languages[l]}
              </option>
            ))}
          </select>
        </div>
        <ProblemAlert problem={problem.value} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" aria-disabled={busy.value}>
            {busy.value ? t.survey.creating : t.survey.create}
          </button>
        </div>
      </form>
      {issued.value && (
        <div class="survey-issued" role="status">
          {emailed.value ? <EmailedNote emailed={emailed.value} site={site.id} /> : <p>{t.survey.created}</p>}
          <IssuedLink issued={issued.value} />
        </div>
      )}
    </section>
  );
}

function IssuedLink({ issued }: { issued: SurveyInvitationIssued }) {
  const t = useMessages();
  return (
    <p class="survey-link">
      <span class="survey-link-name">{issued.invitation.clientName}</span>
      <code class="survey-link-url">{issued.url}</code>
      <CopyButton text={issued.url} label={`${t.survey.copyLink}: ${issued.invitation.clientName}`} />
    </p>
  );
}

/** Whether a queued email goes out or is held (no mail server yet); `unknown` when the settings can't be read. */
type Emailed = 'queued' | 'held' | 'unknown' | null;

async function deliveryOf(api: ReturnType<typeof useDashboard>['api'], site: string): Promise<Emailed> {
  try {
    return (await api.outbox.settings(site)).delivery === 'held' ? 'held' : 'queued';
  } catch {
    return 'unknown';
  }
}

const emailedText = (emailed: Exclude<Emailed, null>, t: ReturnType<typeof useMessages>) =>
  emailed === 'held' ? t.survey.emailHeld : t.survey.emailQueued;

function EmailedNote({ emailed, site }: { emailed: Exclude<Emailed, null>; site: string }) {
  const t = useMessages();
  return (
    <p class={`alert ${emailed === 'held' ? 'alert-warning' : 'alert-info'}`}>
      {emailedText(emailed, t)} <Link href={paths.outbox({ site })}>{t.survey.seeOutbox}</Link>
    </p>
  );
}

function ImportInvitations({ site, onImported }: { site: string; onImported: () => void }) {
  const t = useMessages();
  const { api } = useDashboard();
  const result = useSignal<SurveyImportResult | null>(null);
  const problem = useSignal<Problem | null>(null);
  const busy = useSignal(false);
  const moment = useSignal<SurveyMoment>('end');
  const sendEmail = useSignal(false);
  const emailed = useSignal<Emailed>(null);
  const emailedCount = useSignal(0);
  const fileId = 'survey-import-file';
  const momentId = 'survey-import-moment';
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]');
    const file = input?.files?.[0];
    if (!file || busy.value) return;
    busy.value = true;
    problem.value = null;
    try {
      const answer = await api.survey.importCsv(site, await file.text(), moment.value, sendEmail.value);
      const count = sendEmail.value ? answer.issued.filter((i) => i.invitation.email).length : 0;
      emailed.value = count > 0 ? await deliveryOf(api, site) : null;
      emailedCount.value = count;
      result.value = answer;
      onImported();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };
  return (
    <section class="panel" aria-labelledby="survey-import-title">
      <h2 id="survey-import-title" class="panel-title">
        {t.survey.importTitle}
      </h2>
      <p class="muted">{t.survey.importHelp}</p>
      <form class="survey-import-form" onSubmit={onSubmit}>
        <div class="field">
          <label for={momentId}>{t.survey.moment}</label>
          <select
            id={momentId}
            value={moment.value}
            onChange={(e) => (moment.value = e.currentTarget.value as SurveyMoment)}
          >
            {moments.map((m) => (
              <option key={m} value={m}>
                {t.survey.moments[m]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={fileId}>{t.survey.importFile}</label>
          <input id={fileId} type="file" accept=".csv,text/csv,text/plain" />
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={sendEmail.value}
            onChange={(e) => (sendEmail.value = e.currentTarget.checked)}
          />{' '}
          {t.survey.importEmail}
        </label>
        <div class="form-actions">
          <button type="submit" class="button button-secondary" aria-disabled={busy.value}>
            {busy.value ? t.survey.importing : t.survey.import}
          </button>
        </div>
      </form>
      <ProblemAlert problem={problem.value} />
      {result.value && (
        <div role="status">
          <p>{t.survey.imported(result.value.issued.length)}</p>
          {emailed.value && (
            <>
              <p>{t.survey.importEmailed(emailedCount.value)}</p>
              <EmailedNote emailed={emailed.value} site={site} />
            </>
          )}
          {result.value.errors.length > 0 && (
            <>
              <h3>{t.survey.importErrors}</h3>
              <ul>
                {result.value.errors.map((e) => (
                  <li key={`${e.line}-${e.path}`}>
                    {t.survey.line(e.line)}: {e.path} — {fieldErrorMessage(e.code, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.value.issued.length > 0 && (
            <>
              <h3>{t.survey.issuedLinks}</h3>
              {result.value.issued.map((issued) => (
                <IssuedLink key={issued.invitation.id} issued={issued} />
              ))}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function InvitationList({
  site,
  invitations,
  problem,
  onRetry,
}: {
  site: AdminSite;
  invitations: SurveyInvitation[] | null;
  problem: Problem | null;
  onRetry: () => void;
}) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const lang = i18n.lang.value;
  const area = (id: string | null) => {
    const found = site.practiceAreas.find((a) => a.id === id);
    return found ? pickText(found.label, lang) : '';
  };
  return (
    <section class="panel" aria-labelledby="survey-list-title">
      <h2 id="survey-list-title" class="panel-title">
        {t.survey.invitationsTitle}
      </h2>
      <p class="muted">{t.survey.linkNote}</p>
      <ProblemAlert problem={problem} onRetry={onRetry} />
      {!invitations && !problem && <Loading />}
      {invitations?.length === 0 && <p class="muted">{t.survey.noInvitations}</p>}
      {invitations && invitations.length > 0 && (
        <div class="table-scroll">
          <table class="table survey-invitations">
            <thead>
              <tr>
                <th scope="col">{t.survey.client}</th>
                <th scope="col">{t.survey.moment}</th>
                <th scope="col">{t.survey.state}</th>
                <th scope="col">{t.survey.created_at}</th>
                <th scope="col">{t.survey.expires}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id} data-state={inv.state}>
                  <th scope="row">
                    {inv.clientName}
                    {inv.practiceArea && <span class="cell-sub">{area(inv.practiceArea)}</span>}
                  </th>
                  <td>{t.survey.measures[inv.measure]}</td>
                  <td>
                    <span class={`badge survey-state-${inv.state}`}>{t.survey.states[inv.state]}</span>
                  </td>
                  <td>{formatDate(inv.createdAt, lang)}</td>
                  <td>{formatDate(inv.expiresAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
