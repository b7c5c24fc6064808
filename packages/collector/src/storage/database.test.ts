import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import type { Database, Db } from './database.ts';

/** Every table of `Database`: tsc fails when a key is missing here or is not a table of `Database`. */
const tables: { [K in keyof Database]: true } = {
  sites: true,
  disclaimers: true,
  intakes: true,
  events: true,
  retainer_meta: true,
  journeys: true,
  journey_daily: true,
  journey_cohorts: true,
  journey_cohort_marks: true,
  journey_combos: true,
  journey_combo_keys: true,
  journey_pairs: true,
  firms: true,
  users: true,
  sessions: true,
  invitations: true,
  setup_tokens: true,
  sign_in_failures: true,
  intake_notes: true,
  intake_history: true,
  parties: true,
  erasures: true,
  lawyers: true,
  photos: true,
  directory_settings: true,
  rate_limits: true,
  faq_entries: true,
  faq_settings: true,
  faq_questions: true,
  survey_invitations: true,
  survey_settings: true,
  matters: true,
  matter_updates: true,
  matter_invoices: true,
  matter_messages: true,
  retention_settings: true,
  data_keys: true,
  data_key_holders: true,
  key_rotation_progress: true,
  site_captcha: true,
  captcha_tokens: true,
  outbox: true,
  email_settings: true,
  notification_preferences: true,
  intake_replies: true,
  matter_replies: true,
  email_unsubscribes: true,
  password_resets: true,
  firm_messaging_settings: true,
  site_messaging_settings: true,
  clio_grow_settings: true,
  clio_grow_answers: true,
  conflict_clearances: true,
  two_factor: true,
  recovery_codes: true,
  access_log: true,
  access_log_settings: true,
  webhook_endpoints: true,
  webhook_attempts: true,
  api_keys: true,
  api_key_uses: true,
};

/**
 * Never called: these lines only have to compile, or fail to, under `tsc` (`npm test` runs it). Each
 * `@ts-expect-error` fails the build if the error below it goes away, e.g. if `Database` became `any`.
 */
export function misspeltNamesFailToCompile(db: Db) {
  // @ts-expect-error a table no migration creates
  db.selectFrom('lawyer').selectAll();
  // @ts-expect-error a column the table does not have
  db.selectFrom('lawyers').select('nmae');
  // @ts-expect-error a column another feature adds to a table is typed with it (messaging's `notify_updates` is a number)
  db.updateTable('matters').set({ notify_updates: 'yes' });
  // A column a later migration adds to another feature's table is part of that table.
  db.selectFrom('intakes').select(['assignee', 'text_purged_at', 'matter_id']);
}

describe.each(storageKinds)('the Database type on %s', (kind) => {
  let test: TestStorage;
  beforeAll(async () => {
    test = await openTestStorage(kind);
  });
  afterAll(() => test.cleanup());

  it('names exactly the tables the migrations create', async () => {
    const db = test.storage.db;
    const current =
      kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
    const created = (await db.introspection.getTables())
      .filter((table) => !table.isView && (current === undefined || table.schema === current))
      .map((table) => table.name);
    expect(new Set(created)).toEqual(new Set(Object.keys(tables)));
  });
});
