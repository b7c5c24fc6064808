/**
 * One message of the Outbox (`/dashboard/outbox/:id?site=…`, issue 15): its delivery record and the message
 * exactly as it is (or would be) sent. The HTML is framed with `sandbox=""` (no script, no same origin, no forms or
 * navigation) from its own address, whose policy allows the email's inline styles and nothing else; a `srcdoc`
 * frame would inherit the dashboard's policy, which blocks them, and the email would not look as sent.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { OutboxDetail } from '@retainer/schema/admin';
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { OutboxStateCell, reasonLabel, recipientLabel } from './outbox-format.tsx';

/** States "Retry now" applies to: anything not sent and not being sent right now. */
const retryable = new Set<OutboxDetail['state']>(['queued', 'retrying', 'failed', 'held']);

export function OutboxMessageScreen({ id }: { id: string }) {
  const t = useMessages();
  const { api, router, i18n, session, announcer } = useDashboard();
  const site = router.location.value.query.get('site') ?? '';
  const isAdmin = session.session.value?.user.role === 'admin';
  const message = useSignal<OutboxDetail | null>(null);
  const problem = useSignal<Problem | null>(null);
  const view = useSignal<'html' | 'text'>('html');
  const retrying = useSignal(false);
  const m = t.reach.message;
  const lang = i18n.lang.value;

  const load = async () => {
    problem.value = null;
    try {
      message.value = await api.outbox.get(site, id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, [site, id]);

  const retry = async () => {
    retrying.value = true;
    problem.value = null;
    try {
      const item = await api.outbox.retry(site, id);
      if (message.value) message.value = { ...message.value, ...item };
      announcer.announce(m.retried);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      retrying.value = false;
    }
  };

  const detail = message.value;
  const back = (
    <p class="breadcrumb">
      <Link href={paths.outbox({ site })}>
        <span aria-hidden="true">← </span>
        {m.back}
      </Link>
    </p>
  );
  if (!detail) {
    return (
      <>
        {back}
        <PageHeader title={t.reach.outbox.title} />
        {!problem.value && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={load} />
      </>
    );
  }
  const subject = detail.subject || m.untitled;
  const when = (ms: number | null) => (ms === null ? m.none : formatDateTime(ms, lang));
  const shown = view.value === 'html' && detail.html !== null ? 'html' : 'text';
  return (
    <>
      {back}
      <PageHeader
        title={subject}
        actions={
          retryable.has(detail.state) && (
            <button type="button" class="button button-primary" onClick={retry} disabled={retrying.value}>
              {retrying.value ? m.retrying : m.retry}
            </button>
          )
        }
      />
      <ProblemAlert problem={problem.value} />
      <section class="panel" aria-labelledby="message-delivery">
        <h2 id="message-delivery" class="panel-title">
          {m.details}
        </h2>
        <dl class="outbox-meta">
          <dt>{m.to}</dt>
          <dd>{recipientLabel(detail.to, isAdmin, t)}</dd>
          <dt>{m.from}</dt>
          <dd>{detail.from ?? m.instanceDefault}</dd>
          {detail.replyTo && (
            <>
              <dt>{m.replyTo}</dt>
              <dd>{detail.replyTo}</dd>
            </>
          )}
          <dt>{m.why}</dt>
          <dd>{reasonLabel(detail, t)}</dd>
          <dt>{m.state}</dt>
          <dd>
            <OutboxStateCell item={detail} />
          </dd>
          <dt>{m.created}</dt>
          <dd>{when(detail.createdAt)}</dd>
          {detail.sentAt !== null && (
            <>
              <dt>{m.sent}</dt>
              <dd>{when(detail.sentAt)}</dd>
            </>
          )}
          {detail.nextAttemptAt !== null && (
            <>
              <dt>{m.nextAttempt}</dt>
              <dd>{when(detail.nextAttemptAt)}</dd>
            </>
          )}
          {detail.lastError && (
            <>
              <dt>{m.lastError}</dt>
              <dd>{detail.lastError}</dd>
            </>
          )}
          <dt>{m.messageId}</dt>
          <dd class="outbox-message-id">{detail.messageId}</dd>
          {Object.entries(detail.headers).map(([name, value]) => (
            <Fragment key={name}>
              <dt>{name}</dt>
              <dd class="outbox-header-value">{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section class="panel" aria-labelledby="message-body">
        <div class="outbox-body-bar">
          <h2 id="message-body" class="panel-title">
            {m.body}
          </h2>
          {detail.html !== null && detail.text !== null && (
            <fieldset class="checkbox-row outbox-view">
              <legend class="visually-hidden">{m.body}</legend>
              {(['html', 'text'] as const).map((option) => (
                <label key={option} class="checkbox">
                  <input
                    type="radio"
                    name="message-view"
                    value={option}
                    checked={shown === option}
                    onChange={() => (view.value = option)}
                  />
                  {option === 'html' ? m.html : m.text}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        {detail.html === null && detail.text === null && <p class="muted">{m.purged}</p>}
        {shown === 'html' && detail.html !== null && (
          <iframe class="outbox-frame" sandbox="" src={api.outbox.bodyUrl(site, id)} title={m.htmlFrame(subject)} />
        )}
        {shown === 'text' && detail.text !== null && <pre class="outbox-text">{detail.text}</pre>}
      </section>
    </>
  );
}
