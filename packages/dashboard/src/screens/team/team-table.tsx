/** The firm's accounts: name, email, role; the signed-in user marked. */
import type { TeamMember } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { EmptyState } from '../../ui/states.tsx';

export function TeamTable({ users, alone }: { users: readonly TeamMember[]; alone: boolean }) {
  const t = useMessages();
  const { session } = useDashboard();
  const me = session.session.value?.user;
  return (
    <>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.team.name}</th>
              <th scope="col">{t.team.email}</th>
              <th scope="col">{t.team.role}</th>
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
    </>
  );
}
