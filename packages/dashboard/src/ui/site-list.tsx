/**
 * The firm's sites, loaded once per screen, the picker the one-site screens (snippets, lawyers, FAQ, survey)
 * show when there is more than one, and `SiteScope`, which puts both together with the loading, error and
 * empty states.
 *
 * @example
 *   const { sites, problem, load } = useSiteList();
 *   <SitePicker label="Site" sites={list} site={site} onChoose={(id) => router.navigate(paths.lawyers(id))} />
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminSite } from '@retainer/schema/admin';
import type { ComponentChildren } from 'preact';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../api/api-problem.ts';
import { useDashboard, useMessages } from '../app-context.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { EmptyState, Loading } from './states.tsx';

export function useSiteList() {
  const { api } = useDashboard();
  const sites = useSignal<AdminSite[] | null>(null);
  const problem = useSignal<Problem | null>(null);
  const load = async () => {
    problem.value = null;
    try {
      sites.value = await api.listSites();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    load();
  }, []);
  return { sites, problem, load };
}

type SitePickerProps = { label: string; sites: AdminSite[]; site: AdminSite; onChoose: (id: string) => void };

export function SitePicker({ label, sites, site, onChoose }: SitePickerProps) {
  const selectId = useId();
  if (sites.length < 2) return null;
  return (
    <div class="field field-inline">
      <label for={selectId}>{label}</label>
      <select id={selectId} value={site.id} onChange={(event) => onChoose(event.currentTarget.value)}>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

type SiteScopeProps = {
  /** The picker's label. */
  label: string;
  /** Where choosing another site goes (the same screen for that site). */
  pathFor: (site: string) => string;
  /** The screen's body for the chosen site; `asked` says whether the URL named it (`?site=`). */
  children: (site: AdminSite, asked: boolean) => ComponentChildren;
};

/** The site named by `?site=` (else the firm's first), with the loading, error, empty and picker states around it. */
export function SiteScope({ label, pathFor, children }: SiteScopeProps) {
  const t = useMessages();
  const { router } = useDashboard();
  const { sites, problem, load } = useSiteList();
  const list = sites.value;
  const wanted = router.location.value.query.get('site');
  const site = list?.find((s) => s.id === wanted) ?? list?.[0];
  return (
    <>
      {!list && !problem.value && <Loading />}
      <ProblemAlert problem={problem.value} onRetry={load} />
      {list && list.length === 0 && <EmptyState title={t.sites.emptyTitle} />}
      {list && site && (
        <SitePicker
          label={label}
          sites={list}
          site={site}
          onChoose={(id) => router.navigate(pathFor(id), { replace: true })}
        />
      )}
      {site && children(site, Boolean(wanted))}
    </>
  );
}
