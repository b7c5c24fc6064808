/**
 * The directory's tables (migration `0003-directory`) as Kysely sees them (composed in storage/database.ts).
 */
import type { Selectable } from 'kysely';

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

export type LawyerRow = Selectable<LawyersTable>;
