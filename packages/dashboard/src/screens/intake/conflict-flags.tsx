/**
 * Conflict check results: which submitted name matched which record in the party index, and
 * where that record came from, so staff can check it before going further.
 */
import type { ConflictFlag } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';

export function ConflictFlags({ conflicts }: { conflicts: readonly ConflictFlag[] }) {
  const t = useMessages();
  const c = t.intake;
  const hasConflicts = conflicts.length > 0;
  return (
    <section class={`panel ${hasConflicts ? 'panel-warning' : ''}`} aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" class="panel-title">
        {hasConflicts && <span aria-hidden="true">⚑ </span>}
        {c.conflictsTitle}
      </h2>
      {!hasConflicts && <p class="muted">{c.noConflicts}</p>}
      {hasConflicts && (
        <>
          <p>{c.conflictIntro(conflicts.length)}</p>
          <ul class="conflict-list">
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
