/**
 * The set-up a firm requirement forces at sign-in (issue 17): nothing else opens until the member has
 * an authenticator and has seen the recovery codes; then the session (complete now) is read again.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Enrolment } from './enrolment.tsx';

export function TwoFactorSetupScreen() {
  const t = useMessages();
  const m = t.security;
  const { api, session } = useDashboard();
  const problem = useSignal<Problem | null>(null);
  const firm = session.session.value?.user.firmName ?? '';

  const onDone = async () => {
    problem.value = null;
    try {
      session.start(await api.getSession());
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };

  return (
    <>
      <PageHeader title={m.requiredTitle} description={m.requiredIntro(firm)} />
      <ProblemAlert problem={problem.value} onRetry={onDone} />
      <Enrolment onDone={onDone} />
      <p>
        <button type="button" class="button button-quiet" onClick={() => session.signOut()}>
          {m.signOut}
        </button>
      </p>
    </>
  );
}
