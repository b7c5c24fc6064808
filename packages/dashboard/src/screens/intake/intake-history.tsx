/** Who moved the intake between states, when, and why. */

import type { IntakeDetail } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { personName } from '../../format/person-name.ts';

export function IntakeHistory({ history }: { history: IntakeDetail['history'] }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  if (history.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title" class="panel-title">
        {t.intake.historyTitle}
      </h2>
      <ol class="timeline">
        {history.map((entry) => (
          <li key={`${entry.at}:${entry.to}`}>
            <p>
              <strong>{t.intake.historyEntry(t.states[entry.from], t.states[entry.to])}</strong> ·{' '}
              {personName(entry.by, t)} ·{' '}
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, i18n.lang.value)}</time>
            </p>
            {entry.reason && (
              <p class="pre-wrap muted">
                {t.intake.historyReason}: {entry.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
