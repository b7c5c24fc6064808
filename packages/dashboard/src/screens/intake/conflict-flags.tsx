/**
 * Conflict check results: which submitted name matched which record in the party index, and
 * where that record came from, so staff can check it before going further. Once someone cleared
 * the check, the box stops warning and says who cleared it and when; the matches stay listed.
 */
import type { ConflictFlag, IntakeDetail } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';

type ConflictFlagsProps = {
  conflicts: readonly ConflictFlag[];
  cleared?: IntakeDetail['conflictClearance'];
};

export function ConflictFlags({ conflicts, cleared }: ConflictFlagsProps) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const c = t.intake;
  const hasConflicts = conflicts.length > 0;
  const warning = hasConflicts && !cleared;
  return (
    <section class={`panel ${warning ? 'panel-warning' : ''}`} aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" class="panel-title">
        {warning && <span aria-hidden="true">⚑ </span>}
        {c.conflictsTitle}
      </h2>
      {!hasConflicts && <p class="muted">{c.noConflicts}</p>}
      {hasConflicts && (
        <>
          {cleared && (
            <p class="conflict-cleared">
              <span aria-hidden="true">✓ </span>
              {t.clioGrow.conflict.cleared(cleared.by.name, formatDateTime(cleared.at, i18n.lang.value))}
            </p>
          )}
          <p>{cleared ? c.conflictIntroCleared(conflicts.length) : c.conflictIntro(conflicts.length)}</p>
          <ul class={`conflict-list${cleared ? ' conflict-list-cleared' : ''}`}>
            {conflicts.map((flag) => (
              <li key={`${flag.role}:${flag.name}:${flag.match.recordId}`} class="conflict">
                <p class="conflict-name">
                  <span class="conflict-role">{c.conflictRoles[flag.role]}</span> <q>{flag.name}</q> {c.conflictMatches}{' '}
                  <strong>{flag.match.name}</strong>
                </p>
                <p class="conflict-record">
                  {c.recordKinds[flag.match.kind]} · {c.recordSources[flag.match.source]}
                  {flag.match.reference && (
                    <>
                      {' '}
                      · {c.reference} <span class="mono">{flag.match.reference}</span>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
