/**
 * Survey results for one site: NPS with its formula and the three groups, CSAT, effort (CES) and
 * the response rate, each with the counts behind it; monthly trends; per practice area and per
 * lawyer; and the comments, newest first, filterable by score group.
 */
import { useSignal } from '@preact/signals';
import { type Problem, pickText } from '@retainer/schema';
import type { AdminSite, SurveyComment, SurveyFigures, SurveyResults } from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import type { CommentGroup } from '../../api/survey-api.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { TrendChart } from '../../ui/trend-chart.tsx';
import { LawyerRatingsTable } from './lawyer-ratings-table.tsx';
import { useLawyers } from './use-lawyer-names.ts';

/** Comments shown before "Show all". */
const commentPage = 10;

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 100) / whole));

export function ResultsPanel({ site }: { site: AdminSite }) {
  const t = useMessages();
  const { api } = useDashboard();
  const results = useSignal<SurveyResults | null>(null);
  const problem = useSignal<Problem | null>(null);
  const lawyers = useLawyers(site.id);
  const load = async () => {
    problem.value = null;
    try {
      results.value = await api.survey.results(site.id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id]);

  const data = results.value;
  const lang = useDashboard().i18n.lang.value;
  const areaName = (id: string) => {
    const area = site.practiceAreas.find((a) => a.id === id);
    return area ? pickText(area.label, lang) : id;
  };
  const lawyerName = (id: string) => lawyers.value.find((l) => l.id === id)?.name ?? id;
  return (
    <>
      <ProblemAlert problem={problem.value} onRetry={load} />
      {!data && !problem.value && <Loading />}
      {data && (
        <>
          <Figures figures={data.overall} />
          <section class="panel" aria-labelledby="survey-trends-title">
            <h2 id="survey-trends-title" class="panel-title">
              {t.survey.overTime}
            </h2>
            <div class="survey-charts">
              <TrendChart
                title={t.survey.npsTrend}
                x={data.monthly.map((m) => m.month)}
                series={[{ label: t.survey.nps, values: data.monthly.map((m) => m.nps.score) }]}
                yRange={[-100, 100]}
              />
              <TrendChart
                title={t.survey.satisfactionTrend}
                x={data.monthly.map((m) => m.month)}
                series={[
                  { label: t.survey.csat, values: data.monthly.map((m) => m.csat.score), unit: '%' },
                  {
                    label: t.survey.responseRate,
                    values: data.monthly.map((m) => share(m.answered, m.sent)),
                    unit: '%',
                  },
                ]}
                yRange={[0, 100]}
              />
              <TrendChart
                title={t.survey.cesTrend}
                x={data.monthly.map((m) => m.month)}
                series={[{ label: t.survey.ces, values: data.monthly.map((m) => m.ces.score) }]}
                yRange={[1, 5]}
              />
            </div>
          </section>
          <BreakdownTable
            title={t.survey.byPracticeArea}
            column={t.survey.practiceArea}
            rows={data.byPracticeArea}
            name={areaName}
          />
          <BreakdownTable title={t.survey.byLawyer} column={t.survey.lawyer} rows={data.byLawyer} name={lawyerName} />
          <LawyerRatingsTable rows={data.lawyerRatings} name={lawyerName} />
          <Comments site={site.id} areaName={areaName} lawyerName={lawyerName} />
        </>
      )}
    </>
  );
}

function Figures({ figures }: { figures: SurveyFigures }) {
  const t = useMessages();
  const { nps, csat, ces } = figures;
  const rate = share(figures.answered, figures.sent);
  const value = (n: number | null, suffix = '') => (n === null ? t.survey.noData : `${n}${suffix}`);
  return (
    <section class="stats survey-figures" aria-labelledby="survey-figures-title">
      <h2 id="survey-figures-title" class="stats-title">
        {t.survey.allTime}
      </h2>
      <dl class="stats-list">
        <div class="stat" data-figure="nps">
          <dt>{t.survey.nps}</dt>
          <dd class="stat-value">{value(nps.score)}</dd>
          <dd class="stat-note">{t.survey.npsFormula}</dd>
          <dd class="stat-note">{t.survey.npsOf(nps.promoters, nps.detractors, nps.total)}</dd>
        </div>
        <div class="stat" data-figure="csat">
          <dt>{t.survey.csat}</dt>
          <dd class="stat-value">{value(csat.score, '%')}</dd>
          <dd class="stat-note">{t.survey.csatFormula}</dd>
          <dd class="stat-note">{t.survey.csatOf(csat.satisfied, csat.total)}</dd>
        </div>
        <div class="stat" data-figure="ces">
          <dt>{t.survey.ces}</dt>
          <dd class="stat-value">{ces.score === null ? t.survey.noData : ces.score.toFixed(1)}</dd>
          <dd class="stat-note">{t.survey.cesFormula}</dd>
          <dd class="stat-note">{t.survey.cesOf(ces.total)}</dd>
        </div>
        <div class="stat" data-figure="response">
          <dt>{t.survey.responseRate}</dt>
          <dd class="stat-value">{value(rate, '%')}</dd>
          <dd class="stat-note">{t.survey.responseOf(figures.answered, figures.sent)}</dd>
        </div>
      </dl>
      <table class="table survey-split">
        <caption>{t.survey.npsFormula}</caption>
        <tbody>
          {(
            [
              ['promoters', nps.promoters],
              ['passives', nps.passives],
              ['detractors', nps.detractors],
            ] as const
          ).map(([group, count]) => (
            <tr key={group} data-group={group}>
              <th scope="row">{t.survey[group]}</th>
              <td>{count}</td>
              <td>{share(count, nps.total) === null ? t.survey.noData : `${share(count, nps.total)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type BreakdownRow = SurveyFigures & { key: string };

function BreakdownTable({
  title,
  column,
  rows,
  name,
}: {
  title: string;
  column: string;
  rows: BreakdownRow[];
  name: (key: string) => string;
}) {
  const t = useMessages();
  const id = useId();
  const cell = (score: number | string | null, n: number, suffix = '') => (
    <td>
      {score === null ? <span class="muted">{t.survey.noData}</span> : `${score}${suffix}`}
      <span class="cell-sub"> ({n})</span>
    </td>
  );
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id} class="panel-title">
        {title}
      </h2>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{column}</th>
              <th scope="col">{t.survey.nps}</th>
              <th scope="col">{t.survey.csat}</th>
              <th scope="col">{t.survey.ces}</th>
              <th scope="col">{t.survey.responseRate}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{name(row.key)}</th>
                {cell(row.nps.score, row.nps.total)}
                {cell(row.csat.score, row.csat.total, '%')}
                {cell(row.ces.score === null ? null : row.ces.score.toFixed(1), row.ces.total)}
                <td>{t.survey.responseOf(row.answered, row.sent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Comments({
  site,
  areaName,
  lawyerName,
}: {
  site: string;
  areaName: (id: string) => string;
  lawyerName: (id: string) => string;
}) {
  const t = useMessages();
  const { api, i18n } = useDashboard();
  const group = useSignal<CommentGroup | ''>('');
  const comments = useSignal<SurveyComment[] | null>(null);
  const problem = useSignal<Problem | null>(null);
  const selectId = useId();
  const showAll = useSignal(false);
  const load = async () => {
    problem.value = null;
    showAll.value = false;
    try {
      comments.value = await api.survey.comments(site, group.value || undefined);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site, group.value]);
  return (
    <section class="panel" aria-labelledby="survey-comments-title">
      <div class="panel-header">
        <h2 id="survey-comments-title" class="panel-title">
          {t.survey.comments}
        </h2>
        <div class="field field-inline">
          <label for={selectId}>{t.survey.commentGroup}</label>
          <select
            id={selectId}
            value={group.value}
            onChange={(e) => (group.value = e.currentTarget.value as CommentGroup)}
          >
            <option value="">{t.survey.groups.all}</option>
            <option value="positive">{t.survey.groups.positive}</option>
            <option value="neutral">{t.survey.groups.neutral}</option>
            <option value="negative">{t.survey.groups.negative}</option>
          </select>
        </div>
      </div>
      <ProblemAlert problem={problem.value} onRetry={load} />
      {comments.value?.length === 0 && <p class="muted">{t.survey.noComments}</p>}
      <ul class="survey-comments">
        {comments.value?.slice(0, showAll.value ? undefined : commentPage).map((c) => (
          <li key={c.id} class={`survey-comment survey-comment-${c.group}`}>
            <p class="survey-comment-meta">
              <span class={`badge survey-badge-${c.group}`}>
                {t.survey.measures[c.measure]} {c.score}
              </span>{' '}
              {formatDate(c.answeredAt, i18n.lang.value)}
              {c.practiceArea && ` · ${areaName(c.practiceArea)}`}
              {c.lawyer && ` · ${lawyerName(c.lawyer)}`}
            </p>
            <blockquote lang={c.lang}>{c.comment}</blockquote>
          </li>
        ))}
      </ul>
      {!showAll.value && (comments.value?.length ?? 0) > commentPage && (
        <button type="button" class="button button-secondary" onClick={() => (showAll.value = true)}>
          {t.survey.showAllComments(comments.value?.length ?? 0)}
        </button>
      )}
    </section>
  );
}
