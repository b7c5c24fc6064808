/**
 * The firm's sites, loaded once per screen, and the picker the one-site screens (snippets, lawyers) show
 * when there is more than one.
 *
 * @example
 *   const { sites, problem, load } = useSiteList();
 *   <SitePicker label="Site" sites={list} site={site} onChoose={(id) => router.navigate(paths.lawyers(id))} />
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminSite } from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../api/api-problem.ts';
import { useDashboard } from '../app-context.ts';

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
