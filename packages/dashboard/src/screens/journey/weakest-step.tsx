/** The weakest step of the map, with the numbers that make it weak. */
import type { WeakestStep as Weakest } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatCount, formatShare } from './journey-format.ts';

export function WeakestStep({ weakest }: { weakest: Weakest | null }) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  return (
    <section class="journey-weakest" aria-labelledby="journey-weakest-title">
      <h2 id="journey-weakest-title" class="journey-weakest-title">
        {t.journey.weakestTitle}
      </h2>
      <p>
        {weakest
          ? t.journey.weakest(
              t.journey.stages[weakest.from],
              t.journey.stages[weakest.stage],
              formatShare(weakest.conversion, lang),
              formatCount(weakest.reachedFrom, lang),
              formatCount(weakest.dropOff, lang),
            )
          : t.journey.weakestNone}
      </p>
    </section>
  );
}
