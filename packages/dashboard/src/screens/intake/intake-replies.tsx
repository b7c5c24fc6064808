/**
 * Replies to the prospect by email (issue 15): the ones sent, oldest first, and a form to send one.
 * The first reply is first contact: the answer shows the intake with its clock stopped.
 */
import { useSignal } from '@preact/signals';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Field } from '../../ui/field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { IntakeModel } from './intake-model.ts';

export function IntakeReplies({ intake }: { intake: IntakeModel }) {
  const t = useMessages();
  const m = t.messaging.intakeReplies;
  const { i18n, announcer } = useDashboard();
  const body = useSignal('');
  const missing = useSignal(false);
  const detail = intake.detail.value;
  const replies = detail?.replies ?? [];
  const failed = intake.actionProblem.value;
  const hasEmail = Boolean(detail?.fields.email);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = body.value.trim();
    missing.value = text === '';
    if (missing.value) return;
    if (await intake.reply(text)) {
      body.value = '';
      announcer.announce(m.sent);
    }
  };

  return (
    <section class="panel" aria-labelledby="replies-title">
      <h2 id="replies-title" class="panel-title">
        {m.title}
      </h2>
      {replies.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : (
        <ol class="notes">
          {replies.map((reply) => (
            <li key={reply.id} class="note">
              <p class="note-meta">
                <strong>{reply.author.name}</strong> ·{' '}
                <time dateTime={new Date(reply.createdAt).toISOString()}>
                  {formatDateTime(reply.createdAt, i18n.lang.value)}
                </time>
              </p>
              <p class="pre-wrap note-body">{reply.body}</p>
            </li>
          ))}
        </ol>
      )}
      {hasEmail ? (
        <form class="form note-form" onSubmit={onSubmit} noValidate>
          <Field label={m.label} hint={m.hint} error={missing.value ? t.fieldErrors.required : undefined}>
            {(ids) => (
              <textarea
                {...ids}
                rows={5}
                maxLength={5000}
                value={body.value}
                onInput={(e) => {
                  body.value = e.currentTarget.value;
                }}
              />
            )}
          </Field>
          {failed?.action === 'reply' && <ProblemAlert problem={failed.problem} />}
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={intake.busy.value !== null}>
              {intake.busy.value === 'reply' ? m.sending : m.send}
            </button>
          </div>
        </form>
      ) : (
        <p class="muted">{m.noEmail}</p>
      )}
    </section>
  );
}
