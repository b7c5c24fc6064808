/**
 * The inbox: filters read from the address, the list re-queried whenever they change, and the
 * actions that change them (which write the address, so Back undoes a filter).
 *
 * @example
 *   const inbox = createInboxModel(api, router);
 *   inbox.setFilter('state', 'new'); // → ?state=new, and a new request
 */
import { computed, effect, signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { InboxList } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';
import type { Router } from '../../router/router.ts';
import { type FilterKey, filterKey, filtersFromQuery, toApiFilters, withFilter } from './inbox-query.ts';
import { sortInbox } from './sort-inbox.ts';

export function createInboxModel(api: AdminApi, router: Router) {
  const filters = computed(() => filtersFromQuery(router.location.value.query));
  const key = computed(() => filterKey(filters.value));
  const list = signal<InboxList | null>(null);
  const loading = signal(true);
  const problem = signal<Problem | null>(null);
  const loadedAt = signal<number | null>(null);
  const items = computed(() => sortInbox(list.value?.items ?? []));
  const filtered = computed(() => Object.keys(filters.value).length > 0);
  let latest = 0;

  async function load() {
    const request = ++latest;
    loading.value = true;
    try {
      const answer = await api.listIntakes(toApiFilters(filters.peek()));
      // A slower answer for filters the user already changed must not overwrite the newer one.
      if (request !== latest) return;
      list.value = answer;
      problem.value = null;
      loadedAt.value = Date.now();
    } catch (error) {
      if (request !== latest) return;
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  const stop = effect(() => {
    key.value;
    load();
  });

  function setFilter(name: FilterKey, value: string) {
    let query = withFilter(router.location.value.query, name, value);
    // Practice areas belong to a site; a stale one would silently hide everything.
    if (name === 'site') query = withFilter(query, 'practiceArea', '');
    router.setQuery(query);
  }

  function clearFilters() {
    router.setQuery(new URLSearchParams());
  }

  return { filters, list, items, filtered, loading, problem, loadedAt, load, setFilter, clearFilters, dispose: stop };
}

export type InboxModel = ReturnType<typeof createInboxModel>;
