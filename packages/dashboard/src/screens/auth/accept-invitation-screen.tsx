/** A colleague joins with the link an admin sent them (`/dashboard/accept-invitation#token=…`). */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import { acceptInvitation, type InvitationPreview } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { paths } from '../../router/routes.ts';
import { checkInput, type FieldErrors, problemFieldErrors } from '../../ui/form-errors.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';
import { forgetFragment, fragmentToken } from './fragment-token.ts';
import { NewPasswordFields, TextInput } from './text-input.tsx';

export function AcceptInvitationScreen() {
  const t = useMessages();
  const { api, session, router } = useDashboard();
  const token = useSignal(fragmentToken());
  const name = useSignal('');
  const password = useSignal('');
  const confirm = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const errors = useSignal<FieldErrors>({});
  const preview = useSignal<InvitationPreview | null>(null);
  const invalid = useSignal(false);

  useEffect(() => {
    if (!token.value) return;
    api.previewInvitation(token.value).then(
      (answer) => {
        preview.value = answer;
      },
      async (error) => {
        const answer = (await toApiProblem(error)).problem;
        if (answer.type === problemTypes.invalidToken) invalid.value = true;
        else problem.value = answer;
      },
    );
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    const checked = checkInput(acceptInvitation, { token: token.value, name: name.value, password: password.value });
    const found = 'errors' in checked ? { ...checked.errors } : {};
    if (confirm.value !== password.value) found.confirm = 'password_mismatch';
    errors.value = found;
    if ('errors' in checked || found.confirm) return;
    busy.value = true;
    try {
      session.start(await api.acceptInvitation(checked.data));
      forgetFragment();
      router.navigate(paths.inbox);
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      if (answer.type === problemTypes.invalidToken) invalid.value = true;
      else problem.value = answer;
      errors.value = problemFieldErrors(answer);
    } finally {
      busy.value = false;
    }
  };

  const error = (path: string) => (errors.value[path] ? fieldErrorMessage(errors.value[path], t) : undefined);
  return (
    <>
      <PageHeader title={t.auth.acceptTitle} description={t.auth.acceptIntro} />
      {preview.value && (
        <p class="invite-summary">
          {t.auth.invitedAs(preview.value.firmName, t.roles[preview.value.role], preview.value.email)}
        </p>
      )}
      {invalid.value && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{t.auth.acceptFailed}</p>
        </div>
      )}
      {!token.value && (
        <div class="alert alert-error" role="alert">
          <p class="alert-title">{t.auth.missingToken}</p>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      <form class="form" onSubmit={onSubmit} noValidate>
        <p class="form-note">{t.common.requiredNote}</p>
        <TextInput label={t.auth.name} name="name" autoComplete="name" value={name} error={error('name')} />
        <NewPasswordFields
          label={t.auth.password}
          hint={t.auth.passwordHint}
          confirmLabel={t.auth.confirmPassword}
          password={password}
          confirm={confirm}
          error={error}
        />
        <button
          type="submit"
          class="button button-primary button-block"
          disabled={busy.value || !token.value || invalid.value}
        >
          {busy.value ? t.auth.creating : t.auth.accept}
        </button>
      </form>
    </>
  );
}
