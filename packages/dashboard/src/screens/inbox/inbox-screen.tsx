/** The intake inbox: response-time header, filters in the address, the list, CSV in and out. */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { useLiveChanges } from '../../ui/use-live-changes.ts';
import { ImportPartiesDialog } from './import-parties-dialog.tsx';
import { InboxFilters } from './inbox-filters.tsx';
import { createInboxModel } from './inbox-model.ts';
import { toApiFilters } from './inbox-query.ts';
import { InboxStats } from './inbox-stats.tsx';
import { InboxTable } from './inbox-table.tsx';
import { createLookups } from './lookups.ts';

export function InboxScreen() {
  const t = useMessages();
  const { api, router, i18n, session, announcer, live } = useDashboard();
  // Importing parties is for admins (the collector refuses staff); staff are not offered it.
  const isAdmin = session.session.value?.user.role === 'admin';
  const inbox = useMemo(() => createInboxModel(api, router), [api, router]);
  const lookups = useMemo(() => createLookups(api), [api]);
  const importing = useSignal(false);
  useEffect(() => inbox.dispose, [inbox]);

  // After a filter change or refresh, say how many intakes there are now (the first load is read with the page).
  const loads = useRef(0);
  const liveLoad = useRef(false);
  const count = inbox.items.value.length;
  // Read at render: an effect flushed late would otherwise see a later state and run its work twice.
  const loading = inbox.loading.value;
  const loaded = inbox.list.value;
  useEffect(() => {
    if (loading || !loaded) return;
    // A refresh because something arrived says what arrived instead (below).
    const quiet = liveLoad.current;
    liveLoad.current = false;
    if (loads.current++ > 0 && !quiet) announcer.announce(t.inbox.results(count));
  }, [loaded, loading]);

  // Issue 15: new intakes appear while the inbox is open, are announced, and count in the tab title.
  useLiveChanges(async (change) => {
    const site = inbox.filters.value.site;
    if (change !== 'missed' && (change.type !== 'intake' || (site && change.site !== site))) return;
    // Before the first list is in, there is nothing to compare with: just load.
    const before = inbox.list.value ? new Set(inbox.items.value.map((item) => item.id)) : undefined;
    liveLoad.current = true;
    await inbox.load();
    const arrived = before ? inbox.items.value.filter((item) => !before.has(item.id)).length : 0;
    if (arrived === 0) return;
    live.noteArrivals(arrived);
    announcer.announce(t.reach.live.newIntakes(arrived));
  });

  const list = inbox.list.value;
  const items = inbox.items.value;
  const csvUrl = api.inboxCsvUrl(toApiFilters(inbox.filters.value));
  return (
    <>
      <PageHeader
        title={t.inbox.title}
        description={t.inbox.description}
        actions={
          <>
            <a class="button button-secondary" href={csvUrl} download>
              {t.inbox.exportCsv}
            </a>
            {isAdmin && (
              <button type="button" class="button button-secondary" onClick={() => (importing.value = true)}>
                {t.inbox.importParties}
              </button>
            )}
          </>
        }
      />
      {list && <InboxStats stats={list.stats} />}
      <InboxFilters inbox={inbox} lookups={lookups} />
      <section class="panel panel-flush" aria-labelledby="inbox-results">
        <div class="results-bar">
          <h2 id="inbox-results" class="results-count">
            {list ? t.inbox.results(items.length) : t.inbox.tableCaption}
          </h2>
          <div class="results-meta">
            {inbox.loadedAt.value !== null && (
              <span class="muted">{t.inbox.updated(formatDateTime(inbox.loadedAt.value, i18n.lang.value))}</span>
            )}
            <button
              type="button"
              class="button button-quiet"
              onClick={() => inbox.load()}
              disabled={inbox.loading.value}
            >
              {t.common.refresh}
            </button>
          </div>
        </div>
        <div aria-live="polite" aria-busy={inbox.loading.value}>
          {inbox.loading.value && !list && <Loading />}
          <ProblemAlert problem={inbox.problem.value} onRetry={() => inbox.load()} />
          {list && items.length === 0 && (
            <EmptyState title={inbox.filtered.value ? t.inbox.emptyFilteredTitle : t.inbox.emptyTitle}>
              <p>{inbox.filtered.value ? t.inbox.emptyFilteredBody : t.inbox.emptyBody}</p>
            </EmptyState>
          )}
        </div>
        {items.length > 0 && <InboxTable items={items} sites={lookups.sites.value} />}
      </section>
      <ImportPartiesDialog
        open={importing.value}
        onClose={() => (importing.value = false)}
        onImported={() => inbox.load()}
      />
    </>
  );
}
