/** Invitations not yet accepted; an admin can withdraw one (its link stops working). */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { Invitation } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type PendingInvitationsProps = { invitations: readonly Invitation[]; canRevoke: boolean; onChanged: () => void };

export function PendingInvitations({ invitations, canRevoke, onChanged }: PendingInvitationsProps) {
  const t = useMessages();
  const { api, i18n, announcer } = useDashboard();
  const busy = useSignal<string | null>(null);
  const problem = useSignal<Problem | null>(null);

  const revoke = async (invitation: Invitation) => {
    busy.value = invitation.id;
    problem.value = null;
    try {
      await api.revokeInvitation(invitation.id);
      announcer.announce(t.team.revoked(invitation.email));
      onChanged();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = null;
    }
  };

  return (
    <section class="panel panel-flush" aria-labelledby="team-pending">
      <h2 id="team-pending" class="panel-title panel-title-padded">
        {t.team.pending}
      </h2>
      <ProblemAlert problem={problem.value} />
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.team.email}</th>
              <th scope="col">{t.team.role}</th>
              <th scope="col">{t.team.expires}</th>
              {canRevoke && (
                <th scope="col">
                  <span class="visually-hidden">{t.team.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{invitation.email}</th>
                <td>{t.roles[invitation.role]}</td>
                <td>{formatDateTime(invitation.expiresAt, i18n.lang.value)}</td>
                {canRevoke && (
                  <td class="cell-actions">
                    <button
                      type="button"
                      class="button button-quiet button-small"
                      disabled={busy.value !== null}
                      onClick={() => revoke(invitation)}
                      aria-label={t.team.revokeLabel(invitation.email)}
                    >
                      {t.team.revoke}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
