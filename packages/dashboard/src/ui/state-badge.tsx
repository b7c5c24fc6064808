/** An intake's state as a labelled pill; the colour repeats the word, never replaces it. */
import type { IntakeState } from '@retainer/schema/admin';
import { useMessages } from '../app-context.ts';

export function StateBadge({ state }: { state: IntakeState }) {
  const t = useMessages();
  return <span class={`badge badge-state badge-${state}`}>{t.states[state]}</span>;
}
