/** Creates an admin API key (name + access) and shows its token once, with a copy button and the warning. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type ApiKeyCreated, type ApiKeyScope, apiKeyScopes, createApiKey } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Field } from '../../ui/field.tsx';
import { type FieldErrors, submitChecked } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { SecretOnce } from './secret-once.tsx';

export function ApiKeyForm({ onCreated }: { onCreated: () => void }) {
  const t = useMessages();
  const k = t.integrations.keys;
  const { api, announcer } = useDashboard();
  const name = useSignal('');
  const scope = useSignal<ApiKeyScope>('read');
  const busy = useSignal(false);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const created = useSignal<ApiKeyCreated | null>(null);
  const scopeId = useId();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    const sent = await submitChecked(
      createApiKey,
      { name: name.value, scope: scope.value },
      async (input) => {
        created.value = await api.integrations.createKey(input);
      },
      { errors, problem },
    );
    busy.value = false;
    if (sent && created.value) {
      announcer.announce(k.created(created.value.key.name));
      name.value = '';
      onCreated();
    }
  };

  const nameError = errors.value.name ? fieldErrorMessage(errors.value.name, t) : undefined;
  if (created.value) {
    return (
      <SecretOnce
        label={k.tokenLabel}
        warning={k.tokenWarning}
        secret={created.value.token}
        copyLabel={k.copyToken}
        doneLabel={k.done}
        onDone={() => (created.value = null)}
      />
    );
  }
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <Field label={k.name} hint={k.nameHint} error={nameError} required>
        {(ids) => (
          <input
            {...ids}
            type="text"
            autoComplete="off"
            maxLength={80}
            value={name.value}
            onInput={(e) => {
              name.value = e.currentTarget.value;
            }}
          />
        )}
      </Field>
      <fieldset class="fieldset">
        <legend>{k.scope}</legend>
        {apiKeyScopes.map((option) => (
          <label key={option} class="scope-choice">
            <input
              type="radio"
              name={scopeId}
              value={option}
              checked={scope.value === option}
              onChange={() => (scope.value = option)}
              aria-describedby={`${scopeId}-${option}`}
            />
            <span>
              <strong>{k.scopes[option]}</strong>
              <span class="field-hint" id={`${scopeId}-${option}`}>
                {k.scopeHints[option]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <ProblemAlert problem={problem.value} />
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy.value}>
          {busy.value ? k.creating : k.create}
        </button>
      </div>
    </form>
  );
}
