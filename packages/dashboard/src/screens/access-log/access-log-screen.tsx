/**
 * The Access log (`/dashboard/access-log?actor=&action=&subject=&from=&to=`, issue 17, admins only): who
 * opened, exported, erased or changed which record and who signed in from where, newest first, with filters
 * in the address, older pages on demand, a CSV of the filtered entries, and the firm's retention for it.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type AccessLogEntry, accessActions, type TeamMember } from '@retainer/schema/admin';
import { useEffect, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { paths } from '../../router/routes.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ResultsPanel } from '../../ui/results-panel.tsx';
import { EmptyState } from '../../ui/states.tsx';
import {
  type AccessUrlFilters,
  accessFiltersFromQuery,
  accessFiltersToQuery,
  toAccessLogFilters,
} from './access-log-query.ts';
import { AccessLogRetention } from './access-log-retention.tsx';
import { AccessLogTable } from './access-log-table.tsx';

export function AccessLogScreen() {
  const t = useMessages();
  const m = t.accessLog;
  const { api, router, session } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const filters = accessFiltersFromQuery(router.location.value.query);
  if (!isAdmin) {
    return (
      <>
        <PageHeader title={m.title} />
        <div class="alert alert-info" role="note">
          <p>{m.adminsOnly}</p>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <a class="button button-secondary" href={api.accessLog.csvUrl(toAccessLogFilters(filters))} download>
            {m.download}
          </a>
        }
      />
      <AccessLogFilters filters={filters} />
      <AccessLogResults filters={filters} />
      <AccessLogRetention />
    </>
  );
}

function AccessLogFilters({ filters }: { filters: AccessUrlFilters }) {
  const t = useMessages();
  const m = t.accessLog;
  const { api, router } = useDashboard();
  const members = useSignal<readonly TeamMember[]>([]);
  const draft = useSignal<AccessUrlFilters>(filters);
  const applied = accessFiltersToQuery(filters).toString();
  useEffect(() => {
    draft.value = filters;
  }, [applied]);
  useEffect(() => {
    // The names for the member filter; without them the filter still works by the id in the address.
    api.getTeam().then(
      (team) => (members.value = team.users),
      () => {},
    );
  }, []);
  const set = (key: keyof AccessUrlFilters, value: string) => (draft.value = { ...draft.value, [key]: value });
  const go = (next: AccessUrlFilters) => {
    const query = accessFiltersToQuery(next).toString();
    router.navigate(`${paths.accessLog()}${query ? `?${query}` : ''}`);
  };
  const actor = draft.value.actor ?? '';
  const known = members.value.some((member) => member.id === actor);
  return (
    <form
      class="panel access-log-filters"
      aria-label={m.filters}
      onSubmit={(event) => {
        event.preventDefault();
        go(draft.value);
      }}
    >
      <div class="field">
        <label for="access-actor">{m.member}</label>
        <select id="access-actor" value={actor} onChange={(event) => set('actor', event.currentTarget.value)}>
          <option value="">{m.anyMember}</option>
          {members.value.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
          {actor && !known && <option value={actor}>{m.unknownMember}</option>}
        </select>
      </div>
      <div class="field">
        <label for="access-action">{m.action}</label>
        <select
          id="access-action"
          value={draft.value.action ?? ''}
          onChange={(event) => set('action', event.currentTarget.value)}
        >
          <option value="">{m.anyAction}</option>
          {accessActions.map((action) => (
            <option key={action} value={action}>
              {m.actions[action]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="access-subject">{m.subject}</label>
        <input
          id="access-subject"
          type="text"
          value={draft.value.subject ?? ''}
          aria-describedby="access-subject-hint"
          autoComplete="off"
          spellcheck={false}
          onInput={(event) => set('subject', event.currentTarget.value)}
        />
        <p id="access-subject-hint" class="field-hint">
          {m.subjectHint}
        </p>
      </div>
      <div class="field">
        <label for="access-from">{m.from}</label>
        <input
          id="access-from"
          type="date"
          value={draft.value.from ?? ''}
          max={draft.value.to}
          onInput={(event) => set('from', event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="access-to">{m.to}</label>
        <input
          id="access-to"
          type="date"
          value={draft.value.to ?? ''}
          min={draft.value.from}
          onInput={(event) => set('to', event.currentTarget.value)}
        />
      </div>
      <div class="form-actions access-log-filter-actions">
        <button type="submit" class="button button-primary">
          {m.apply}
        </button>
        {applied && (
          <button type="button" class="button button-quiet" onClick={() => go({})}>
            {m.clear}
          </button>
        )}
      </div>
    </form>
  );
}

function AccessLogResults({ filters }: { filters: AccessUrlFilters }) {
  const t = useMessages();
  const m = t.accessLog;
  const { api, announcer } = useDashboard();
  const entries = useSignal<AccessLogEntry[] | null>(null);
  const next = useSignal<string | null>(null);
  const loading = useSignal(true);
  const problem = useSignal<Problem | null>(null);
  const loads = useRef(0);
  const key = accessFiltersToQuery(filters).toString();

  const load = async (cursor?: string) => {
    loading.value = true;
    problem.value = null;
    try {
      const page = await api.accessLog.list(toAccessLogFilters(filters), cursor);
      entries.value = cursor ? [...(entries.value ?? []), ...page.entries] : page.entries;
      next.value = page.next;
      // The first page is read with the screen; later ones (a filter, older entries) are announced.
      if (loads.current++ > 0) announcer.announce(m.results(entries.value.length, page.next !== null));
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  };
  useEffect(() => {
    void load();
  }, [key]);

  const list = entries.value;
  return (
    <ResultsPanel
      id="access-log-results"
      title={list ? m.results(list.length, next.value !== null) : m.tableCaption}
      busy={loading.value}
      loaded={list !== null}
      problem={problem.value}
      onReload={() => load()}
      empty={
        list &&
        list.length === 0 && (
          <EmptyState title={key ? m.emptyFilteredTitle : m.emptyTitle}>{!key && <p>{m.emptyBody}</p>}</EmptyState>
        )
      }
    >
      {list && list.length > 0 && <AccessLogTable entries={list} />}
      <LoadMore cursor={next.value} busy={loading.value} label={m.loadMore} onMore={(cursor) => load(cursor)} />
    </ResultsPanel>
  );
}
