/** Find a person's data by email (intakes, matters, survey invitations), export it (JSON) or erase it. */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { Field } from '../../ui/field.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { StateBadge } from '../../ui/state-badge.tsx';
import { Loading } from '../../ui/states.tsx';
import { EraseDialog } from './erase-dialog.tsx';
import { countsOf, createPeopleModel } from './people-model.ts';

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export function PeopleScreen() {
  const t = useMessages();
  const { api, i18n, announcer, session } = useDashboard();
  // Erasing is for admins (the collector refuses staff); staff can still find and export.
  const isAdmin = session.session.value?.user.role === 'admin';
  const people = useMemo(() => createPeopleModel(api), [api]);
  const email = useSignal('');
  const invalid = useSignal(false);
  const erasing = useSignal(false);
  const record = people.record.value;
  const busy = people.busy.value;
  const anything = record ? record.intakes.length + record.matters.length + record.surveys.length > 0 : false;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const value = email.value.trim().toLowerCase();
    invalid.value = !looksLikeEmail(value);
    if (invalid.value) return;
    await people.find(value);
    const found = people.record.value;
    if (!found) return;
    const counts = countsOf(found);
    announcer.announce(
      counts.intakes + counts.matters + counts.surveys ? t.people.found(counts) : t.people.notFound(value),
    );
  };

  return (
    <>
      <PageHeader title={t.people.title} description={t.people.description} />
      <section class="panel" aria-label={t.people.title}>
        <search>
          <form class="search-form" onSubmit={onSubmit} noValidate>
            <Field label={t.people.email} error={invalid.value ? fieldErrorMessage('invalid_email', t) : undefined}>
              {(ids) => (
                <input
                  {...ids}
                  type="email"
                  autoComplete="off"
                  value={email.value}
                  onInput={(e) => {
                    email.value = e.currentTarget.value;
                  }}
                />
              )}
            </Field>
            <button type="submit" class="button button-primary" disabled={busy !== null}>
              {busy === 'find' ? t.people.finding : t.people.find}
            </button>
          </form>
        </search>
      </section>
      {busy === 'find' && <Loading label={t.people.finding} />}
      <ProblemAlert problem={people.problem.value} />
      {people.erasedCount.value !== null && (
        <p class="alert alert-success" role="status">
          {t.people.erased(people.erasedCount.value)}
        </p>
      )}
      {record && (
        <section class="panel panel-flush" aria-labelledby="person-result">
          <div class="results-bar">
            <h2 id="person-result" class="results-count">
              {anything ? `${record.email}: ${t.people.found(countsOf(record))}` : t.people.notFound(record.email)}
            </h2>
            {anything && (
              <div class="button-row">
                <button
                  type="button"
                  class="button button-secondary"
                  disabled={busy !== null}
                  onClick={async () => {
                    if (await people.exportJson()) announcer.announce(t.people.exported);
                  }}
                >
                  {t.people.export}
                </button>
                {isAdmin && (
                  <button
                    type="button"
                    class="button button-danger-quiet"
                    disabled={busy !== null}
                    onClick={() => (erasing.value = true)}
                  >
                    {t.people.erase}
                  </button>
                )}
              </div>
            )}
          </div>
          {record.intakes.length > 0 && (
            <div class="table-scroll">
              <table class="table person-table">
                <caption>{t.people.intakesTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.people.columns.reference}</th>
                    <th scope="col">{t.people.columns.site}</th>
                    <th scope="col">{t.people.columns.received}</th>
                    <th scope="col">{t.people.columns.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {record.intakes.map((intake) => (
                    <tr key={intake.id}>
                      <th scope="row">
                        <Link href={paths.intake(intake.id)}>{intake.reference}</Link>
                      </th>
                      <td>{intake.site}</td>
                      <td>{formatDateTime(intake.receivedAt, i18n.lang.value)}</td>
                      <td>
                        <StateBadge state={intake.state} />{' '}
                        {intake.erased && <span class="badge badge-muted">{t.inbox.erased}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {record.matters.length > 0 && (
            <div class="table-scroll">
              <table class="table person-table">
                <caption>{t.people.mattersTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.people.matterColumns.reference}</th>
                    <th scope="col">{t.people.matterColumns.site}</th>
                    <th scope="col">{t.people.matterColumns.created}</th>
                    <th scope="col">{t.people.matterColumns.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {record.matters.map((matter) => (
                    <tr key={matter.id}>
                      <th scope="row">
                        <Link href={paths.matter(matter.id)}>{matter.reference}</Link>
                      </th>
                      <td>{matter.site}</td>
                      <td>{formatDateTime(matter.createdAt, i18n.lang.value)}</td>
                      <td>{t.people.matterStatus[matter.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {record.surveys.length > 0 && (
            <div class="table-scroll">
              <table class="table person-table">
                <caption>{t.people.surveysTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.people.surveyColumns.site}</th>
                    <th scope="col">{t.people.surveyColumns.sent}</th>
                    <th scope="col">{t.people.surveyColumns.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {record.surveys.map((survey) => (
                    <tr key={survey.id}>
                      <td>{survey.site}</td>
                      <td>{formatDateTime(survey.createdAt, i18n.lang.value)}</td>
                      <td>{t.survey.states[survey.state]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <EraseDialog
        open={erasing.value}
        people={people}
        onClose={() => (erasing.value = false)}
        onErased={(count) => {
          erasing.value = false;
          announcer.announce(t.people.erased(count));
        }}
      />
    </>
  );
}
