/**
 * A list that loads from the collector: its heading with a Refresh button, then, while busy, the loading note, a
 * failed load with a way to try again, or the empty state; the list itself and its pager are the children. The
 * outbox, the access log and a webhook's delivery log show their lists the same way.
 *
 * @example
 *   <ResultsPanel id="outbox-results" title={m.tableCaption} busy={loading.value} loaded={list !== null}
 *     problem={problem.value} onReload={() => load()} empty={list?.length === 0 && <EmptyState title={m.emptyTitle} />}>
 *     <OutboxTable items={list} />
 *   </ResultsPanel>
 */
import type { Problem } from '@retainer/schema';
import type { ComponentChildren } from 'preact';
import { useMessages } from '../app-context.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { Loading } from './states.tsx';

export function ResultsPanel({
  id,
  title,
  busy,
  loaded,
  problem,
  onReload,
  empty,
  children,
}: {
  id: string;
  title: ComponentChildren;
  busy: boolean;
  /** A page is shown: no loading note over it while the next one loads. */
  loaded: boolean;
  problem: Problem | null;
  onReload: () => void;
  /** The empty state, when the list loaded empty. */
  empty: ComponentChildren;
  children: ComponentChildren;
}) {
  const t = useMessages();
  return (
    <section class="panel panel-flush" aria-labelledby={id}>
      <div class="results-bar">
        <h2 id={id} class="results-count">
          {title}
        </h2>
        <div class="results-meta">
          <button type="button" class="button button-quiet" onClick={onReload} disabled={busy}>
            {t.common.refresh}
          </button>
        </div>
      </div>
      <div aria-busy={busy}>
        {busy && !loaded && <Loading />}
        <ProblemAlert problem={problem} onRetry={onReload} />
        {empty}
      </div>
      {children}
    </section>
  );
}
