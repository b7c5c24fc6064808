/**
 * The stages a client sees: visible ones only, each done, current or upcoming. When the matter sits in
 * an internal (hidden) stage, the last visible stage reached stays current, so nothing hints at it.
 *
 * @example
 *   clientStages(stages, 'conflict-check') // intake review current, conflict check absent
 */
import type { StatusStage } from '@retainer/schema';
import type { MatterStage } from '@retainer/schema/admin';

export function clientStages(stages: readonly MatterStage[], current: string): StatusStage[] {
  const currentIndex = stages.findIndex((s) => s.key === current);
  let reached = -1;
  stages.forEach((s, i) => {
    if (s.visible && i <= currentIndex) reached = i;
  });
  return stages.flatMap((s, i) =>
    s.visible
      ? [
          {
            key: s.key,
            label: s.label,
            ...(s.description ? { description: s.description } : {}),
            state: i < reached ? 'done' : i === reached ? 'current' : 'upcoming',
          } satisfies StatusStage,
        ]
      : [],
  );
}
