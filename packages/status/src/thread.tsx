/**
 * Issue 15: the conversation with the firm (the client's messages and the firm's replies, oldest first) and
 * the client's choice to be emailed when the matter has an update. Shown only when the collector sends them.
 */

import { longDate } from './format.ts';
import type { StatusModel } from './model.ts';

export function Thread({ model, lang }: { model: StatusModel; lang: string }) {
  const t = model.t.value!;
  const thread = model.matter.value?.thread ?? [];
  if (thread.length === 0) return null;
  return (
    <section class="section" aria-labelledby="s-thread" part="thread">
      <h3 id="s-thread">{t.thread}</h3>
      <ol class="updates">
        {thread.map((entry) => (
          <li key={entry.id}>
            <p class="hint">
              {entry.from === 'client' ? t.you : (entry.author ?? t.firm)},{' '}
              <time dateTime={new Date(entry.at).toISOString()}>{longDate(entry.at, lang)}</time>
            </p>
            <p class="text">{entry.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function NotifyChoice({ model }: { model: StatusModel }) {
  const t = model.t.value!;
  const on = model.matter.value?.notifyUpdates;
  if (on === undefined) return null;
  const state = model.notifyState.value;
  return (
    <section class="section" part="notify">
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          disabled={state === 'saving'}
          onChange={(e) => model.setNotify(e.currentTarget.checked)}
          aria-describedby="s-notify-hint"
        />{' '}
        {t.notify}
      </label>
      <p id="s-notify-hint" class="hint">
        {t.notifyHint}
      </p>
      <p class={state === 'failed' ? 'error' : 'sent'} role="status">
        {state === 'saved' ? (on ? t.notifyOn : t.notifyOff) : state === 'failed' ? t.notifyFailed : ''}
      </p>
    </section>
  );
}
