/**
 * The intake list. Submitted text goes in as text nodes only. Overdue rows are marked with a
 * word as well as a colour, and each row's reference is the link that opens it. Secondary facts
 * (received, practice area) sit under the primary ones so the table fits a tablet.
 */
import type { AdminSite, InboxItem } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { describeClock, isOverdue } from '../../format/clock.ts';
import { formatDateTime, formatShortDateTime } from '../../format/date.ts';
import { personName } from '../../format/person-name.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { StateBadge } from '../../ui/state-badge.tsx';
import { practiceAreaLabel } from './lookups.ts';

export function InboxTable({ items, sites }: { items: readonly InboxItem[]; sites: readonly AdminSite[] }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const lang = i18n.lang.value;
  const c = t.inbox.columns;
  return (
    <div class="table-scroll">
      <table class="table inbox-table">
        <caption class="visually-hidden">{t.inbox.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">
              {c.reference} <span class="th-sub">· {c.received}</span>
            </th>
            <th scope="col">
              {c.name} <span class="th-sub">· {c.practiceArea}</span>
            </th>
            <th scope="col">{c.state}</th>
            <th scope="col">{c.clock}</th>
            <th scope="col">{c.assignee}</th>
            <th scope="col">{c.conflicts}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const clock = describeClock(item, t);
            const overdue = isOverdue(item);
            const area = practiceAreaLabel(sites, item.site, item.practiceArea, lang);
            return (
              <tr key={item.id} class={overdue ? 'row-overdue' : item.state === 'new' ? 'row-new' : undefined}>
                <th scope="row" class="cell-reference">
                  <Link href={paths.intake(item.id)} class="row-link">
                    {item.reference}
                  </Link>
                  <time
                    class="cell-sub"
                    dateTime={new Date(item.receivedAt).toISOString()}
                    title={formatDateTime(item.receivedAt, lang)}
                  >
                    {formatShortDateTime(item.receivedAt, lang)}
                  </time>
                </th>
                <td class="cell-name">
                  {item.erased ? <span class="muted">{t.inbox.erased}</span> : <span class="name">{item.name}</span>}
                  {area && <span class="cell-sub">{area}</span>}
                </td>
                <td>
                  <StateBadge state={item.state} />
                </td>
                <td class="cell-clock">
                  {overdue && <span class="badge badge-overdue">{t.inbox.overdueBadge}</span>}
                  <span class={`clock clock-${clock.tone}`}>{clock.text}</span>
                </td>
                <td>
                  {item.assignee ? personName(item.assignee, t) : <span class="muted">{t.common.unassigned}</span>}
                </td>
                <td>
                  {item.conflicts.length > 0 &&
                    (item.conflictCleared ? (
                      <span class="badge badge-muted">{t.inbox.conflictClearedBadge}</span>
                    ) : (
                      <span class="badge badge-conflict">
                        <span aria-hidden="true">⚑ </span>
                        {t.inbox.conflictBadge(item.conflicts.length)}
                      </span>
                    ))}
                  {/* Issue 3: the flag names the matching record, so staff can check it from the list. */}
                  {item.conflicts[0] && !item.conflictCleared && (
                    <span class="conflict-match">{t.inbox.conflictMatch(item.conflicts[0].match.name)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
