/**
 * Conflict checks: name keys, the party index, CSV import of existing parties.
 *
 * @example
 *   import { findConflicts, nameKey } from '../conflicts/index.ts';
 */
export { maxImportRows, partiesFromCsv } from './import-parties.ts';
export { nameKey } from './normalise-name.ts';
export {
  addParties,
  type CheckedName,
  type ConflictQuery,
  findConflicts,
  listParties,
  type NewParty,
  type PartyKind,
  partyMatchKey,
  partyRows,
} from './party-index.ts';
