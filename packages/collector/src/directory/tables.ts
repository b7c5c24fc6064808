/**
 * The directory's tables (migration `0003-directory`) as Kysely sees them, on top of the dashboard's.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AdminDatabase } from '../admin-store/tables.ts';
import type { Database } from '../storage/tables.ts';

export interface LawyersTable {
  id: string;
  site: string;
  status: 'active' | 'departed';
  position: number;
  /** JSON: the profile fields of `lawyerInput` (no status, no order). */
  profile: string;
  created_at: number;
  updated_at: number;
}

export interface PhotosTable {
  id: string;
  site: string;
  /** `image/jpeg`, `image/png` or `image/webp`, as read from the bytes. */
  type: string;
  bytes: number;
  /** Base64 of the file. */
  data: string;
  created_at: number;
}

export interface DirectorySettingsTable {
  site: string;
  show_ratings: number;
  show_testimonials: number;
  updated_at: number;
}

export type DirectoryDatabase = AdminDatabase & {
  lawyers: LawyersTable;
  photos: PhotosTable;
  directory_settings: DirectorySettingsTable;
};

export type DirectoryDb = Kysely<DirectoryDatabase>;
export type LawyerRow = Selectable<LawyersTable>;

/** The same connection seen with the directory's tables. */
export const directoryDb = (db: Kysely<Database> | Kysely<AdminDatabase>): DirectoryDb => db as unknown as DirectoryDb;
