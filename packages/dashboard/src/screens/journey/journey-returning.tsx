/** Returning clients: journeys that reached `decide` and came back, and what share of new intakes they are. */
import type { ReturningClients } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatShare } from './journey-format.ts';

export function JourneyReturning({ returning }: { returning: ReturningClients }) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  return (
    <section class="panel journey-returning" aria-labelledby="journey-returning-title">
      <h2 id="journey-returning-title">{t.journey.returningTitle}</h2>
      <p class="muted">{t.journey.returningHint}</p>
      <dl class="journey-returning-figures">
        <div>
          <dt>{t.journey.returningTitle}</dt>
          <dd>{t.journey.returning(returning.returning)}</dd>
        </div>
        <div>
          <dt>{t.journey.returningShare}</dt>
          <dd>{formatShare(returning.returningShare, lang)}</dd>
        </div>
        <div>
          <dt>{t.journey.referralShare}</dt>
          <dd>{formatShare(returning.referralShare, lang)}</dd>
        </div>
      </dl>
    </section>
  );
}
