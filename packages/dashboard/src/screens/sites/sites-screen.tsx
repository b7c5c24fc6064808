import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSiteList } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';

export function SitesScreen() {
  const t = useMessages();
  const { session } = useDashboard();
  const { sites, problem, load } = useSiteList();
  const isAdmin = session.session.value?.user.role === 'admin';

  const list = sites.value;
  return (
    <>
      <PageHeader
        title={t.sites.title}
        description={t.sites.description}
        actions={
          isAdmin && (
            <Link class="button button-primary" href={paths.newSite}>
              {t.sites.newSite}
            </Link>
          )
        }
      />
      {!list && !problem.value && <Loading />}
      <ProblemAlert problem={problem.value} onRetry={load} />
      {list && list.length === 0 && (
        <EmptyState title={t.sites.emptyTitle}>
          <p>{t.sites.emptyBody}</p>
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <ul class="card-list">
          {list.map((site) => (
            <li key={site.id} class="card">
              <h2 class="card-title">{site.name}</h2>
              <p class="card-meta">
                <span class="mono">{site.id}</span> · {site.businessHours.timeZone} ·{' '}
                {t.sites.origins(site.allowedOrigins.length)}
              </p>
              <ul class="chip-list" aria-label={t.sites.originsLabel}>
                {site.allowedOrigins.map((origin) => (
                  <li key={origin} class="chip mono">
                    {origin}
                  </li>
                ))}
              </ul>
              <div class="card-actions">
                <Link class="button button-secondary" href={paths.site(site.id)} aria-label={t.sites.edit(site.name)}>
                  {t.sites.settings}
                </Link>
                <Link
                  class="button button-secondary"
                  href={paths.snippets(site.id)}
                  aria-label={t.sites.snippets(site.name)}
                >
                  {t.nav.snippets}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
