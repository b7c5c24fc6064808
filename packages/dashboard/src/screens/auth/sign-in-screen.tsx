/** Sign-in: email and password. Every failure reads the same, whatever the collector knows. */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import { signIn } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { Field } from '../../ui/field.tsx';
import { checkInput, type FieldErrors } from '../../ui/form-errors.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';

export function SignInScreen() {
  const t = useMessages();
  const { api, session } = useDashboard();
  const email = useSignal('');
  const password = useSignal('');
  const busy = useSignal(false);
  const failed = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const errors = useSignal<FieldErrors>({});
  const setupNeeded = useSignal(false);

  useEffect(() => {
    api.setupStatus().then(
      (status) => {
        setupNeeded.value = status.needed;
      },
      () => {},
    );
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    failed.value = false;
    problem.value = null;
    const checked = checkInput(signIn, { email: email.value, password: password.value });
    if ('errors' in checked) {
      errors.value = checked.errors;
      return;
    }
    errors.value = {};
    busy.value = true;
    try {
      session.start(await api.signIn(checked.data));
    } catch (error) {
      const { problem: answer } = await toApiProblem(error);
      // Wrong password and unknown email are one answer; anything else (429, network) says what it is.
      if (answer.type === problemTypes.invalidCredentials || answer.status === 401) failed.value = true;
      else problem.value = answer;
      password.value = '';
    } finally {
      busy.value = false;
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  return (
    <>
      <PageHeader title={t.auth.signInTitle} />
      {session.expired.value && (
        <p class="alert alert-info" role="status">
          {t.problems.sessionEnded}
        </p>
      )}
      {failed.value && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{t.auth.signInFailed}</p>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      <form class="form" onSubmit={onSubmit} noValidate>
        <Field label={t.auth.email} error={error('email')} required>
          {(ids) => (
            <input
              {...ids}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email.value}
              onInput={(e) => {
                email.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        <Field label={t.auth.password} error={error('password')} required>
          {(ids) => (
            <input
              {...ids}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password.value}
              onInput={(e) => {
                password.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        <button type="submit" class="button button-primary button-block" disabled={busy.value}>
          {busy.value ? t.auth.signingIn : t.auth.signIn}
        </button>
      </form>
      <p>
        <Link href={paths.forgotPassword}>{t.messaging.forgot.link}</Link>
      </p>
      {setupNeeded.value && <p class="alert alert-info">{t.auth.firstTime}</p>}
    </>
  );
}
