/** The inbox header: how fast the firm answers, over the last 30 days, in business time. */
import type { InboxStats as Stats } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatPercent } from '../../format/date.ts';
import { formatDuration } from '../../format/duration.ts';

export function InboxStats({ stats }: { stats: Stats }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const median = stats.medianFirstResponseBusinessMs;
  const share = stats.answeredWithinTargetShare;
  return (
    <section class="stats" aria-labelledby="inbox-stats-title">
      <h2 id="inbox-stats-title" class="stats-title">
        {t.inbox.statsLabel}
      </h2>
      <dl class="stats-list">
        <div class="stat">
          <dt>{t.inbox.medianResponse}</dt>
          <dd class="stat-value">{median === null ? t.inbox.noData : formatDuration(median, t.units)}</dd>
        </div>
        <div class="stat">
          <dt>{t.inbox.withinTarget}</dt>
          <dd class="stat-value">{share === null ? t.inbox.noData : formatPercent(share, i18n.lang.value)}</dd>
          <dd class="stat-note">{t.inbox.answeredOf(stats.answered, stats.received)}</dd>
        </div>
        <div class={`stat${stats.overdue > 0 ? ' stat-alert' : ''}`}>
          <dt>{t.inbox.overdueNow}</dt>
          <dd class="stat-value">{stats.overdue}</dd>
        </div>
      </dl>
    </section>
  );
}
