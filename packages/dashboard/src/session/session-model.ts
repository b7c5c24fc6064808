/**
 * Who is signed in. `session` is `undefined` while the first check runs, `null` when nobody is
 * signed in (or the session ended), else the user and the CSRF token for state-changing calls.
 *
 * @example
 *   const model = createSessionModel(api);
 *   await model.load();
 *   if (model.session.value) model.session.value.user.role // 'admin'
 */
import { signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminSession } from '@retainer/schema/admin';
import type { AdminApi } from '../api/admin-api.ts';
import { toApiProblem } from '../api/api-problem.ts';

export function createSessionModel(api: AdminApi) {
  const session = signal<AdminSession | null | undefined>(undefined);
  /** Why the first check failed when it was not simply "not signed in" (collector down, say). */
  const loadProblem = signal<Problem | null>(null);
  /** Set when a signed-in session ended on its own, so sign-in can say why the user is there. */
  const expired = signal(false);

  /** Bumped by every sign-in and sign-out, so a slower answer to an older check cannot undo them. */
  let generation = 0;

  async function load() {
    const asked = generation;
    loadProblem.value = null;
    try {
      const answer = await api.getSession();
      if (asked === generation) session.value = answer;
    } catch (error) {
      const { problem } = await toApiProblem(error);
      if (asked !== generation) return;
      if (problem.status === 401) session.value = null;
      else loadProblem.value = problem;
    }
  }

  /** Stores a session the collector just issued (sign-in, setup, accepted invitation). */
  function start(next: AdminSession) {
    generation++;
    expired.value = false;
    session.value = next;
  }

  async function signOut() {
    try {
      await api.signOut();
    } catch {
      // Already gone server-side (401) or unreachable: either way this browser forgets it.
    }
    generation++;
    expired.value = false;
    session.value = null;
  }

  function expire() {
    generation++;
    if (session.value) expired.value = true;
    session.value = null;
  }

  return { session, loadProblem, expired, load, start, signOut, expire };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
