/** Everyone who can sign in, pending invitations, and (for admins) inviting a colleague. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { Team } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { InviteForm } from './invite-form.tsx';
import { PendingInvitations } from './pending-invitations.tsx';
import { TeamTable } from './team-table.tsx';

export function TeamScreen() {
  const t = useMessages();
  const { api, session } = useDashboard();
  const members = useSignal<Team | null>(null);
  const problem = useSignal<Problem | null>(null);
  const isAdmin = session.session.value?.user.role === 'admin';

  const load = async () => {
    problem.value = null;
    try {
      members.value = await api.getTeam();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    load();
  }, []);

  const current = members.value;
  return (
    <>
      <PageHeader title={t.team.title} description={t.team.description} />
      <div class="split">
        <div class="stack">
          <section class="panel panel-flush" aria-labelledby="team-members">
            <h2 id="team-members" class="panel-title panel-title-padded">
              {t.team.members}
            </h2>
            {!current && !problem.value && <Loading />}
            <ProblemAlert problem={problem.value} onRetry={load} />
            {current && (
              <TeamTable
                users={current.users}
                alone={current.users.length <= 1 && current.invitations.length === 0}
                canManage={isAdmin}
                onChanged={load}
              />
            )}
          </section>
          {current && current.invitations.length > 0 && (
            <PendingInvitations invitations={current.invitations} canRevoke={isAdmin} onChanged={load} />
          )}
        </div>
        <section class="panel" aria-labelledby="team-invite">
          <h2 id="team-invite" class="panel-title">
            {t.team.inviteTitle}
          </h2>
          {isAdmin ? <InviteForm onInvited={load} /> : <p class="muted">{t.team.adminOnly}</p>}
        </section>
      </div>
    </>
  );
}
