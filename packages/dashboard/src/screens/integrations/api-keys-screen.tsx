/**
 * Settings → API keys (`/dashboard/settings/api-keys`, issue 16): the firm's admin API keys, a form to make
 * one (its token shown once), revoke with a confirm, and each key's use log. Admins only.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { ApiKey } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { ApiKeyForm } from './api-key-form.tsx';
import { ApiKeysTable } from './api-keys-table.tsx';
import { IntegrationsTabs } from './integrations-tabs.tsx';

export function ApiKeysScreen() {
  const t = useMessages();
  const k = t.integrations.keys;
  const { session } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  return (
    <>
      <PageHeader title={k.title} description={k.description} />
      <IntegrationsTabs current="apiKeys" />
      {isAdmin ? <ApiKeys /> : <p class="alert alert-info">{t.integrations.adminOnly}</p>}
    </>
  );
}

function ApiKeys() {
  const k = useMessages().integrations.keys;
  const { api } = useDashboard();
  const keys = useSignal<ApiKey[] | null>(null);
  const problem = useSignal<Problem | null>(null);

  const load = async () => {
    problem.value = null;
    try {
      keys.value = await api.integrations.listKeys();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const list = keys.value;
  return (
    <div class="stack">
      <section class="panel" aria-labelledby="api-key-create">
        <h2 id="api-key-create" class="panel-title">
          {k.createTitle}
        </h2>
        <ApiKeyForm onCreated={load} />
      </section>
      <section class="panel panel-flush" aria-labelledby="api-key-list">
        <h2 id="api-key-list" class="panel-title panel-title-padded">
          {k.listTitle}
        </h2>
        {!list && !problem.value && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={load} />
        {list && list.length === 0 && (
          <EmptyState title={k.emptyTitle}>
            <p>{k.emptyBody}</p>
          </EmptyState>
        )}
        {list && list.length > 0 && <ApiKeysTable keys={list} onChanged={load} />}
      </section>
    </div>
  );
}
