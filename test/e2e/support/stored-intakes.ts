/**
 * Reads what the running collector wrote: the intake rows in its SQLite file (read-only,
 * alongside the collector's WAL writer), with personal fields decrypted by the collector's
 * own helpers and the data key it generated.
 *
 * @example
 *   const rows = storedIntakes(dbFile, dataDir, { reference: 'HV-7K3M9Q' });
 *   rows[0]?.fields.name; // 'Ann Lee'
 */
import { createFieldCipher, decryptPersonalFields, loadDataKey } from '@retainer/collector';
import Database from 'better-sqlite3';

export type StoredIntake = {
  id: string;
  site: string;
  reference: string;
  practiceArea: string | null;
  disclaimerVersion: number;
  /** The raw `personal` column: ciphertext tokens only. */
  personal: string;
  fields: Record<string, unknown>;
};

type Row = {
  id: string;
  site: string;
  reference: string;
  practice_area: string | null;
  disclaimer_version: number;
  personal: string;
};

export function storedIntakes(dbFile: string, dataDir: string, where: { reference?: string } = {}): StoredIntake[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const sql = 'select id, site, reference, practice_area, disclaimer_version, personal from intakes';
    const rows = (
      where.reference ? db.prepare(`${sql} where reference = ?`).all(where.reference) : db.prepare(sql).all()
    ) as Row[];
    const cipher = createFieldCipher(loadDataKey({ dataDir, log: () => {} }));
    return rows.map((row) => ({
      id: row.id,
      site: row.site,
      reference: row.reference,
      practiceArea: row.practice_area,
      disclaimerVersion: row.disclaimer_version,
      personal: row.personal,
      fields: decryptPersonalFields(cipher, row),
    }));
  } finally {
    db.close();
  }
}
