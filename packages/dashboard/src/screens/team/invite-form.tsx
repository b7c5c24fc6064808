/**
 * Creates an invitation and shows its link to copy. Retainer sends no email itself: the admin
 * passes the link on, privately.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type InvitationCreated, inviteUser, type Role, roles } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { Field } from '../../ui/field.tsx';
import { checkInput, type FieldErrors, problemFieldErrors } from '../../ui/form-errors.ts';
import { fieldErrorMessage, ProblemAlert } from '../../ui/problem-alert.tsx';

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useMessages();
  const { api, announcer } = useDashboard();
  const email = useSignal('');
  const role = useSignal<Role>('staff');
  const busy = useSignal(false);
  const errors = useSignal<FieldErrors>({});
  const problem = useSignal<Problem | null>(null);
  const invitation = useSignal<InvitationCreated | null>(null);
  const roleId = useId();
  const linkId = useId();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    const checked = checkInput(inviteUser, { email: email.value, role: role.value });
    if ('errors' in checked) {
      errors.value = checked.errors;
      return;
    }
    errors.value = {};
    busy.value = true;
    try {
      invitation.value = await api.invite(checked.data);
      email.value = '';
      announcer.announce(t.team.invited);
      onInvited();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
      errors.value = problemFieldErrors(problem.value);
    } finally {
      busy.value = false;
    }
  };

  const emailError = errors.value.email ? fieldErrorMessage(errors.value.email, t) : undefined;
  return (
    <>
      <form class="form" onSubmit={onSubmit} noValidate>
        <Field label={t.team.email} error={emailError} required>
          {(ids) => (
            <input
              {...ids}
              type="email"
              autoComplete="off"
              value={email.value}
              onInput={(e) => {
                email.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        <div class="field">
          <label for={roleId}>{t.team.role}</label>
          <p class="field-hint" id={`${roleId}-hint`}>
            {t.team.inviteHint}
          </p>
          <select
            id={roleId}
            aria-describedby={`${roleId}-hint`}
            value={role.value}
            onChange={(e) => {
              role.value = e.currentTarget.value as Role;
            }}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        </div>
        <ProblemAlert problem={problem.value} />
        <button type="submit" class="button button-primary" disabled={busy.value}>
          {busy.value ? t.team.inviting : t.team.invite}
        </button>
      </form>
      {invitation.value && (
        <div class="invite-result" role="status">
          <label for={linkId}>{t.team.inviteLink}</label>
          <p class="field-hint" id={`${linkId}-hint`}>
            {t.team.inviteLinkHint(invitation.value.email)}
          </p>
          <div class="copy-row">
            <input
              id={linkId}
              class="mono"
              readOnly
              value={invitation.value.link}
              aria-describedby={`${linkId}-hint`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={invitation.value.link} label={t.team.copyInvite} />
          </div>
        </div>
      )}
    </>
  );
}
