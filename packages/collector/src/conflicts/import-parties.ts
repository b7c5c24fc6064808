/**
 * Reads the firm's CSV of existing clients and adverse parties into party records.
 * A header row naming `name` (and optionally `kind`) picks the columns; without one,
 * column 1 is the name and column 2 the kind. Unknown kinds count as `client`.
 *
 * @example
 *   partiesFromCsv('name,kind\nAcme LLC,adverse\n'); // { parties: [{ name: 'Acme LLC', kind: 'adverse', … }], skipped: 0 }
 */
import { partyRecordKinds } from '@retainer/schema/admin';
import { parseCsv } from '../csv/index.ts';
import type { NewParty, PartyKind } from './party-index.ts';

export const maxImportRows = 20_000;

const kinds = new Set<string>(partyRecordKinds);
const header = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();

/** Throws `CsvError` on an unterminated quote. */
export function partiesFromCsv(text: string): { parties: NewParty[]; skipped: number } {
  const rows = parseCsv(text);
  const first = rows[0]?.map(header) ?? [];
  const hasHeader = first.includes('name');
  const nameColumn = hasHeader ? first.indexOf('name') : 0;
  const kindColumn = hasHeader ? first.indexOf('kind') : 1;
  const body = hasHeader ? rows.slice(1) : rows;
  const parties: NewParty[] = [];
  let skipped = 0;
  for (const row of body.slice(0, maxImportRows)) {
    // A leading apostrophe is how spreadsheets (and our own export) escape a formula-like cell.
    const name = (row[nameColumn] ?? '').trim().replace(/^'(?=[=+\-@\t\r＝＋－＠])/, '');
    const kind = header(kindColumn >= 0 ? row[kindColumn] : '');
    if (!name || name.length > 200) {
      skipped++;
      continue;
    }
    parties.push({ name, kind: (kinds.has(kind) ? kind : 'client') as PartyKind, source: 'csv' });
  }
  return { parties, skipped: skipped + Math.max(0, body.length - maxImportRows) };
}
