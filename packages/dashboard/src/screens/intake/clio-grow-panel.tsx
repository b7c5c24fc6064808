/**
 * Clio Grow on the intake (issue 16): "Send to Clio Grow", the conflict check that holds automatic pushes back
 * (and the button that clears it), and every push with its state, the fields it carried (names only) and
 * Clio's answer.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { ClioGrowPush, ClioGrowStatus, IntakeDetail } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type ClioGrowPanelProps = {
  detail: IntakeDetail;
  /** After staff cleared the conflict check here, so the intake's conflict box can say so. */
  onConflictCleared?: () => void;
};

export function ClioGrowPanel({ detail, onConflictCleared }: ClioGrowPanelProps) {
  const t = useMessages();
  const m = t.clioGrow;
  const { api, announcer, i18n } = useDashboard();
  const status = useSignal<ClioGrowStatus | null>(null);
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const lang = i18n.lang.value;

  const run = async (action: () => Promise<ClioGrowStatus>, done?: string, then?: () => void) => {
    busy.value = true;
    problem.value = null;
    try {
      status.value = await action();
      if (done) announcer.announce(done);
      then?.();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };
  useEffect(() => {
    status.value = null;
    void run(() => api.clioGrow.status(detail.id));
  }, [detail.id, detail.state]);

  const s = status.value;
  if (!s) return <ProblemAlert problem={problem.value} />;
  const sendable = !detail.erased && detail.state !== 'spam';
  return (
    <section class="panel" aria-labelledby="clio-grow-panel-title">
      <h2 id="clio-grow-panel-title" class="panel-title">
        {m.title}
      </h2>
      {!s.configured ? (
        <p class="muted">{m.panelNotConnected}</p>
      ) : (
        <>
          {s.auto && <p class="muted">{m.autoOn}</p>}
          <p>
            {s.conflictCheck === 'cleared' && s.clearedBy
              ? m.conflict.cleared(s.clearedBy.name, formatDateTime(s.clearedBy.at, lang))
              : m.conflict[s.conflictCheck === 'flagged' ? 'flagged' : 'clear']}
          </p>
          <div class="clio-grow-actions">
            {s.conflictCheck === 'flagged' && (
              <button
                type="button"
                class="button button-secondary"
                disabled={busy.value}
                onClick={() =>
                  void run(() => api.clioGrow.clearConflict(detail.id), m.clearedAnnounce, onConflictCleared)
                }
              >
                {m.clearConflict}
              </button>
            )}
            {sendable && (
              <button
                type="button"
                class="button button-primary"
                disabled={busy.value}
                onClick={() => void run(() => api.clioGrow.push(detail.id), m.queued)}
              >
                {busy.value ? m.sending : s.pushes.length > 0 ? m.sendAgain : m.send}
              </button>
            )}
          </div>
        </>
      )}
      <ProblemAlert problem={problem.value} />
      {s.pushes.length > 0 && (
        <>
          <h3 class="clio-grow-pushes-title">{m.pushes}</h3>
          <ul class="plain-list clio-grow-pushes">
            {s.pushes.map((push) => (
              <PushEntry key={push.id} push={push} />
            ))}
          </ul>
          <button
            type="button"
            class="button button-secondary"
            disabled={busy.value}
            onClick={() => void run(() => api.clioGrow.status(detail.id))}
          >
            {m.refresh}
          </button>
        </>
      )}
    </section>
  );
}

function PushEntry({ push }: { push: ClioGrowPush }) {
  const t = useMessages();
  const m = t.clioGrow;
  const { i18n } = useDashboard();
  const lang = i18n.lang.value;
  return (
    <li>
      <p>
        <strong>{m.states[push.state]}</strong> · {push.by ? m.byHand(push.by.name) : m.byItself} ·{' '}
        <time dateTime={new Date(push.createdAt).toISOString()}>{formatDateTime(push.createdAt, lang)}</time> ·{' '}
        {m.attempts(push.attempts)}
      </p>
      <p class="muted">
        {m.fieldsSent}: {push.fields.map((field) => m.fields[field]).join(', ')}
      </p>
      {push.answer && (
        <p class="muted">
          {m.answer(push.answer.status)}
          {push.answer.excerpt && (
            <>
              : <code class="clio-excerpt">{push.answer.excerpt.slice(0, 160)}</code>
            </>
          )}
        </p>
      )}
      {/* The collector's reason, unless it only repeats the answer shown above. */}
      {push.lastError && push.state !== 'sent' && push.lastError !== `Clio Grow answered ${push.answer?.status}` && (
        <p class="muted">{push.lastError}</p>
      )}
      {push.nextAttemptAt !== null && push.state === 'retrying' && (
        <p class="muted">{m.nextAttempt(formatDateTime(push.nextAttemptAt, lang))}</p>
      )}
    </li>
  );
}
