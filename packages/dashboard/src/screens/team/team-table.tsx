/**
 * The firm's accounts: name, email, role and last sign-in; the signed-in user marked. Admins change a
 * role, remove a member or reset their two-factor sign-in (both after a confirm dialog) from here (issue 17).
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { Role, Team, TeamMember } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { EmptyState } from '../../ui/states.tsx';
import { type MemberAction, MemberConfirmDialog } from './member-confirm-dialog.tsx';

type TeamTableProps = {
  users: readonly TeamMember[];
  alone: boolean;
  /** Admins get the role and remove actions. */
  canManage?: boolean;
  onChanged?: (team?: Team) => void;
};

export function TeamTable({ users, alone, canManage = false, onChanged }: TeamTableProps) {
  const t = useMessages();
  const w = t.firmWork;
  const { api, session, i18n, announcer } = useDashboard();
  const me = session.session.value?.user;
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const confirming = useSignal<MemberAction | null>(null);

  const act = async (work: () => Promise<Team | undefined>, done: string, member: TeamMember) => {
    busy.value = true;
    problem.value = null;
    try {
      const team = await work();
      announcer.announce(done);
      onChanged?.(team);
      // Changing or removing oneself: the session's role (or the session itself) changed with it.
      if (member.id === me?.id) await session.load();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };
  const changeRole = (user: TeamMember, role: Role) =>
    act(() => api.changeMemberRole(user.id, role), w.roleChanged(user.name, t.roles[role]), user);
  // The dialog closes first: a refusal (the last admin) then shows beside the table, where focus returns.
  const confirmed = ({ kind, member }: MemberAction) => {
    confirming.value = null;
    return kind === 'remove'
      ? act(
          async () => {
            await api.removeMember(member.id);
            return undefined;
          },
          w.removed(member.name),
          member,
        )
      : act(() => api.twoFactor.resetMember(member.id), t.security.resetDone(member.name), member);
  };

  return (
    <>
      <ProblemAlert problem={problem.value} />
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.team.name}</th>
              <th scope="col">{t.team.email}</th>
              <th scope="col">{t.team.role}</th>
              <th scope="col">{w.lastSignIn}</th>
              <th scope="col">{t.security.teamColumn}</th>
              {canManage && (
                <th scope="col">
                  <span class="visually-hidden">{t.team.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  {user.name} {user.id === me?.id && <span class="muted">{t.team.you}</span>}
                </th>
                <td>{user.email}</td>
                <td>
                  <span class={`badge badge-role-${user.role}`}>{t.roles[user.role]}</span>
                </td>
                <td>
                  {user.lastSignInAt ? (
                    <time dateTime={new Date(user.lastSignInAt).toISOString()}>
                      {formatDateTime(user.lastSignInAt, i18n.lang.value)}
                    </time>
                  ) : (
                    <span class="muted">{w.neverSignedIn}</span>
                  )}
                </td>
                <td>{user.twoFactor ? t.security.teamOn : <span class="muted">{t.security.teamOff}</span>}</td>
                {canManage && (
                  <td class="cell-actions">
                    {/* Issue 17: what this member opened, exported or changed. */}
                    <Link
                      href={paths.accessLog({ actor: user.id })}
                      class="button button-quiet button-small"
                      aria-label={t.accessLog.memberLink(user.name)}
                    >
                      {t.accessLog.memberLinkShort}
                    </Link>{' '}
                    <button
                      type="button"
                      class="button button-quiet button-small"
                      disabled={busy.value}
                      onClick={() => changeRole(user, user.role === 'admin' ? 'staff' : 'admin')}
                      aria-label={user.role === 'admin' ? w.makeStaffLabel(user.name) : w.makeAdminLabel(user.name)}
                    >
                      {user.role === 'admin' ? w.makeStaff : w.makeAdmin}
                    </button>{' '}
                    <button
                      type="button"
                      class="button button-quiet button-small"
                      disabled={busy.value}
                      onClick={() => (confirming.value = { kind: 'remove', member: user })}
                      aria-label={w.removeLabel(user.name)}
                    >
                      {w.remove}
                    </button>
                    {/* Issue 17: a member who lost the app and the codes sets it up again after this. */}
                    {user.twoFactor && user.id !== me?.id && (
                      <>
                        {' '}
                        <button
                          type="button"
                          class="button button-quiet button-small"
                          disabled={busy.value}
                          onClick={() => (confirming.value = { kind: 'resetTwoFactor', member: user })}
                          aria-label={t.security.resetLabel(user.name)}
                        >
                          {t.security.reset}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {alone && (
        <EmptyState title={t.team.emptyTitle}>
          <p>{t.team.emptyBody}</p>
        </EmptyState>
      )}
      <MemberConfirmDialog
        action={confirming.value}
        busy={busy.value}
        onConfirm={confirmed}
        onClose={() => (confirming.value = null)}
      />
    </>
  );
}
