/**
 * Schema migrations, run at start for both dialects through Kysely's Migrator
 * (its `kysely_migration` table records what ran). Later issues append entries;
 * never edit one that has shipped.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import { accessLogMigration } from '../access-log/migration.ts';
import { dashboardMigration } from '../admin-store/migration.ts';
import { apiKeysMigration } from '../api-keys/migration.ts';
import { captchaMigration } from '../captcha/migration.ts';
import { clioGrowMigration } from '../clio-grow/migration.ts';
import { directoryMigration } from '../directory/migration.ts';
import { faqMigration } from '../faq/migration.ts';
import { intakeSpamMigration } from '../intake/spam-migration.ts';
import { journeyCohortsDayMigration, journeyCohortsMigration } from '../journey/cohort-migration.ts';
import {
  journeyComboKeysMigration,
  journeyCombosMigration,
  journeyPairsMigration,
  journeySinglesMigration,
} from '../journey/combo-migration.ts';
import { journeyMigration } from '../journey/migration.ts';
import { keyRotationMigration } from '../key-rotation/migration.ts';
import { messagingMigration } from '../messaging/migration.ts';
import { outboxMigration } from '../outbox/migration.ts';
import { peopleIndexMigration } from '../people/migration.ts';
import { rateLimitMigration } from '../rate-limit/migration.ts';
import { retentionMigration } from '../retention/migration.ts';
import { statusMigration } from '../status/migration.ts';
import { surveyMigration } from '../survey/migration.ts';
import { teamMigration } from '../team/migration.ts';
import { twoFactorMigration } from '../two-factor/migration.ts';
import { webhooksMigration } from '../webhooks/migration.ts';

const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('config', 'text', (col) => col.notNull())
      .addColumn('allowed_origins', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('disclaimers')
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('disclaimers_pk', ['site', 'version'])
      .execute();
    await db.schema
      .createTable('intakes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull().references('sites.id'))
      .addColumn('reference', 'text', (col) => col.notNull().unique())
      .addColumn('journey', 'text')
      .addColumn('practice_area', 'text')
      .addColumn('state', 'text', (col) => col.notNull().defaultTo('new'))
      .addColumn('disclaimer_version', 'integer', (col) => col.notNull())
      .addColumn('personal', 'text', (col) => col.notNull())
      .addColumn('details', 'text', (col) => col.notNull())
      .addColumn('request_hash', 'text', (col) => col.notNull())
      .addColumn('response', 'text', (col) => col.notNull())
      .addColumn('received_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('intakes_site_received').on('intakes').columns(['site', 'received_at']).execute();
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('site', 'text', (col) => col.notNull())
      .addColumn('journey', 'text', (col) => col.notNull())
      .addColumn('stage', 'text', (col) => col.notNull())
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('ts', 'bigint', (col) => col.notNull())
      .addColumn('received_at', 'bigint', (col) => col.notNull())
      .addColumn('props', 'text')
      .execute();
    // Journey map queries: volume per stage over time, and all events of one journey.
    await db.schema.createIndex('events_site_stage_ts').on('events').columns(['site', 'stage', 'ts']).execute();
    await db.schema.createIndex('events_site_journey').on('events').columns(['site', 'journey', 'ts']).execute();
    await db.schema
      .createTable('retainer_meta')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .execute();
  },
};

/** Every migration, in order. Names sort lexically, so keep the zero-padded prefix. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-dashboard': dashboardMigration,
  '0003-directory': directoryMigration,
  '0004-rate-limits': rateLimitMigration,
  '0005-faq': faqMigration,
  '0006-survey': surveyMigration,
  '0007-status': statusMigration,
  '0008-journey': journeyMigration,
  '0009-intake-spam': intakeSpamMigration,
  '0010-journey-cohorts': journeyCohortsMigration,
  '0011-retention': retentionMigration,
  '0012-key-rotation': keyRotationMigration,
  '0013-captcha': captchaMigration,
  '0014-people-index': peopleIndexMigration,
  '0018-outbox': outboxMigration,
  '0019-messaging': messagingMigration,
  '0023-team': teamMigration,
  '0024-webhooks': webhooksMigration,
  '0025-api-keys': apiKeysMigration,
  '0026-clio-grow': clioGrowMigration,
  '0027-two-factor': twoFactorMigration,
  '0028-access-log': accessLogMigration,
  '0029-journey-combos': journeyCombosMigration,
  '0030-journey-cohorts-day': journeyCohortsDayMigration,
  '0031-journey-combo-keys': journeyComboKeysMigration,
  '0032-journey-pairs': journeyPairsMigration,
  '0033-journey-singles': journeySinglesMigration,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, migrationTableSchema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed`, { cause: error });
  }
}
