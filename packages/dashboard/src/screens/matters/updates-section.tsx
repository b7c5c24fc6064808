/** Updates written for the client, newest first, and the next step with its expected date. */

import { useSignal } from '@preact/signals';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { personName } from '../../format/person-name.ts';
import { TextField } from '../../ui/text-field.tsx';
import type { MatterModel } from './matter-model.ts';

export function UpdatesSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { announcer, i18n } = useDashboard();
  const detail = model.detail.value!;
  const text = useSignal('');
  const post = async (event: Event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    if (await model.act((api) => api.postUpdate(model.id, text.value.trim()))) {
      text.value = '';
      announcer.announce(m.saved);
    }
  };
  return (
    <section class="panel" aria-labelledby="matter-updates">
      <h2 id="matter-updates" class="panel-title">
        {m.updatesTitle}
      </h2>
      <form onSubmit={post} class="form-stack">
        <TextField label={m.updateText} rows={3} value={text.value} onInput={(v) => (text.value = v)} />
        <div>
          <button type="submit" class="button button-primary" disabled={model.busy.value}>
            {m.postUpdate}
          </button>
        </div>
      </form>
      {detail.updates.length === 0 ? (
        <p class="muted">{m.noUpdates}</p>
      ) : (
        <ul class="matter-updates">
          {detail.updates.map((update) => (
            <li key={update.id}>
              <p class="muted">
                <time dateTime={new Date(update.createdAt).toISOString()}>
                  {formatDateTime(update.createdAt, i18n.lang.value)}
                </time>
                {update.authorName
                  ? ` · ${personName({ name: update.authorName, former: update.authorFormer }, t)}`
                  : ''}
              </p>
              <p class="preserve-lines">{update.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function NextStepSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { announcer } = useDashboard();
  const detail = model.detail.value!;
  const text = useSignal(detail.nextStep?.text ?? '');
  const date = useSignal(detail.nextStep?.expectedDate ?? '');
  const save = async (event: Event) => {
    event.preventDefault();
    const input = text.value.trim()
      ? { text: text.value.trim(), ...(date.value ? { expectedDate: date.value } : {}) }
      : { text: null };
    if (await model.act((api) => api.setNextStep(model.id, input))) announcer.announce(m.saved);
  };
  return (
    <form class="panel form-stack" onSubmit={save} aria-labelledby="matter-next">
      <h2 id="matter-next" class="panel-title">
        {m.nextStepTitle}
      </h2>
      <TextField label={m.nextStepText} value={text.value} onInput={(v) => (text.value = v)} />
      <TextField label={m.nextStepDate} type="date" value={date.value} onInput={(v) => (date.value = v)} />
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={model.busy.value}>
          {m.saveNextStep}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={model.busy.value}
          onClick={async () => {
            text.value = '';
            date.value = '';
            if (await model.act((api) => api.setNextStep(model.id, { text: null }))) announcer.announce(m.saved);
          }}
        >
          {m.clearNextStep}
        </button>
      </div>
    </form>
  );
}
