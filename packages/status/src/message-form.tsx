/** A short message to the lawyer, with a counter and a sent confirmation in a live region. */
import { SupportReference } from '@retainer/core';
import { maxStatusMessageLength } from '@retainer/schema';
import { useState } from 'preact/hooks';
import type { StatusModel } from './model.ts';

export function MessageForm({ model }: { model: StatusModel }) {
  const t = model.t.value!;
  const [text, setText] = useState('');
  const state = model.messageState.value;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await model.sendMessage(text.trim())) setText('');
  };
  const notice =
    state === 'sent' ? t.sent : state === 'limited' ? t.messageLimit : state === 'failed' ? t.messageFailed : '';
  return (
    <form class="section message" onSubmit={submit} part="message">
      <h3>
        <label for="s-message">{t.message}</label>
      </h3>
      <textarea
        id="s-message"
        class="input"
        rows={4}
        maxLength={maxStatusMessageLength}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (state !== 'sending' && state !== 'idle') model.messageState.value = 'idle';
        }}
        aria-describedby="s-message-hint"
      />
      <p id="s-message-hint" class="hint">
        {t.messageHint(maxStatusMessageLength)} {text.length}/{maxStatusMessageLength}
      </p>
      <p class={state === 'sent' ? 'sent' : 'error'} role="status">
        {notice}
      </p>
      {state === 'failed' && <SupportReference t={model.core} id={model.requestId.value} />}
      <button type="submit" class="button" aria-disabled={state === 'sending' ? 'true' : undefined}>
        {state === 'sending' ? t.sending : t.send}
      </button>
    </form>
  );
}
