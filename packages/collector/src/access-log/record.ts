/**
 * Writing the access log (issue 17). `recordAccess` appends one entry through the storage's write path (the
 * group commit: on SQLite, the writer thread), for reads and for changes that have no transaction of their
 * own; `recordAccessIn` appends it inside a change's transaction, so the change and its entry commit together.
 * Nothing here updates or deletes an entry: only the retention purge (purge.ts) removes old ones.
 *
 * @example
 *   await recordAccess(deps, accessEntry(c, deps, { action: 'intake.viewed', subject: { kind: 'intake', id } }));
 */
import { randomUUID } from 'node:crypto';
import type { AccessAction, AccessSubjectKind } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { clientAddress } from '../http/request-info.ts';
import type { Db } from '../storage/database.ts';
import type { AccessLogTable } from './tables.ts';
import { summariseUserAgent } from './user-agent.ts';

export type AccessSubject = { kind: AccessSubjectKind; id?: string | null; reference?: string | null };
export type AccessDetail = Record<string, string | number | boolean>;

export type AccessFacts = {
  action: AccessAction;
  subject?: AccessSubject | undefined;
  detail?: AccessDetail | undefined;
  /** Who and which firm, when there is no session yet (sign-in, accepted invitation). */
  actor?: { firmId: string; userId: string } | undefined;
};

/** The row for one entry: the facts, plus who (the session's member) and from where (this request). */
export function accessEntry(
  c: Context<AdminEnv>,
  deps: Pick<AdminDeps, 'now' | 'trustProxy' | 'publicUrl'>,
  facts: AccessFacts,
): AccessLogTable {
  const user = c.get('user') as AdminEnv['Variables']['user'] | undefined;
  const actor = facts.actor ?? (user ? { firmId: user.firmId, userId: user.id } : undefined);
  if (!actor) throw new Error(`An access-log entry (${facts.action}) needs a member`);
  const ip = clientAddress(c, deps);
  return {
    id: randomUUID(),
    firm_id: actor.firmId,
    at: deps.now(),
    actor_kind: 'member',
    actor_id: actor.userId,
    action: facts.action,
    subject_kind: facts.subject?.kind ?? null,
    subject_id: facts.subject?.id ?? null,
    subject_ref: facts.subject?.reference ?? null,
    ip: ip === 'unknown' ? null : ip,
    user_agent: summariseUserAgent(c.req.header('user-agent')),
    request_id: (c.get('requestId') as string | undefined) ?? null,
    detail: JSON.stringify(facts.detail ?? {}),
  };
}

/** Appends through the group commit (`deps.write`), or straight on the database where there is none. */
export async function recordAccess(deps: Pick<AdminDeps, 'db' | 'write'>, row: AccessLogTable): Promise<void> {
  const insert = deps.db.insertInto('access_log').values(row);
  if (deps.write) await deps.write(insert.compile());
  else await insert.execute();
}

/** Appends inside `trx`: the entry commits (or rolls back) with the change it describes. */
export async function recordAccessIn(trx: Db, row: AccessLogTable): Promise<void> {
  await trx.insertInto('access_log').values(row).execute();
}
