/**
 * "Confirm it is you" before turning two-factor off or making new recovery codes: a current code from
 * the app, or the password. Wrong answers count like wrong sign-ins on the collector.
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import type { ReauthenticateInput } from '@retainer/schema/admin';
import { useEffect, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useMessages } from '../../app-context.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CodeInput, isTotpCode } from './code-input.tsx';

type Props = {
  title: string;
  hint: string;
  action: string;
  danger?: boolean;
  onConfirm: (proof: ReauthenticateInput) => Promise<void>;
  onCancel: () => void;
};

export function ConfirmIdentity({ title, hint, action, danger, onConfirm, onCancel }: Props) {
  const t = useMessages();
  const m = t.security;
  const withPassword = useSignal(false);
  const code = useSignal('');
  const password = useSignal('');
  const fieldError = useSignal<string | undefined>(undefined);
  const problem = useSignal<Problem | null>(null);
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    if (!withPassword.value && !isTotpCode(code.value)) {
      fieldError.value = m.invalidFormat;
      return;
    }
    if (withPassword.value && !password.value) {
      fieldError.value = t.fieldErrors.required;
      return;
    }
    fieldError.value = undefined;
    busy.value = true;
    try {
      await onConfirm(withPassword.value ? { password: password.value } : { code: code.value.replace(/\s/g, '') });
    } catch (error) {
      const { problem: answer } = await toApiProblem(error);
      if (answer.type === problemTypes.invalidCode) fieldError.value = m.invalidCode;
      else if (answer.type === problemTypes.invalidCredentials) fieldError.value = m.wrongPassword;
      else problem.value = answer;
      code.value = '';
      password.value = '';
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="panel" aria-labelledby="confirm-identity-title">
      <h2 id="confirm-identity-title" class="panel-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p>{hint}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <p class="field-hint">{m.proveTitle}</p>
        <ProblemAlert problem={problem.value} />
        {withPassword.value ? (
          <TextField
            label={m.proveWithPassword}
            name="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={password.value}
            error={fieldError.value}
            onInput={(text) => {
              password.value = text;
            }}
          />
        ) : (
          <CodeInput label={m.proveWithCode} value={code} error={fieldError.value} />
        )}
        <p>
          <button
            type="button"
            class="button-link"
            onClick={() => {
              withPassword.value = !withPassword.value;
              fieldError.value = undefined;
            }}
          >
            {withPassword.value ? m.useCode : m.usePassword}
          </button>
        </p>
        <div class="button-row">
          <button type="submit" class={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy.value}>
            {busy.value ? m.confirming : action}
          </button>
          <button type="button" class="button button-quiet" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
