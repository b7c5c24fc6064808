/**
 * First start: the person who installed Retainer creates the firm and its first admin with the
 * one-time token from the setup link (`/dashboard/setup#token=…`).
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import { setupAdmin } from '@retainer/schema/admin';
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

export function SetupScreen() {
  const t = useMessages();
  const { api, session, router } = useDashboard();
  const token = useSignal(fragmentToken());
  const firmName = useSignal('');
  const name = useSignal('');
  const email = useSignal('');
  const password = useSignal('');
  const confirm = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const errors = useSignal<FieldErrors>({});
  const done = useSignal(false);

  useEffect(() => {
    api.setupStatus().then(
      (status) => {
        done.value = !status.needed;
      },
      () => {},
    );
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    const values = { token: token.value, firmName: firmName.value, name: name.value, email: email.value };
    const checked = checkInput(setupAdmin, { ...values, password: password.value });
    const found = 'errors' in checked ? { ...checked.errors } : {};
    if (confirm.value !== password.value) found.confirm = 'password_mismatch';
    errors.value = found;
    if ('errors' in checked || found.confirm) return;
    busy.value = true;
    try {
      session.start(await api.setup(checked.data));
      forgetFragment();
      // The sites list: it offers "Add site" when there is none, and the demo site when it was seeded.
      router.navigate(paths.sites);
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      problem.value =
        answer.type === problemTypes.invalidToken
          ? { ...answer, title: t.auth.setupFailed, type: 'about:blank' }
          : answer;
      errors.value = problemFieldErrors(answer);
    } finally {
      busy.value = false;
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  return (
    <>
      <PageHeader title={t.auth.setupTitle} description={t.auth.setupIntro} />
      {done.value && (
        <div class="alert alert-info" role="status">
          <p class="alert-title">{t.auth.setupDone}</p>
          <Link href={paths.signIn}>{t.auth.signIn}</Link>
        </div>
      )}
      {!token.value && !done.value && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{t.auth.missingToken}</p>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      <form class="form" onSubmit={onSubmit} noValidate>
        <p class="form-note">{t.common.requiredNote}</p>
        <TextInput
          label={t.auth.firmName}
          name="organization"
          autoComplete="organization"
          value={firmName}
          error={error('firmName')}
        />
        <TextInput label={t.auth.name} name="name" autoComplete="name" value={name} error={error('name')} />
        <TextInput
          label={t.auth.email}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          error={error('email')}
        />
        <NewPasswordFields
          label={t.auth.password}
          hint={t.auth.passwordHint}
          confirmLabel={t.auth.confirmPassword}
          password={password}
          confirm={confirm}
          error={error}
        />
        <button type="submit" class="button button-primary button-block" disabled={busy.value || !token.value}>
          {busy.value ? t.auth.creating : t.auth.createAccount}
        </button>
      </form>
    </>
  );
}
