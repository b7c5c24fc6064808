/**
 * What staff can do next: only the moves `intakeTransitions` allows from the current state,
 * declining through a dialog that asks for the reason, and assigning a lawyer.
 */

import { useSignal } from '@preact/signals';
import { type IntakeDetail, intakeTransitions, type TeamMember } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { personName } from '../../format/person-name.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { DeclineDialog } from './decline-dialog.tsx';
import type { IntakeModel } from './intake-model.ts';

type IntakeActionsProps = { intake: IntakeModel; detail: IntakeDetail; users: readonly TeamMember[] };

export function IntakeActions({ intake, detail, users }: IntakeActionsProps) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const declining = useSignal(false);
  const assigneeId = useId();
  const next = intakeTransitions[detail.state];
  const busy = intake.busy.value;
  const failed = intake.actionProblem.value;

  const move = async (state: (typeof next)[number]) => {
    if (state === 'declined') {
      declining.value = true;
      return;
    }
    if (await intake.changeState(state)) announcer.announce(t.stateDone[state]);
  };

  const assign = async (value: string) => {
    const user = users.find((u) => u.id === value);
    if (await intake.assign(value || null)) {
      announcer.announce(user ? t.intake.assigned(user.name) : t.intake.unassignedDone);
    }
  };

  // The current assignee stays selectable even if the user list could not load.
  const options =
    detail.assignee && !users.some((u) => u.id === detail.assignee?.id)
      ? [...users, { id: detail.assignee.id, name: personName(detail.assignee, t) }]
      : users;

  return (
    <section class="panel" aria-labelledby="actions-title">
      <h2 id="actions-title" class="panel-title">
        {t.intake.actionsTitle}
      </h2>
      {next.length === 0 ? (
        <p class="muted">{t.intake.noActions}</p>
      ) : (
        <div class="button-row">
          {next.map((state) => (
            <button
              key={state}
              type="button"
              class={`button ${state === 'declined' ? 'button-danger-quiet' : 'button-primary'}`}
              disabled={busy !== null}
              onClick={() => move(state)}
            >
              {t.stateActions[state]}
            </button>
          ))}
        </div>
      )}
      {failed?.action === 'state' && !declining.value && <ProblemAlert problem={failed.problem} />}
      <div class="field">
        <label for={assigneeId}>{t.intake.assignee}</label>
        <select
          id={assigneeId}
          value={detail.assignee?.id ?? ''}
          disabled={busy !== null}
          onChange={(event) => assign(event.currentTarget.value)}
        >
          <option value="">{t.common.unassigned}</option>
          {options.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </div>
      {failed?.action === 'assign' && <ProblemAlert problem={failed.problem} />}
      <DeclineDialog
        open={declining.value}
        intake={intake}
        onClose={() => (declining.value = false)}
        onDeclined={() => {
          declining.value = false;
          announcer.announce(t.stateDone.declined);
        }}
      />
    </section>
  );
}
