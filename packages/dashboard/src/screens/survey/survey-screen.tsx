/**
 * The client survey (`/dashboard/survey…?site=harbor-vale`, issue 6): results, invitations and
 * the follow-up queue for one of the firm's sites, as three sections under one heading.
 */
import type { AdminSite } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths, type SurveyTab } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { FollowUpPanel } from './follow-up-panel.tsx';
import { InvitationsPanel } from './invitations-panel.tsx';
import { ResultsPanel } from './results-panel.tsx';

const tabs: SurveyTab[] = ['results', 'invitations', 'followUps'];

export function SurveyScreen({ tab }: { tab: SurveyTab }) {
  const t = useMessages();
  return (
    <>
      <PageHeader title={t.survey.title} description={t.survey.description} />
      <SiteScope label={t.survey.site} pathFor={(id) => paths.survey(tab, id)}>
        {(site, asked) => (
          <>
            <nav class="survey-tabs" aria-label={t.survey.tabs.label}>
              <ul>
                {tabs.map((name) => (
                  <li key={name}>
                    <Link
                      href={paths.survey(name, asked ? site.id : undefined)}
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
      </SiteScope>
    </>
  );
}
function SurveySection({ site, tab }: { site: AdminSite; tab: SurveyTab }) {
  if (tab === 'invitations') return <InvitationsPanel site={site} />;
  if (tab === 'followUps') return <FollowUpPanel site={site} />;
  return <ResultsPanel site={site} />;
}
