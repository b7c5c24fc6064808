/**
 * The firm's party index: names from retained and declined intakes and from imported CSV
 * lists, each stored encrypted with a keyed HMAC of its `nameKey` for matching. A conflict
 * check looks up the keys of an intake's names (submitter, adverse, related) in one query.
 *
 * @example
 *   await addParties(db, cipher, firmId, [{ name: 'Acme LLC', kind: 'adverse', source: 'csv' }], now);
 *   const flags = await findConflicts(db, cipher, firmId, [{ intakeId, names: [{ name: 'ACME Inc', role: 'adverse' }] }]);
 */
import { randomUUID } from 'node:crypto';
import type { ConflictFlag, PartyRecord } from '@retainer/schema/admin';
import type { PartiesTable } from '../admin-store/tables.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { nameKey } from './normalise-name.ts';

export type PartyKind = PartiesTable['kind'];
export type NewParty = { name: string; kind: PartyKind; source: PartiesTable['source']; intakeId?: string };
export type CheckedName = { name: string; role: ConflictFlag['role'] };
export type ConflictQuery = { intakeId: string; names: CheckedName[] };

/** The blind index of a name, or null when nothing identifying is left after normalising. */
export function partyMatchKey(cipher: FieldCipher, name: string): string | null {
  const key = nameKey(name);
  return key ? cipher.blindIndex('party', key) : null;
}

const address = (firmId: string, id: string) => ({ site: `firm:${firmId}`, id, field: 'party.name' });

export function partyRows(cipher: FieldCipher, firmId: string, parties: readonly NewParty[], now: number) {
  return parties.flatMap((party) => {
    const matchKey = partyMatchKey(cipher, party.name);
    if (!matchKey) return [];
    const id = randomUUID();
    return [
      {
        id,
        firm_id: firmId,
        name: cipher.encrypt(party.name, address(firmId, id)),
        match_key: matchKey,
        kind: party.kind,
        source: party.source,
        intake_id: party.intakeId ?? null,
        created_at: now,
      },
    ];
  });
}

/** Inserts in chunks that stay under both dialects' parameter limits; returns how many were stored. */
export async function addParties(
  db: Db,
  cipher: FieldCipher,
  firmId: string,
  parties: readonly NewParty[],
  now: number,
): Promise<number> {
  const rows = partyRows(cipher, firmId, parties, now);
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('parties')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

type StoredParty = Pick<PartiesTable, 'id' | 'name' | 'match_key' | 'kind' | 'source' | 'intake_id' | 'created_at'>;

async function referencesOf(db: Db, parties: readonly StoredParty[]): Promise<Map<string, string>> {
  const ids = [...new Set(parties.flatMap((p) => (p.intake_id ? [p.intake_id] : [])))];
  const references = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('intakes')
      .select(['id', 'reference'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) references.set(row.id, row.reference);
  }
  return references;
}

function toRecord(
  cipher: FieldCipher,
  firmId: string,
  party: StoredParty,
  references: Map<string, string>,
): PartyRecord {
  const reference = party.intake_id ? references.get(party.intake_id) : undefined;
  return {
    id: party.id,
    name: cipher.decrypt(party.name, address(firmId, party.id)),
    kind: party.kind,
    source: party.source,
    ...(reference ? { reference } : {}),
    createdAt: party.created_at,
  };
}

/** Flags per intake id (only intakes with at least one match appear). An intake never matches its own records. */
export async function findConflicts(
  db: Db,
  cipher: FieldCipher,
  firmId: string,
  queries: readonly ConflictQuery[],
): Promise<Map<string, ConflictFlag[]>> {
  const keyed = queries.map((q) => ({
    intakeId: q.intakeId,
    names: q.names.flatMap((n) => {
      const key = nameKey(n.name);
      // Under every loaded key (issue 9): names indexed before a key rotation still match.
      return key ? [{ ...n, keys: cipher.blindIndexes('party', key) }] : [];
    }),
  }));
  const keys = [...new Set(keyed.flatMap((q) => q.names.flatMap((n) => n.keys)))];
  const parties: StoredParty[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    parties.push(
      ...(await db
        .selectFrom('parties')
        .select(['id', 'name', 'match_key', 'kind', 'source', 'intake_id', 'created_at'])
        .where('firm_id', '=', firmId)
        .where('match_key', 'in', keys.slice(i, i + 500))
        .orderBy('created_at')
        .execute()),
    );
  }
  const flags = new Map<string, ConflictFlag[]>();
  if (parties.length === 0) return flags;
  const references = await referencesOf(db, parties);
  const records = new Map(parties.map((p) => [p.id, toRecord(cipher, firmId, p, references)]));
  for (const query of keyed) {
    const found: ConflictFlag[] = [];
    for (const checked of query.names) {
      for (const party of parties) {
        if (!checked.keys.includes(party.match_key) || party.intake_id === query.intakeId) continue;
        const { id: recordId, createdAt: _, ...record } = records.get(party.id)!;
        found.push({ name: checked.name, role: checked.role, match: { recordId, ...record } });
      }
    }
    if (found.length > 0) flags.set(query.intakeId, found);
  }
  return flags;
}

export async function listParties(db: Db, cipher: FieldCipher, firmId: string): Promise<PartyRecord[]> {
  const parties = await db
    .selectFrom('parties')
    .select(['id', 'name', 'match_key', 'kind', 'source', 'intake_id', 'created_at'])
    .where('firm_id', '=', firmId)
    .orderBy('created_at', 'desc')
    .execute();
  const references = await referencesOf(db, parties);
  return parties.map((p) => toRecord(cipher, firmId, p, references));
}
