/** The access log's entries as a table: when, who, what, which record, from where (issue 17). */
import type { AccessLogEntry } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';

function Who({ entry }: { entry: AccessLogEntry }) {
  const m = useMessages().accessLog;
  if (entry.actor.kind === 'system') return <>{m.system}</>;
  const name = entry.actor.name ?? m.unknownMember;
  return <>{entry.actor.former ? m.formerMember(name) : name}</>;
}

function Subject({ entry }: { entry: AccessLogEntry }) {
  const m = useMessages().accessLog;
  const subject = entry.subject;
  if (!subject) return <span class="muted">—</span>;
  const label = subject.reference ?? subject.id?.slice(0, 8) ?? '';
  // Erased records stay listed by reference; opening one is itself a read, so it is a plain link like the inbox's.
  const href =
    subject.id && subject.kind === 'intake' && !entry.action.endsWith('.erased')
      ? paths.intake(subject.id)
      : subject.id && subject.kind === 'matter' && !entry.action.endsWith('.erased')
        ? paths.matter(subject.id)
        : undefined;
  return (
    <>
      <span class="muted">{m.subjects[subject.kind]}</span>{' '}
      {href ? <Link href={href}>{label}</Link> : label && <code>{label}</code>}
    </>
  );
}

const detailText = (detail: AccessLogEntry['detail']) =>
  detail.from !== undefined && detail.to !== undefined
    ? `${detail.from} → ${detail.to}`
    : Object.entries(detail)
        .map(([key, value]) => `${key}: ${value}`)
        .join(', ');

export function AccessLogTable({ entries }: { entries: readonly AccessLogEntry[] }) {
  const m = useMessages().accessLog;
  const lang = useDashboard().i18n.lang.value;
  return (
    <div class="table-scroll">
      <table class="table access-log-table">
        <caption class="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.when}</th>
            <th scope="col">{m.columns.who}</th>
            <th scope="col">{m.columns.action}</th>
            <th scope="col">{m.columns.subject}</th>
            <th scope="col">{m.columns.where}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const detail = detailText(entry.detail);
            return (
              <tr key={entry.id}>
                <td data-label={m.columns.when}>
                  <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, lang)}</time>
                </td>
                <th scope="row" data-label={m.columns.who}>
                  <Who entry={entry} />
                </th>
                <td data-label={m.columns.action}>
                  {m.actions[entry.action]}
                  {detail && <span class="access-log-detail muted">{detail}</span>}
                </td>
                <td data-label={m.columns.subject}>
                  <Subject entry={entry} />
                </td>
                <td data-label={m.columns.where}>
                  <span class="access-log-ip">{entry.ip ?? m.unknownPlace}</span>
                  {entry.userAgent && <span class="access-log-detail muted">{entry.userAgent}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
