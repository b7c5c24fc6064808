/** Issue 17: where a matter came from — the intake it was opened from and the parties carried over. */
import type { MatterDetail } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';

export function MatterOrigin({ detail }: { detail: MatterDetail }) {
  const w = useMessages().firmWork;
  const parties = detail.parties ?? [];
  return (
    <>
      {detail.intakeId && (
        <div>
          <dt>{w.fromIntake}</dt>
          <dd>
            <Link href={paths.intake(detail.intakeId)}>{w.intakeLink}</Link>
          </dd>
        </div>
      )}
      {parties.length > 0 && (
        <div>
          <dt>{w.parties}</dt>
          <dd>
            <ul class="plain-list">
              {parties.map((party, index) => (
                <li key={`${party.kind}-${index}`}>
                  {party.name} <span class="muted">({w.partyKinds[party.kind]})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </>
  );
}
