/**
 * The dashboard's home (`/dashboard/`): the client journey map of one site. Filters live in
 * the address; every number opens the counts behind it; trends below; print and CSV for
 * taking it to a partners' meeting.
 */
import type { AdminSite } from '@retainer/schema/admin';
import { useEffect, useMemo } from 'preact/hooks';
import { createAdminClient } from '../../api/client.ts';
import { createJourneyApi } from '../../api/journey-api.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SitePicker, useSiteList } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { JourneyBreakdownDialog } from './journey-breakdown.tsx';
import { JourneyFilters } from './journey-filters.tsx';
import { createJourneyModel } from './journey-model.ts';
import { journeyParams, readJourneyView, writeJourneyView } from './journey-query.ts';
import { JourneyReturning } from './journey-returning.tsx';
import { JourneyStages } from './journey-stages.tsx';
import { JourneyTrendCharts } from './journey-trends.tsx';
import { WeakestStep } from './weakest-step.tsx';

export function JourneyScreen() {
  const t = useMessages();
  const { router } = useDashboard();
  const { sites, problem, load } = useSiteList();
  const list = sites.value;
  const view = readJourneyView(router.location.value.query);
  const site = list?.find((s) => s.id === view.site) ?? list?.[0];
  return (
    <>
      {!site && <PageHeader title={t.journey.title} description={t.journey.description} />}
      <ProblemAlert problem={problem.value} onRetry={load} />
      {!list && !problem.value && <Loading />}
      {list && list.length === 0 && <EmptyState title={t.sites.emptyTitle} />}
      {list && site && <SiteJourney key={site.id} site={site} sites={list} />}
    </>
  );
}

function SiteJourney({ site, sites }: { site: AdminSite; sites: AdminSite[] }) {
  const t = useMessages();
  const dashboard = useDashboard();
  const { router, i18n } = dashboard;
  const api = useMemo(
    () =>
      createJourneyApi(
        createAdminClient({
          origin: dashboard.origin,
          csrfToken: () => undefined,
          onUnauthorized: () => dashboard.session.expire(),
        }),
      ),
    [dashboard],
  );
  const model = useMemo(() => createJourneyModel(api, site.id), [api, site.id]);
  const view = readJourneyView(router.location.value.query);
  const params = journeyParams(view);
  const key = JSON.stringify([params, view.interval]);
  useEffect(() => {
    void model.load(params, view.interval);
  }, [key]);

  const setView = (next: Partial<typeof view>) => router.setQuery(writeJourneyView({ ...view, ...next }));
  const map = model.map.value;
  const trends = model.trends.value;
  const lang = i18n.lang.value;
  const areaLabels = Object.fromEntries(
    site.practiceAreas.map((area) => [area.id, area.label[lang] ?? area.label.en ?? area.id]),
  );
  return (
    <>
      <PageHeader
        title={t.journey.title}
        description={t.journey.description}
        actions={
          <>
            <button type="button" class="button button-secondary no-print" onClick={() => window.print()}>
              {t.journey.print}
            </button>
            <a class="button button-secondary no-print" href={model.csvUrl('map')} download>
              {t.journey.exportCsv}
            </a>
          </>
        }
      />
      <div class="no-print">
        <SitePicker
          label={t.journey.site}
          sites={sites}
          site={site}
          onChoose={(id) => setView({ site: id, filters: {} })}
        />
      </div>
      <JourneyFilters
        view={view}
        options={map?.options ?? null}
        areaLabels={areaLabels}
        lawyers={map?.lawyers ?? []}
        onChange={setView}
      />
      <ProblemAlert problem={model.problem.value} onRetry={() => model.load(params, view.interval)} />
      <div aria-live="polite" aria-busy={model.loading.value}>
        {model.loading.value && !map && <Loading />}
        {map && map.journeys === 0 && !map.previous?.journeys && (
          <EmptyState title={t.journey.emptyTitle}>
            <p>{t.journey.emptyBody}</p>
          </EmptyState>
        )}
        {map && (map.journeys > 0 || (map.previous?.journeys ?? 0) > 0) && (
          <>
            <p class="journey-summary">
              <strong>{t.journey.journeys(map.journeys)}</strong>
              {map.previous && (
                <span class="muted"> · {t.journey.previous(t.journey.journeys(map.previous.journeys))}</span>
              )}
              {model.loading.value && <span class="muted"> · {t.journey.updating}</span>}
            </p>
            {map.touchpointsBy && Object.keys(view.filters).length > 1 && (
              <p class="muted">{t.journey.touchpointsBy(t.journey.dimensions[map.touchpointsBy])}</p>
            )}
            {map.mediansEstimated && <p class="muted">{t.journey.mediansEstimated}</p>}
            {map.satisfactionFrom && (
              <p class="muted">
                {map.satisfactionFrom.shown ? t.journey.satisfactionFromSurvey : t.journey.satisfactionNotNarrowable}
              </p>
            )}
            <WeakestStep weakest={map.weakest} />
            <JourneyStages map={map} onOpen={(request) => void model.openBreakdown(request)} />
            <JourneyReturning returning={map.returning} />
            {trends && (
              <JourneyTrendCharts
                trends={trends}
                interval={view.interval}
                onInterval={(interval) => setView({ interval })}
                csvUrl={model.csvUrl('trends', { interval: view.interval })}
              />
            )}
          </>
        )}
      </div>
      <JourneyBreakdownDialog model={model} areaLabels={areaLabels} lawyers={map?.lawyers ?? []} />
    </>
  );
}
