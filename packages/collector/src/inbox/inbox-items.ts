/**
 * The inbox list and its header stats, built from firm-scoped rows: each item decrypted
 * just enough for its name and conflict check, flagged in one party-index lookup, ordered
 * overdue first.
 *
 * @example
 *   const { items, stats } = await buildInbox(deps, user.firmId, query);
 */
import type { IntakeFields } from '@retainer/schema';
import type { InboxItem, InboxList, InboxQuery } from '@retainer/schema/admin';
import { inboxStats, statsWindowMs } from '../business-hours/index.ts';
import { findConflicts } from '../conflicts/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import type { Db } from '../storage/database.ts';
import { type FirmIntake, selectFirmIntakes } from './firm-intakes.ts';
import { checkedNames, clockOf, inboxItem, inboxOrder, intakeFields } from './intake-view.ts';

export const maxInboxItems = 500;
/** Waiting intakes are read in full even beyond the newest 500: an old overdue one must still surface. */
const maxOpenItems = 2000;
const listedFields = ['name', 'adverseParties', 'relatedParties'];

export type Person = { id: string; name: string; former?: boolean };

/** Names the firm's members by id; a removed one keeps their name, marked `former` (issue 17). */
export async function firmPeople(db: Db, firmId: string): Promise<(id: string) => Person> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'removed_at'])
    .where('firm_id', '=', firmId)
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  return (id) => {
    const user = byId.get(id);
    return { id, name: user?.name ?? '', ...(user && user.removed_at != null ? { former: true } : {}) };
  };
}

export type DecryptedIntake = { row: FirmIntake; fields: IntakeFields };

/** Items for rows whose fields are already decrypted (at least name and parties). */
export async function itemsFor(
  deps: Pick<AdminDeps, 'db' | 'cipher'>,
  firmId: string,
  intakes: readonly DecryptedIntake[],
  now: number,
): Promise<InboxItem[]> {
  const person = await firmPeople(deps.db, firmId);
  const flags = await findConflicts(
    deps.db,
    deps.cipher,
    firmId,
    intakes.map(({ row, fields }) => ({ intakeId: row.id, names: checkedNames(fields) })),
  );
  const flagged = [...flags.keys()];
  const cleared = new Set(
    flagged.length === 0
      ? []
      : (
          await deps.db
            .selectFrom('conflict_clearances')
            .select('intake_id')
            .where('intake_id', 'in', flagged)
            .execute()
        ).map((r) => r.intake_id),
  );
  return intakes.map(({ row, fields }) => {
    const assignee = row.assignee ? person(row.assignee) : null;
    return inboxItem(row, fields, flags.get(row.id) ?? [], assignee, now, cleared.has(row.id));
  });
}

export async function buildInbox(deps: AdminDeps, firmId: string, query: InboxQuery): Promise<InboxList> {
  const now = deps.now();
  const [newest, open] = await Promise.all([
    selectFirmIntakes(deps.db, firmId, { ...query, limit: maxInboxItems }),
    query.state && query.state !== 'new'
      ? Promise.resolve([])
      : selectFirmIntakes(deps.db, firmId, { ...query, onlyOpen: true, limit: maxOpenItems }),
  ]);
  const rows = new Map<string, FirmIntake>();
  for (const row of [...open, ...newest]) rows.set(row.id, row);
  const decrypted = [...rows.values()].map((row) => ({ row, fields: intakeFields(deps.cipher, row, listedFields) }));
  const items = (await itemsFor(deps, firmId, decrypted, now)).sort(inboxOrder).slice(0, maxInboxItems);
  return { items, stats: await buildStats(deps, firmId, query.site, now) };
}

/** Over the firm's sites (or one site): the last 30 days, and every intake still waiting. */
async function buildStats(deps: AdminDeps, firmId: string, site: string | undefined, now: number) {
  const scope = site ? { site } : {};
  const [recent, open] = await Promise.all([
    selectFirmIntakes(deps.db, firmId, { ...scope, receivedSince: now - statsWindowMs }),
    selectFirmIntakes(deps.db, firmId, { ...scope, onlyOpen: true }),
  ]);
  return inboxStats(
    recent.map((row) => clockOf(row, now)),
    open.map((row) => clockOf(row, now)),
  );
}
