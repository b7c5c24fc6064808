/**
 * The second step of signing in (issue 17): the password was right, now a code from the authenticator
 * app — or, from the link under it, one recovery code. The collector counts wrong codes like wrong
 * passwords (429 after a few).
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import { useEffect, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CodeInput, isTotpCode } from './code-input.tsx';

const isRecoveryCode = (text: string) => /^[a-z0-9]{15}$/.test(text.toLowerCase().replace(/[\s-]/g, ''));

export function SecondFactorScreen() {
  const t = useMessages();
  const m = t.security;
  const { api, session } = useDashboard();
  const recovery = useSignal(false);
  const code = useSignal('');
  const recoveryCode = useSignal('');
  const fieldError = useSignal<string | undefined>(undefined);
  const failed = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const busy = useSignal(false);
  const form = useRef<HTMLFormElement>(null);
  const switched = useRef(false);

  useEffect(() => {
    // Focus the field the user switched to; on arrival the heading has it (screen readers hear the step).
    if (switched.current) form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [recovery.value]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    failed.value = false;
    problem.value = null;
    const valid = recovery.value ? isRecoveryCode(recoveryCode.value) : isTotpCode(code.value);
    if (!valid) {
      fieldError.value = recovery.value ? m.invalidRecoveryFormat : m.invalidFormat;
      return;
    }
    fieldError.value = undefined;
    busy.value = true;
    try {
      const input = recovery.value ? { recoveryCode: recoveryCode.value } : { code: code.value.replace(/\s/g, '') };
      session.start(await api.twoFactor.secondFactor(input));
    } catch (error) {
      const { problem: answer } = await toApiProblem(error);
      if (answer.type === problemTypes.invalidCode) failed.value = true;
      // The waiting session ended (too slow): back to the password.
      else if (answer.type === problemTypes.unauthenticated) session.expire();
      else problem.value = answer;
      code.value = '';
      recoveryCode.value = '';
    } finally {
      busy.value = false;
    }
  };

  return (
    <>
      <PageHeader title={m.stepTitle} />
      <p>{recovery.value ? m.recoveryIntro : m.stepIntro}</p>
      {failed.value && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{m.invalidCode}</p>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      <form class="form" onSubmit={onSubmit} noValidate ref={form}>
        {recovery.value ? (
          <TextField
            label={m.recoveryCode}
            hint={m.recoveryHint}
            name="recovery-code"
            autoComplete="off"
            required
            value={recoveryCode.value}
            error={fieldError.value}
            onInput={(text) => {
              recoveryCode.value = text;
            }}
          />
        ) : (
          <CodeInput label={m.code} value={code} error={fieldError.value} />
        )}
        <button type="submit" class="button button-primary button-block" disabled={busy.value}>
          {busy.value ? m.verifying : m.verify}
        </button>
      </form>
      <p class="second-factor-switch">
        <button
          type="button"
          class="button-link"
          onClick={() => {
            switched.current = true;
            recovery.value = !recovery.value;
            fieldError.value = undefined;
            failed.value = false;
          }}
        >
          {recovery.value ? m.useApp : m.useRecovery}
        </button>
      </p>
      <p>
        <button type="button" class="button button-quiet" onClick={() => session.signOut()}>
          {m.signOut}
        </button>
      </p>
    </>
  );
}
