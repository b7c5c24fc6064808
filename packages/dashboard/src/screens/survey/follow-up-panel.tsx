/**
 * The follow-up queue: detractors (NPS 0–6), CSAT 1–2 and effort 1–2 (difficult), the longest
 * waiting first. Assign to a colleague, note what was done, close — with the time it took.
 */
import { useSignal } from '@preact/signals';
import { type Problem, pickText } from '@retainer/schema';
import type { AdminSite, FollowUp, TeamMember } from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { useLawyers } from './use-lawyer-names.ts';

const day = 24 * 60 * 60 * 1000;

export function FollowUpPanel({ site }: { site: AdminSite }) {
  const t = useMessages();
  const { api } = useDashboard();
  const state = useSignal<FollowUp['state']>('open');
  const items = useSignal<FollowUp[] | null>(null);
  const team = useSignal<TeamMember[]>([]);
  const problem = useSignal<Problem | null>(null);
  const lawyers = useLawyers(site.id);
  const selectId = useId();
  const load = async () => {
    problem.value = null;
    try {
      items.value = await api.survey.followUps(site.id, state.value);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id, state.value]);
  useEffect(() => {
    api.getTeam().then(
      (list) => (team.value = list.users),
      () => {},
    );
  }, []);
  const replace = (next: FollowUp) => {
    items.value = (items.value ?? []).map((item) => (item.id === next.id ? next : item));
  };

  return (
    <section class="panel" aria-labelledby="survey-queue-title">
      <div class="panel-header">
        <h2 id="survey-queue-title" class="panel-title">
          {t.survey.queueTitle}
        </h2>
        <div class="field field-inline">
          <label for={selectId}>{t.survey.show}</label>
          <select
            id={selectId}
            value={state.value}
            onChange={(e) => (state.value = e.currentTarget.value as FollowUp['state'])}
          >
            <option value="open">{t.survey.queueStates.open}</option>
            <option value="closed">{t.survey.queueStates.closed}</option>
          </select>
        </div>
      </div>
      <p class="muted">{t.survey.queueHelp}</p>
      <ProblemAlert problem={problem.value} onRetry={load} />
      {!items.value && !problem.value && <Loading />}
      {items.value?.length === 0 && <p class="muted">{t.survey.emptyQueue}</p>}
      <ul class="survey-queue">
        {items.value?.map((item) => (
          <FollowUpItem
            key={item.id}
            site={site}
            item={item}
            team={team.value}
            lawyerName={(id) => lawyers.value.find((l) => l.id === id)?.name ?? id}
            onChange={replace}
          />
        ))}
      </ul>
    </section>
  );
}

function FollowUpItem({
  site,
  item,
  team,
  lawyerName,
  onChange,
}: {
  site: AdminSite;
  item: FollowUp;
  team: TeamMember[];
  lawyerName: (id: string) => string;
  onChange: (next: FollowUp) => void;
}) {
  const t = useMessages();
  const { api, i18n, announcer } = useDashboard();
  const note = useSignal(item.note ?? '');
  const problem = useSignal<Problem | null>(null);
  const assigneeId = useId();
  const noteId = useId();
  const lang = i18n.lang.value;
  const age = item.ageMs < day ? t.survey.lessThanDay : t.survey.days(Math.floor(item.ageMs / day));
  const area = site.practiceAreas.find((a) => a.id === item.practiceArea);

  const update = async (input: Parameters<typeof api.survey.updateFollowUp>[2], announce?: string) => {
    problem.value = null;
    try {
      onChange(await api.survey.updateFollowUp(site.id, item.id, input));
      if (announce) announcer.announce(announce);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };

  return (
    <li class={`survey-follow-up survey-follow-up-${item.state}`} data-id={item.id}>
      <h3 class="survey-follow-up-title">
        {item.clientName}{' '}
        <span class="badge survey-badge-negative">
          {t.survey.measures[item.measure]} {item.score}
        </span>
      </h3>
      <p class="muted">
        {t.survey.answered}: {formatDate(item.answeredAt, lang)}
        {area && ` · ${pickText(area.label, lang)}`}
        {item.lawyer && ` · ${lawyerName(item.lawyer)}`}
        {item.email && (
          <>
            {' · '}
            <a href={`mailto:${item.email}`}>{item.email}</a>
          </>
        )}
      </p>
      <p class={`survey-age${item.state === 'open' && item.ageMs > 2 * day ? ' survey-age-late' : ''}`}>
        {item.state === 'open' ? t.survey.waiting(age) : t.survey.followedUpIn(age)}
      </p>
      {item.comment && <blockquote>{item.comment}</blockquote>}
      <div class="survey-follow-up-actions">
        <div class="field field-inline">
          <label for={assigneeId}>{t.survey.assignee}</label>
          <select
            id={assigneeId}
            value={item.assignee ?? ''}
            onChange={(e) => void update({ assignee: e.currentTarget.value || null })}
          >
            <option value="">{t.common.unassigned}</option>
            {team.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={noteId}>{t.survey.note}</label>
          <textarea id={noteId} rows={2} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
        </div>
        <div class="form-actions">
          <button type="button" class="button button-secondary" onClick={() => void update({ note: note.value })}>
            {t.survey.saveNote}
          </button>
          {item.state === 'open' ? (
            <button
              type="button"
              class="button button-primary"
              onClick={() => void update({ note: note.value, state: 'closed' }, t.survey.closedAnnounce)}
            >
              {t.survey.close}
            </button>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => void update({ state: 'open' })}>
              {t.survey.reopen}
            </button>
          )}
        </div>
      </div>
      <ProblemAlert problem={problem.value} />
    </li>
  );
}
