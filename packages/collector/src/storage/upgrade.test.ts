/**
 * Issue 19: a database written by the previous release (test/fixtures/upgrade/<release>, made by
 * test/fixtures/upgrade/make-fixture.ts on that release's checkout) opens with the current code: the migrations
 * run forward, every table keeps its rows, and every encrypted value decrypts with the release's data key.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inboxList, intakeDetail } from '@retainer/schema/admin';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { encryptedTables } from '../key-rotation/encrypted-columns.ts';
import { selectRows } from '../key-rotation/rotate-batch.ts';
import { startCollector } from '../server/start-collector.ts';
import { tableCounts } from '../test-support/table-counts.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { migrations } from './migrations.ts';

const release = 'main-69947b9';
const fixture = new URL(`../../../../test/fixtures/upgrade/${release}/`, import.meta.url).pathname;
/** As make-fixture.ts writes them. */
const marker = 'UPGRADE-FIXTURE';
const admin = { email: 'hana@harborvale.example', password: 'upgrade fixture password' };
/** Tables a running collector empties by itself (consumed setup tokens, heartbeats, rotation cursors, captcha replays). */
const transient = new Set(['setup_tokens', 'data_key_holders', 'key_rotation_progress', 'captcha_tokens']);

// biome-ignore lint/suspicious/noExplicitAny: every table, named at run time.
type AnyDb = Kysely<any>;

async function restore(kind: 'sqlite' | 'postgres', dir: string) {
  copyFileSync(join(fixture, 'data.key'), join(dir, 'data.key'));
  // Git checks files out 0644; the collector rightly refuses a key others can read (a fresh clone, CI).
  chmodSync(join(dir, 'data.key'), 0o600);
  if (kind === 'sqlite') {
    writeFileSync(join(dir, 'retainer.db'), gunzipSync(readFileSync(join(fixture, 'retainer.db.gz'))), { mode: 0o600 });
    return { drop: async () => {} };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `test_upgrade_${randomBytes(5).toString('hex')}`;
  const dump = gunzipSync(readFileSync(join(fixture, 'postgres.sql.gz'))).toString('utf8');
  execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1'], {
    input: dump.replaceAll('upgrade_fixture', schema),
    stdio: ['pipe', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

describe.each(storageKinds)(`upgrading a ${release} database on %s`, (kind) => {
  it('migrates it forward and reads every record back, decrypted', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-upgrade-'));
    const restored = await restore(kind, dir);
    try {
      const collector = await startCollector({
        port: 0,
        host: '127.0.0.1',
        dataDir: dir,
        log: () => {},
        ...(kind === 'postgres' ? { databaseUrl: process.env.DATABASE_URL, databaseSchema: restored.schema } : {}),
      });
      try {
        const db = collector.storage.db as AnyDb;
        const applied = await db.selectFrom('kysely_migration').select('name').execute();
        expect(applied.map((m) => m.name).sort()).toEqual(Object.keys(migrations).sort());

        const counts = await tableCounts(db);
        const empty = Object.entries(counts)
          .filter(([table, n]) => n === 0 && !transient.has(table))
          .map(([table]) => table);
        // Tables this release adds may start empty; the fixture's own tables all hold rows.
        const fixtureTables = [
          'intakes',
          'intake_notes',
          'intake_history',
          'events',
          'journeys',
          'journey_daily',
          'journey_cohorts',
          'lawyers',
          'photos',
          'faq_entries',
          'faq_questions',
          'matters',
          'matter_updates',
          'matter_messages',
          'matter_invoices',
          'survey_invitations',
          'parties',
          'users',
          'sessions',
          'invitations',
          'erasures',
          'site_captcha',
          'retention_settings',
          'directory_settings',
          'sign_in_failures',
        ];
        for (const table of fixtureTables) expect(empty, table).not.toContain(table);

        // Every encrypted value in every registered column decrypts with the release's key.
        let decrypted = 0;
        const texts: string[] = [];
        for (const entry of encryptedTables) {
          for (const row of await selectRows(db, entry, '', 1_000_000)) {
            for (const t of entry.tokens) {
              const value = row[t.column];
              if (value === null || value === undefined) continue;
              if (t.map) {
                for (const [key, token] of Object.entries(JSON.parse(String(value)) as Record<string, string>)) {
                  texts.push(collector.cipher.decrypt(token, t.address(row, key)));
                  decrypted += 1;
                }
              } else {
                texts.push(collector.cipher.decrypt(String(value), t.address(row)));
                decrypted += 1;
              }
            }
          }
        }
        expect(decrypted).toBeGreaterThan(100);
        for (const planted of [
          'Ann Lee UPGRADE-FIXTURE',
          'called back at 5pm',
          'slow to answer emails',
          'Initech UPGRADE',
        ]) {
          expect(
            texts.some((text) => text.includes(planted)),
            planted,
          ).toBe(true);
        }

        // And through the dashboard's API, parsed with the dashboard's schemas.
        const session = await fetch(`${collector.url}/api/admin/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(admin),
        });
        expect(session.status).toBe(200);
        const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
        const inbox = inboxList.parse(
          await (await fetch(`${collector.url}/api/admin/inbox`, { headers: { cookie } })).json(),
        );
        const ann = inbox.items.find((item) => item.name.includes(`Ann Lee ${marker}`));
        expect(ann).toBeDefined();
        const detail = intakeDetail.parse(
          await (await fetch(`${collector.url}/api/admin/inbox/${ann!.id}`, { headers: { cookie } })).json(),
        );
        expect(detail.notes.map((n) => n.body)).toContain(`${marker} called back at 5pm.`);
      } finally {
        await collector.close();
      }
    } finally {
      await restored.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
