/**
 * An endpoint's delivery log: every attempt, newest first — time, event, attempt, HTTP status (or the error),
 * duration and the start of the answer — with where the delivery stands now, and Replay (admins).
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { WebhookDelivery } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { ResultsPanel } from '../../ui/results-panel.tsx';
import { EmptyState } from '../../ui/states.tsx';

type DeliveryLogProps = { site: string; endpointId: string; reload: number; onReplayed: () => void };

/** The log cell shows the start of the answer; the whole excerpt (≤ 1 KB) is in its title. */
const excerpt = (text: string | null) => (text && text.length > 80 ? `${text.slice(0, 80)}…` : (text ?? ''));

export function DeliveryLog({ site, endpointId, reload, onReplayed }: DeliveryLogProps) {
  const t = useMessages();
  const h = t.integrations.hooks;
  const { api, session, announcer, i18n } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const items = useSignal<WebhookDelivery[] | null>(null);
  const next = useSignal<string | null>(null);
  const loading = useSignal(true);
  const problem = useSignal<Problem | null>(null);
  const lang = i18n.lang.value;

  const load = async (cursor?: string) => {
    loading.value = true;
    problem.value = null;
    try {
      const page = await api.integrations.deliveries(site, endpointId, cursor);
      items.value = cursor ? [...(items.value ?? []), ...page.items] : page.items;
      next.value = page.next;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  };
  useEffect(() => {
    void load();
  }, [site, endpointId, reload]);

  const replay = async (delivery: WebhookDelivery) => {
    problem.value = null;
    try {
      await api.integrations.replay(site, endpointId, delivery.deliveryId);
      announcer.announce(h.replayed);
      onReplayed();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };

  const list = items.value;
  const c = h.deliveryColumns;
  return (
    <ResultsPanel
      id="webhook-deliveries"
      title={h.deliveriesTitle}
      busy={loading.value}
      loaded={list !== null}
      problem={problem.value}
      onReload={() => load()}
      empty={list && list.length === 0 && <EmptyState title={h.deliveriesEmpty} />}
    >
      {list && list.length > 0 && (
        <div class="table-scroll">
          <table class="table deliveries-table">
            <caption class="visually-hidden">{h.deliveriesTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{c.at}</th>
                <th scope="col">{c.event}</th>
                <th scope="col">{c.attempt}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.duration}</th>
                <th scope="col">{c.response}</th>
                {isAdmin && (
                  <th scope="col">
                    <span class="visually-hidden">{c.actions}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((delivery) => {
                const when = formatDateTime(delivery.at, lang);
                const ok = delivery.responseStatus !== null && delivery.responseStatus < 300;
                return (
                  <tr key={delivery.id}>
                    <td>
                      <time dateTime={new Date(delivery.at).toISOString()}>{when}</time>
                    </td>
                    <td class="mono">{delivery.event}</td>
                    <td>{delivery.attempt}</td>
                    <td>
                      <span class={`badge ${ok ? 'badge-retained' : 'badge-declined'}`}>
                        {delivery.responseStatus ?? h.noAnswer}
                      </span>
                      {delivery.deliveryState && (
                        <span class="muted cell-note">
                          {h.deliveryStates[delivery.deliveryState]}
                          {delivery.nextAttemptAt && delivery.deliveryState === 'retrying'
                            ? ` · ${h.nextAttempt(formatDateTime(delivery.nextAttemptAt, lang))}`
                            : ''}
                        </span>
                      )}
                    </td>
                    <td>{h.durationMs(delivery.durationMs)}</td>
                    <td class="cell-response">
                      {delivery.error && <span class="cell-note">{delivery.error}</span>}
                      {delivery.responseBody && (
                        <code class="mono" title={delivery.responseBody}>
                          {excerpt(delivery.responseBody)}
                        </code>
                      )}
                    </td>
                    {isAdmin && (
                      <td class="cell-actions">
                        <button
                          type="button"
                          class="button button-quiet button-small"
                          onClick={() => replay(delivery)}
                          aria-label={h.replayLabel(delivery.event, when)}
                        >
                          {h.replay}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        cursor={next.value}
        busy={loading.value}
        label={h.olderDeliveries}
        onMore={(cursor) => load(cursor)}
        footerClass="panel-footer"
      />
    </ResultsPanel>
  );
}
