/**
 * Adds a webhook endpoint, or edits one: URL, description, events (checkboxes from the schema's catalogue) and the
 * include-personal-data switch, whose warning shows when it is on. After adding, the signing secret is shown once;
 * editing keeps the secret.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import {
  createWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookEvent,
  webhookEvents,
} from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Field } from '../../ui/field.tsx';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { SecretOnce } from './secret-once.tsx';

type WebhookFormProps =
  | { site: string; endpoint?: undefined; onAdded: () => void }
  | { site: string; endpoint: WebhookEndpoint; onSaved: (endpoint: WebhookEndpoint) => void; onCancel: () => void };

export function WebhookForm(props: WebhookFormProps) {
  const { site, endpoint } = props;
  const t = useMessages();
  const h = t.integrations.hooks;
  const { api, announcer } = useDashboard();
  const url = useSignal(endpoint?.url ?? '');
  const description = useSignal(endpoint?.description ?? '');
  const events = useSignal<WebhookEvent[]>(endpoint ? [...endpoint.events] : ['intake.submitted']);
  const personal = useSignal(endpoint?.includePersonalData ?? false);
  const busy = useSignal(false);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const secret = useSignal<string | null>(null);
  const eventsId = useId();
  const personalId = useId();

  const toggle = (event: WebhookEvent, on: boolean) => {
    const chosen = new Set(events.value);
    if (on) chosen.add(event);
    else chosen.delete(event);
    // Catalogue order, whatever order they were ticked in.
    events.value = webhookEvents.filter((e) => chosen.has(e));
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    const input = {
      url: url.value,
      description: description.value,
      events: events.value,
      includePersonalData: personal.value,
    };
    if (props.endpoint) {
      const { id } = props.endpoint;
      const { onSaved } = props;
      let saved: WebhookEndpoint | undefined;
      await submitChecked(
        updateWebhookEndpoint,
        input,
        async (data) => {
          saved = await api.integrations.updateEndpoint(site, id, data);
        },
        { errors, problem },
      );
      busy.value = false;
      if (saved) {
        announcer.announce(h.saved);
        onSaved(saved);
      }
      return;
    }
    const { onAdded } = props;
    const sent = await submitChecked(
      createWebhookEndpoint,
      input,
      async (data) => {
        secret.value = (await api.integrations.createEndpoint(site, data)).secret;
      },
      { errors, problem },
    );
    busy.value = false;
    if (sent) {
      announcer.announce(h.added);
      url.value = '';
      description.value = '';
      personal.value = false;
      onAdded();
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  if (secret.value) {
    return (
      <SecretOnce
        label={h.secretLabel}
        warning={h.secretWarning}
        secret={secret.value}
        copyLabel={h.copySecret}
        doneLabel={h.done}
        onDone={() => (secret.value = null)}
      />
    );
  }
  const eventsError = error('events');
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <Field label={h.url} hint={h.urlHint} error={error('url')} required>
        {(ids) => (
          <input
            {...ids}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="https://"
            value={url.value}
            onInput={(e) => {
              url.value = e.currentTarget.value;
            }}
          />
        )}
      </Field>
      <Field label={h.description} hint={h.descriptionHint} error={error('description')}>
        {(ids) => (
          <input
            {...ids}
            type="text"
            maxLength={500}
            value={description.value}
            onInput={(e) => {
              description.value = e.currentTarget.value;
            }}
          />
        )}
      </Field>
      <fieldset
        class={`fieldset${eventsError ? ' field-invalid' : ''}`}
        aria-describedby={`${eventsId}-hint${eventsError ? ` ${eventsId}-error` : ''}`}
      >
        <legend>
          {h.events}
          <span class="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <p class="field-hint" id={`${eventsId}-hint`}>
          {h.eventsHint}
        </p>
        <div class="checkbox-row">
          {webhookEvents.map((name) => (
            <label key={name} class="checkbox">
              <input
                type="checkbox"
                checked={events.value.includes(name)}
                onChange={(e) => toggle(name, e.currentTarget.checked)}
              />
              {h.eventNames[name]}
            </label>
          ))}
        </div>
        {eventsError && (
          <p class="field-error" id={`${eventsId}-error`}>
            {eventsError}
          </p>
        )}
      </fieldset>
      <div class="field">
        <label class="checkbox checkbox-block">
          <input
            type="checkbox"
            checked={personal.value}
            aria-describedby={`${personalId}-hint${personal.value ? ` ${personalId}-warning` : ''}`}
            onChange={(e) => (personal.value = e.currentTarget.checked)}
          />
          {h.personal}
        </label>
        <p class="field-hint" id={`${personalId}-hint`}>
          {h.personalHint}
        </p>
        {personal.value && (
          <p class="alert alert-warning" id={`${personalId}-warning`} role="note">
            {h.personalWarning}
          </p>
        )}
      </div>
      <ProblemAlert problem={problem.value} />
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy.value}>
          {endpoint ? (busy.value ? h.saving : h.save) : busy.value ? h.adding : h.add}
        </button>
        {props.endpoint && (
          <button type="button" class="button button-secondary" disabled={busy.value} onClick={props.onCancel}>
            {t.common.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
