/**
 * Webhooks (`/dashboard/webhooks?site=…`, issue 16): a site's endpoints with their state, and (admins) a form
 * to add one. Each endpoint opens on its own page with its delivery log.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminSite, WebhookEndpoint } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { IntegrationsTabs } from './integrations-tabs.tsx';
import { WebhookForm } from './webhook-form.tsx';
import { EndpointState } from './webhook-format.tsx';

export function WebhooksScreen() {
  const t = useMessages();
  const h = t.integrations.hooks;
  const { router, session } = useDashboard();
  // The collector answers webhook routes to admins only: endpoint URLs and delivery logs are integration secrets.
  const isAdmin = session.session.value?.user.role === 'admin';
  return (
    <>
      <PageHeader title={h.title} description={h.intro} />
      <IntegrationsTabs current="webhooks" site={router.location.value.query.get('site') ?? undefined} />
      {isAdmin ? (
        <SiteScope label={h.site} pathFor={(id) => paths.webhooks(id)}>
          {(site) => <SiteWebhooks key={site.id} site={site} />}
        </SiteScope>
      ) : (
        <p class="alert alert-info">{t.integrations.adminOnly}</p>
      )}
    </>
  );
}

function SiteWebhooks({ site }: { site: AdminSite }) {
  const h = useMessages().integrations.hooks;
  const { api } = useDashboard();
  const endpoints = useSignal<WebhookEndpoint[] | null>(null);
  const problem = useSignal<Problem | null>(null);

  const load = async () => {
    problem.value = null;
    try {
      endpoints.value = await api.integrations.listEndpoints(site.id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id]);

  const list = endpoints.value;
  return (
    <div class="split">
      <section class="panel panel-flush" aria-labelledby="webhook-list">
        <h2 id="webhook-list" class="panel-title panel-title-padded">
          {h.listTitle}
        </h2>
        {!list && !problem.value && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={load} />
        {list && list.length === 0 && (
          <EmptyState title={h.emptyTitle}>
            <p>{h.emptyBody}</p>
          </EmptyState>
        )}
        {list && list.length > 0 && (
          <div class="table-scroll">
            <table class="table webhooks-table">
              <caption class="visually-hidden">{h.listTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{h.columns.url}</th>
                  <th scope="col">{h.columns.events}</th>
                  <th scope="col">{h.columns.state}</th>
                  <th scope="col">{h.columns.personal}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((endpoint) => (
                  <tr key={endpoint.id}>
                    <th scope="row" class="cell-url">
                      <Link href={paths.webhook(site.id, endpoint.id)} class="mono">
                        {endpoint.url}
                      </Link>
                      {endpoint.description && <span class="muted cell-note">{endpoint.description}</span>}
                    </th>
                    <td>{h.eventCount(endpoint.events.length)}</td>
                    <td>
                      <EndpointState endpoint={endpoint} />
                    </td>
                    <td>{endpoint.includePersonalData ? h.personalOn : h.personalOff}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="webhook-add">
        <h2 id="webhook-add" class="panel-title">
          {h.addTitle}
        </h2>
        <WebhookForm site={site.id} onAdded={load} />
      </section>
    </div>
  );
}
