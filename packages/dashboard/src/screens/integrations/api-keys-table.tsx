/** The firm's API keys: name, access, hint, who made it and when, last use, state; uses and revoke per key. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { ApiKey } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ApiKeyUsesDialog } from './api-key-uses-dialog.tsx';

function When({ at }: { at: number }) {
  const { i18n } = useDashboard();
  return <time dateTime={new Date(at).toISOString()}>{formatDateTime(at, i18n.lang.value)}</time>;
}

export function ApiKeysTable({ keys, onChanged }: { keys: readonly ApiKey[]; onChanged: () => void }) {
  const t = useMessages();
  const k = t.integrations.keys;
  const { api, i18n, announcer } = useDashboard();
  const revoking = useSignal<ApiKey | null>(null);
  const showing = useSignal<ApiKey | null>(null);
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);

  const revoke = async (key: ApiKey) => {
    busy.value = true;
    problem.value = null;
    revoking.value = null;
    try {
      await api.integrations.revokeKey(key.id);
      announcer.announce(k.revoked(key.name));
      onChanged();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };

  return (
    <>
      <ProblemAlert problem={problem.value} />
      <div class="table-scroll">
        <table class="table api-keys-table">
          <caption class="visually-hidden">{k.listTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{k.columns.name}</th>
              <th scope="col">{k.columns.scope}</th>
              <th scope="col">{k.columns.key}</th>
              <th scope="col">{k.columns.created}</th>
              <th scope="col">{k.columns.lastUsed}</th>
              <th scope="col">{k.columns.state}</th>
              <th scope="col">
                <span class="visually-hidden">{k.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} class={key.revokedAt ? 'row-muted' : undefined}>
                <th scope="row">{key.name}</th>
                <td>{k.scopes[key.scope]}</td>
                <td class="mono">{key.hint}…</td>
                <td>
                  <When at={key.createdAt} /> <span class="muted">{k.createdBy(key.createdBy.name)}</span>
                </td>
                <td>{key.lastUsedAt ? <When at={key.lastUsedAt} /> : <span class="muted">{k.neverUsed}</span>}</td>
                <td>
                  {key.revokedAt ? (
                    <span class="badge badge-declined">
                      {k.revokedOn(formatDateTime(key.revokedAt, i18n.lang.value))}
                    </span>
                  ) : (
                    <span class="badge badge-retained">{k.active}</span>
                  )}
                </td>
                <td class="cell-actions">
                  <button
                    type="button"
                    class="button button-quiet button-small"
                    onClick={() => (showing.value = key)}
                    aria-label={k.usesLabel(key.name)}
                  >
                    {k.uses}
                  </button>{' '}
                  {!key.revokedAt && (
                    <button
                      type="button"
                      class="button button-quiet button-small"
                      disabled={busy.value}
                      onClick={() => (revoking.value = key)}
                      aria-label={k.revokeLabel(key.name)}
                    >
                      {k.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={revoking.value !== null}
        title={revoking.value ? k.revokeTitle(revoking.value.name) : ''}
        onClose={() => (revoking.value = null)}
        description={<p>{k.revokeBody}</p>}
      >
        <div class="form-actions">
          <button
            type="button"
            class="button button-danger"
            disabled={busy.value}
            onClick={() => revoking.value && revoke(revoking.value)}
          >
            {k.revokeConfirm}
          </button>
          <button type="button" class="button button-secondary" data-autofocus onClick={() => (revoking.value = null)}>
            {t.common.cancel}
          </button>
        </div>
      </Dialog>
      <ApiKeyUsesDialog apiKey={showing.value} onClose={() => (showing.value = null)} />
    </>
  );
}
