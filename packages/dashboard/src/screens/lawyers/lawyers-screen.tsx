/**
 * One site's lawyers (`/dashboard/lawyers?site=harbor-vale`): the display order with status,
 * the directory's options, and the profile form with a live card preview.
 */
import { useSignal } from '@preact/signals';
import type { AdminLawyer, AdminSite } from '@retainer/schema/admin';
import { useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { DirectoryOptions } from './directory-options.tsx';
import { LawyerEditor } from './lawyer-editor.tsx';
import { LawyerOrderList } from './lawyer-order-list.tsx';
import { createLawyersModel } from './lawyers-model.ts';

type Editing = { mode: 'list' } | { mode: 'new' } | { mode: 'edit'; lawyer: AdminLawyer };

export function LawyersScreen() {
  const t = useMessages();
  return (
    <>
      <PageHeader title={t.lawyers.title} description={t.lawyers.description} />
      <SiteScope label={t.lawyers.site} pathFor={paths.lawyers}>
        {(site) => <SiteLawyers key={site.id} site={site} />}
      </SiteScope>
    </>
  );
}

function SiteLawyers({ site }: { site: AdminSite }) {
  const t = useMessages();
  const { api } = useDashboard();
  const model = useMemo(() => createLawyersModel(api, site.id), [api, site.id]);
  const editing = useSignal<Editing>({ mode: 'list' });
  const lawyers = model.lawyers.value;

  const backToList = () => {
    editing.value = { mode: 'list' };
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };

  if (editing.value.mode !== 'list') {
    const lawyer = editing.value.mode === 'edit' ? editing.value.lawyer : undefined;
    return (
      <LawyerEditor
        key={lawyer?.id ?? 'new'}
        site={site}
        lawyer={lawyer}
        onSaved={(saved) => {
          model.stored(saved);
          backToList();
        }}
        onCancel={backToList}
      />
    );
  }

  return (
    <>
      {!lawyers && !model.problem.value && <Loading />}
      <ProblemAlert problem={model.problem.value} onRetry={() => model.load()} />
      {lawyers && (
        <section class="panel" aria-labelledby="lawyer-order-title">
          <div class="panel-header">
            <h2 id="lawyer-order-title" class="panel-title">
              {t.lawyers.listTitle}
            </h2>
            <button type="button" class="button button-primary" onClick={() => (editing.value = { mode: 'new' })}>
              {t.lawyers.add}
            </button>
          </div>
          {lawyers.length === 0 ? (
            <EmptyState title={t.lawyers.emptyTitle}>
              <p>{t.lawyers.emptyBody}</p>
            </EmptyState>
          ) : (
            <>
              <p class="muted">{t.lawyers.listHelp}</p>
              <ProblemAlert problem={model.orderProblem.value} />
              <LawyerOrderList
                model={model}
                lawyers={lawyers}
                onEdit={(lawyer) => (editing.value = { mode: 'edit', lawyer })}
              />
            </>
          )}
        </section>
      )}
      <DirectoryOptions model={model} />
    </>
  );
}
