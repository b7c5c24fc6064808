/**
 * Replies to the client (issue 15), oldest first, beside their messages (the section above): the tracker
 * shows both as one thread. A reply answers the latest message; and whether they asked for update emails.
 */
import { useSignal } from '@preact/signals';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Field } from '../../ui/field.tsx';
import type { MatterModel } from './matter-model.ts';

export function ClientConversation({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.messaging.matterReplies;
  const { i18n, api, announcer } = useDashboard();
  const body = useSignal('');
  const missing = useSignal(false);
  const detail = model.detail.value!;
  const thread = (detail.replies ?? []).map((r) => ({ id: r.id, who: r.author.name, text: r.body, at: r.createdAt }));
  const latestMessage = [...detail.messages].sort((a, b) => b.receivedAt - a.receivedAt)[0];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = body.value.trim();
    missing.value = text === '';
    if (missing.value) return;
    if (await model.act(() => api.messaging.replyToClient(model.id, text, latestMessage?.id))) {
      body.value = '';
      announcer.announce(m.sent);
    }
  };

  return (
    <section class="panel" aria-labelledby="client-conversation">
      <h2 id="client-conversation" class="panel-title">
        {m.title}
      </h2>
      <p class="muted">{detail.notifyUpdates ? m.notifyOn : m.notifyOff}</p>
      {thread.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : (
        <ol class="notes">
          {thread.map((entry) => (
            <li key={entry.id} class="note">
              <p class="note-meta">
                <strong>{entry.who}</strong> ·{' '}
                <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, i18n.lang.value)}</time>
              </p>
              <p class="pre-wrap note-body">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form class="form note-form" onSubmit={onSubmit} noValidate>
        <Field label={m.label} hint={m.hint} error={missing.value ? t.fieldErrors.required : undefined}>
          {(ids) => (
            <textarea
              {...ids}
              rows={4}
              maxLength={5000}
              value={body.value}
              onInput={(e) => {
                body.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={model.busy.value}>
            {model.busy.value ? m.sending : m.send}
          </button>
        </div>
      </form>
    </section>
  );
}
