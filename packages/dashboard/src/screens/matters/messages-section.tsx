/** What the client wrote through the tracker, newest first; unread ones marked until staff mark them read. */
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import type { MatterModel } from './matter-model.ts';

export function MessagesSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { i18n } = useDashboard();
  const detail = model.detail.value!;
  return (
    <section class="panel" aria-labelledby="matter-messages">
      <h2 id="matter-messages" class="panel-title">
        {m.messagesTitle}
      </h2>
      {detail.messages.length === 0 ? (
        <p class="muted">{m.noMessages}</p>
      ) : (
        <ul class="matter-messages">
          {detail.messages.map((message) => (
            <li key={message.id} class={message.readAt === null ? 'message-unread' : undefined}>
              <p class="muted">
                <time dateTime={new Date(message.receivedAt).toISOString()}>
                  {formatDateTime(message.receivedAt, i18n.lang.value)}
                </time>{' '}
                {message.readAt === null && <span class="badge badge-new">{m.unread}</span>}
              </p>
              <p class="preserve-lines">{message.text}</p>
              {message.readAt === null && (
                <button
                  type="button"
                  class="button button-secondary"
                  disabled={model.busy.value}
                  onClick={() => model.act((api) => api.markRead(model.id, message.id))}
                >
                  {m.markRead}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
