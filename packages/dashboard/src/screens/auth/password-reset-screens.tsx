/**
 * Forgot password (issue 15): ask for a link (`/dashboard/forgot-password`; the same answer whether or not
 * the address has an account), then choose a new password with it (`/dashboard/reset-password#token=…`:
 * the token stays in the fragment, never sent to a server in a URL). Setting it ends every session.
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import { passwordResetConfirm, passwordResetRequest } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { checkInput, type FieldErrors, problemFieldErrors } from '../../ui/form-errors.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { forgetFragment, fragmentToken } from './fragment-token.ts';
import { NewPasswordFields, TextInput } from './text-input.tsx';

export function ForgotPasswordScreen() {
  const t = useMessages();
  const m = t.messaging.forgot;
  const { api, i18n } = useDashboard();
  const email = useSignal('');
  const busy = useSignal(false);
  const sent = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const errors = useSignal<FieldErrors>({});

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    const checked = checkInput(passwordResetRequest, { email: email.value });
    if ('errors' in checked) {
      errors.value = checked.errors;
      return;
    }
    errors.value = {};
    busy.value = true;
    try {
      await api.messaging.requestPasswordReset(checked.data.email, i18n.lang.value);
      sent.value = true;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  return (
    <>
      <PageHeader title={m.title} description={m.intro} />
      {sent.value ? (
        <p class="alert alert-info" role="status">
          {m.sent}
        </p>
      ) : (
        <>
          <ProblemAlert problem={problem.value} />
          <form class="form" onSubmit={onSubmit} noValidate>
            <TextInput
              label={m.email}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              error={error('email')}
            />
            <button type="submit" class="button button-primary button-block" disabled={busy.value}>
              {busy.value ? m.sending : m.submit}
            </button>
          </form>
        </>
      )}
      <p>
        <Link href={paths.signIn}>{m.back}</Link>
      </p>
    </>
  );
}

export function ResetPasswordScreen() {
  const t = useMessages();
  const m = t.messaging.reset;
  const { api } = useDashboard();
  const token = useSignal(fragmentToken());
  const password = useSignal('');
  const confirm = useSignal('');
  const busy = useSignal(false);
  const state = useSignal<'checking' | 'ready' | 'invalid' | 'done'>(token.value ? 'checking' : 'invalid');
  const problem = useSignal<Problem | null>(null);
  const errors = useSignal<FieldErrors>({});

  useEffect(() => {
    if (!token.value) return;
    api.messaging.checkPasswordReset(token.value).then(
      ({ valid }) => {
        state.value = valid ? 'ready' : 'invalid';
      },
      async (error) => {
        problem.value = (await toApiProblem(error)).problem;
      },
    );
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    const checked = checkInput(passwordResetConfirm, { token: token.value ?? '', password: password.value });
    const found = 'errors' in checked ? { ...checked.errors } : {};
    if (confirm.value !== password.value) found.confirm = 'password_mismatch';
    errors.value = found;
    if ('errors' in checked || found.confirm) return;
    busy.value = true;
    try {
      await api.messaging.confirmPasswordReset(checked.data.token, checked.data.password);
      forgetFragment();
      state.value = 'done';
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      if (answer.type === problemTypes.invalidToken) state.value = 'invalid';
      else problem.value = answer;
      errors.value = problemFieldErrors(answer);
    } finally {
      busy.value = false;
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  return (
    <>
      <PageHeader title={m.title} />
      <ProblemAlert problem={problem.value} />
      {state.value === 'checking' && <p role="status">{m.checking}</p>}
      {state.value === 'invalid' && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{m.invalid}</p>
          <p>
            <Link href={paths.forgotPassword}>{t.messaging.forgot.link}</Link>
          </p>
        </div>
      )}
      {state.value === 'done' && (
        <p class="alert alert-info" role="status">
          {m.done} <Link href={paths.signIn}>{m.signIn}</Link>
        </p>
      )}
      {state.value === 'ready' && (
        <form class="form" onSubmit={onSubmit} noValidate>
          <NewPasswordFields
            label={m.password}
            hint={m.hint}
            confirmLabel={t.auth.confirmPassword}
            password={password}
            confirm={confirm}
            error={error}
          />
          <button type="submit" class="button button-primary button-block" disabled={busy.value}>
            {busy.value ? m.saving : m.submit}
          </button>
        </form>
      )}
    </>
  );
}
