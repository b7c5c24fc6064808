/** A key's use log in a dialog: time, method, route pattern and status, newest first, older pages on demand. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { ApiKey, ApiKeyUse } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';

export function ApiKeyUsesDialog({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const t = useMessages();
  const k = t.integrations.keys;
  const { api, i18n } = useDashboard();
  const uses = useSignal<ApiKeyUse[] | null>(null);
  const next = useSignal<string | null>(null);
  const loading = useSignal(false);
  const problem = useSignal<Problem | null>(null);

  const load = async (cursor?: string) => {
    if (!apiKey) return;
    loading.value = true;
    problem.value = null;
    try {
      const page = await api.integrations.keyUses(apiKey.id, cursor);
      uses.value = cursor ? [...(uses.value ?? []), ...page.uses] : page.uses;
      next.value = page.next;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  };
  useEffect(() => {
    uses.value = null;
    next.value = null;
    void load();
  }, [apiKey?.id]);

  const list = uses.value;
  return (
    <Dialog
      open={apiKey !== null}
      title={apiKey ? k.usesTitle(apiKey.name) : ''}
      onClose={onClose}
      description={<p>{k.usesIntro}</p>}
    >
      <div aria-busy={loading.value}>
        {loading.value && !list && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={() => load()} />
        {list && list.length === 0 && <p class="muted">{k.usesEmpty}</p>}
        {list && list.length > 0 && (
          // No scroll box: the route wraps, so the table fits the dialog on a phone too.
          <table class="table uses-table">
            <caption class="visually-hidden">{apiKey ? k.usesLabel(apiKey.name) : ''}</caption>
            <thead>
              <tr>
                <th scope="col">{k.usesColumns.at}</th>
                <th scope="col">{k.usesColumns.request}</th>
                <th scope="col">{k.usesColumns.status}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((use, index) => (
                <tr key={`${use.at}-${index}`}>
                  <td>
                    <time dateTime={new Date(use.at).toISOString()}>{formatDateTime(use.at, i18n.lang.value)}</time>
                  </td>
                  <td>
                    <span class="mono">{use.method}</span> <span class="mono break-anywhere">{use.route}</span>
                  </td>
                  <td>
                    <span class={`badge ${use.status < 400 ? 'badge-retained' : 'badge-declined'}`}>{use.status}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div class="form-actions">
        {next.value && (
          <button
            type="button"
            class="button button-secondary"
            disabled={loading.value}
            onClick={() => load(next.value ?? undefined)}
          >
            {k.olderUses}
          </button>
        )}
        <button type="button" class="button button-secondary" data-autofocus onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    </Dialog>
  );
}
