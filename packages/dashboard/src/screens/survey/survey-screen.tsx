/**
 * The client survey (`/dashboard/survey…?site=harbor-vale`, issue 6): results, invitations and
 * the follow-up queue for one of the firm's sites, as three sections under one heading.
 */
import type { AdminSite } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths, type SurveyTab } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SitePicker, useSiteList } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { FollowUpPanel } from './follow-up-panel.tsx';
import { InvitationsPanel } from './invitations-panel.tsx';
import { ResultsPanel } from './results-panel.tsx';

const tabs: SurveyTab[] = ['results', 'invitations', 'followUps'];

export function SurveyScreen({ tab }: { tab: SurveyTab }) {
  const t = useMessages();
  const { router } = useDashboard();
  const { sites, problem, load } = useSiteList();
  const list = sites.value;
  const wanted = router.location.value.query.get('site');
  const site = list?.find((s) => s.id === wanted) ?? list?.[0];

  return (
    <>
      <PageHeader title={t.survey.title} description={t.survey.description} />
      {!list && !problem.value && <Loading />}
      <ProblemAlert problem={problem.value} onRetry={load} />
      {list && list.length === 0 && <EmptyState title={t.sites.emptyTitle} />}
      {list && site && (
        <SitePicker
          label={t.survey.site}
          sites={list}
          site={site}
          onChoose={(id) => router.navigate(paths.survey(tab, id), { replace: true })}
        />
      )}
      {site && (
        <>
          <nav class="survey-tabs" aria-label={t.survey.tabs.label}>
            <ul>
              {tabs.map((name) => (
                <li key={name}>
                  <Link
                    href={paths.survey(name, wanted ? site.id : undefined)}
                    aria-current={name === tab ? 'page' : undefined}
                  >
                    {t.survey.tabs[name]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SurveySection key={`${site.id}-${tab}`} site={site} tab={tab} />
        </>
      )}
    </>
  );
}

function SurveySection({ site, tab }: { site: AdminSite; tab: SurveyTab }) {
  if (tab === 'invitations') return <InvitationsPanel site={site} />;
  if (tab === 'followUps') return <FollowUpPanel site={site} />;
  return <ResultsPanel site={site} />;
}
