/**
 * One webhook endpoint (`/dashboard/webhooks/:id?site=…`, issue 16): its details and state; for admins edit its URL,
 * events, description and personal-data switch, send a test event, rotate the secret (shown once), pause or resume,
 * delete; and the delivery log with replay.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { WebhookEndpoint } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { IntegrationsTabs } from './integrations-tabs.tsx';
import { SecretOnce } from './secret-once.tsx';
import { DeliveryLog } from './webhook-deliveries.tsx';
import { WebhookForm } from './webhook-form.tsx';
import { EndpointState } from './webhook-format.tsx';

export function WebhookScreen({ id }: { id: string }) {
  const t = useMessages();
  const h = t.integrations.hooks;
  const { router, session } = useDashboard();
  const site = router.location.value.query.get('site') ?? '';
  const isAdmin = session.session.value?.user.role === 'admin';
  return (
    <>
      <PageHeader
        title={h.endpointTitle}
        actions={
          <Link href={paths.webhooks(site)} class="button button-secondary">
            {h.back}
          </Link>
        }
      />
      <IntegrationsTabs current="webhooks" site={site} />
      {isAdmin ? <Endpoint site={site} id={id} /> : <p class="alert alert-info">{t.integrations.adminOnly}</p>}
    </>
  );
}

function Endpoint({ site, id }: { site: string; id: string }) {
  const { api } = useDashboard();
  const endpoint = useSignal<WebhookEndpoint | null>(null);
  const problem = useSignal<Problem | null>(null);
  // Bumped after a test event or a replay, so the delivery log reads again.
  const sent = useSignal(0);

  const load = async () => {
    problem.value = null;
    try {
      endpoint.value = await api.integrations.getEndpoint(site, id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site, id]);

  const current = endpoint.value;
  return (
    <>
      {!current && !problem.value && <Loading />}
      <ProblemAlert problem={problem.value} onRetry={load} />
      {current && (
        <div class="stack">
          <EndpointPanel endpoint={current} onChanged={(next) => (endpoint.value = next)} onSent={() => sent.value++} />
          <DeliveryLog site={site} endpointId={current.id} reload={sent.value} onReplayed={() => sent.value++} />
        </div>
      )}
    </>
  );
}

type EndpointPanelProps = {
  endpoint: WebhookEndpoint;
  onChanged: (endpoint: WebhookEndpoint) => void;
  onSent: () => void;
};

function EndpointPanel({ endpoint, onChanged, onSent }: EndpointPanelProps) {
  const t = useMessages();
  const h = t.integrations.hooks;
  const { api, router, session, announcer, i18n } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const dialog = useSignal<'rotate' | 'delete' | null>(null);
  const secret = useSignal<string | null>(null);
  const editing = useSignal(false);
  const lang = i18n.lang.value;

  const act = async (work: () => Promise<string | undefined>) => {
    busy.value = true;
    problem.value = null;
    dialog.value = null;
    try {
      const done = await work();
      if (done) announcer.announce(done);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };
  const sendTest = () =>
    act(async () => {
      await api.integrations.sendTest(endpoint.site, endpoint.id);
      onSent();
      return h.testQueued;
    });
  const rotate = () =>
    act(async () => {
      secret.value = (await api.integrations.rotateSecret(endpoint.site, endpoint.id)).secret;
      onChanged(await api.integrations.getEndpoint(endpoint.site, endpoint.id));
      return h.rotated;
    });
  const setPaused = (paused: boolean) =>
    act(async () => {
      onChanged(await api.integrations.updateEndpoint(endpoint.site, endpoint.id, { paused }));
      return paused ? h.paused : h.resumed;
    });
  const remove = () =>
    act(async () => {
      await api.integrations.deleteEndpoint(endpoint.site, endpoint.id);
      router.navigate(paths.webhooks(endpoint.site));
      return h.deleted;
    });

  return (
    <section class="panel" aria-labelledby="webhook-details">
      <h2 id="webhook-details" class="panel-title">
        {h.details}
      </h2>
      {editing.value ? (
        <WebhookForm
          site={endpoint.site}
          endpoint={endpoint}
          onSaved={(next) => {
            editing.value = false;
            onChanged(next);
          }}
          onCancel={() => (editing.value = false)}
        />
      ) : (
        <dl class="meta-list">
          <dt>{h.url}</dt>
          <dd class="mono break-anywhere">{endpoint.url}</dd>
          <dt>{h.state}</dt>
          <dd>
            <EndpointState endpoint={endpoint} />
          </dd>
          <dt>{h.description}</dt>
          <dd>{endpoint.description || <span class="muted">{h.noDescription}</span>}</dd>
          <dt>{h.events}</dt>
          <dd>
            <ul class="inline-list">
              {endpoint.events.map((event) => (
                <li key={event}>{h.eventNames[event]}</li>
              ))}
            </ul>
          </dd>
          <dt>{h.columns.personal}</dt>
          <dd>{endpoint.includePersonalData ? h.personalOn : h.personalOff}</dd>
        </dl>
      )}
      {endpoint.previousSecretUntil && endpoint.previousSecretUntil > Date.now() && (
        <p class="muted">{h.previousSecretUntil(formatDateTime(endpoint.previousSecretUntil, lang))}</p>
      )}
      {secret.value && (
        <SecretOnce
          label={h.secretLabel}
          warning={h.secretWarning}
          secret={secret.value}
          copyLabel={h.copySecret}
          doneLabel={h.done}
          onDone={() => (secret.value = null)}
        />
      )}
      <ProblemAlert problem={problem.value} />
      {isAdmin && !editing.value && (
        <div class="form-actions webhook-actions">
          <button
            type="button"
            class="button button-secondary"
            disabled={busy.value}
            onClick={() => (editing.value = true)}
          >
            {h.edit}
          </button>
          <button type="button" class="button button-primary" disabled={busy.value} onClick={sendTest}>
            {busy.value ? h.sending : h.sendTest}
          </button>
          <button
            type="button"
            class="button button-secondary"
            disabled={busy.value}
            onClick={() => (dialog.value = 'rotate')}
          >
            {h.rotate}
          </button>
          <button
            type="button"
            class="button button-secondary"
            disabled={busy.value}
            onClick={() => setPaused(endpoint.state === 'active')}
          >
            {endpoint.state === 'active' ? h.pause : h.resume}
          </button>
          <button
            type="button"
            class="button button-danger"
            disabled={busy.value}
            onClick={() => (dialog.value = 'delete')}
          >
            {h.delete}
          </button>
        </div>
      )}
      <Dialog
        open={dialog.value !== null}
        title={dialog.value === 'rotate' ? h.rotateTitle : h.deleteTitle}
        onClose={() => (dialog.value = null)}
        description={<p>{dialog.value === 'rotate' ? h.rotateBody : h.deleteBody}</p>}
      >
        <div class="form-actions">
          <button
            type="button"
            class={`button ${dialog.value === 'rotate' ? 'button-primary' : 'button-danger'}`}
            disabled={busy.value}
            onClick={dialog.value === 'rotate' ? rotate : remove}
          >
            {dialog.value === 'rotate' ? h.rotateConfirm : h.deleteConfirm}
          </button>
          <button type="button" class="button button-secondary" data-autofocus onClick={() => (dialog.value = null)}>
            {t.common.cancel}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
