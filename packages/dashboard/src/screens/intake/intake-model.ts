/**
 * One intake: loads it, and the actions staff take on it (state, assignee, notes). Each action
 * shows what the collector answered (the stored intake or note), never a local guess.
 *
 * @example
 *   const intake = createIntakeModel(api, id);
 *   await intake.changeState('declined', 'Outside our practice areas');
 */
import { signal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import type { IntakeDetail, IntakeState } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';

export type IntakeAction = 'state' | 'assign' | 'note' | 'reply';

export function createIntakeModel(api: AdminApi, id: string) {
  const detail = signal<IntakeDetail | null>(null);
  const loading = signal(true);
  const problem = signal<Problem | null>(null);
  /** The action running now, so only its controls show as busy. */
  const busy = signal<IntakeAction | null>(null);
  const actionProblem = signal<{ action: IntakeAction; problem: Problem } | null>(null);

  async function load() {
    loading.value = true;
    try {
      detail.value = await api.getIntake(id);
      problem.value = null;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  }

  async function run(action: IntakeAction, call: () => Promise<IntakeDetail>): Promise<boolean> {
    busy.value = action;
    actionProblem.value = null;
    try {
      detail.value = await call();
      return true;
    } catch (error) {
      const { problem: answer } = await toApiProblem(error);
      actionProblem.value = { action, problem: answer };
      // Someone else moved it: show the state it is really in.
      if (answer.type === problemTypes.invalidTransition) await load();
      return false;
    } finally {
      busy.value = null;
    }
  }

  const changeState = (state: IntakeState, reason?: string) => run('state', () => api.changeState(id, state, reason));
  const assign = (assignee: string | null) => run('assign', () => api.assign(id, assignee));
  const addNote = (body: string) =>
    run('note', async () => {
      const note = await api.addNote(id, body);
      const current = detail.peek() as IntakeDetail;
      return { ...current, notes: [...current.notes, note] };
    });

  /** Issue 15: emailed to the prospect; the answer is the intake with its clock stopped. */
  const reply = (text: string) => run('reply', () => api.messaging.replyToIntake(id, text));

  load();
  return { detail, loading, problem, busy, actionProblem, load, changeState, assign, addNote, reply };
}

export type IntakeModel = ReturnType<typeof createIntakeModel>;
