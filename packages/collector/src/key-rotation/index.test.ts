import { randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { secretAddress } from '../captcha/tables.ts';
import { keyCheckOf } from '../crypto/field-cipher.ts';
import { createKeyring, type DataKeyring, keyIdOf } from '../crypto/keyring.ts';
import { outboxAddress } from '../outbox/tables.ts';
import { seedDemoMatters } from '../status/seed-matters.ts';
import { seedDemoSurvey } from '../survey/seed-survey.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { encryptedTables } from './encrypted-columns.ts';
import { openKeyring, promoteKey, rotationStatus, runRotation, syncKeyring } from './index.ts';
import { selectRows } from './rotate-batch.ts';

const kidOf = (key: Buffer) => keyIdOf(keyCheckOf(key));
const demoCode = 'K7XM-4PQR-9TDW';
const demoReference = 'HV-FAM7-2026';

// biome-ignore lint/suspicious/noExplicitAny: every table, named at run time.
type AnyDb = Kysely<any>;

/** Every encrypted value in the registry's columns, decrypted: `table/id/column[/field]` → plaintext. */
async function plaintexts(db: AnyDb, ring: DataKeyring) {
  const out = new Map<string, string>();
  for (const entry of encryptedTables) {
    for (const row of await selectRows(db, entry, '', 100_000)) {
      const id = String(row[entry.id]);
      for (const t of entry.tokens) {
        const value = row[t.column];
        if (value === null || value === undefined) continue;
        if (t.map) {
          for (const [key, token] of Object.entries(JSON.parse(String(value)) as Record<string, string>)) {
            out.set(`${entry.table}/${id}/${t.column}/${key}`, ring.decrypt(token, t.address(row, key)));
          }
        } else out.set(`${entry.table}/${id}/${t.column}`, ring.decrypt(String(value), t.address(row)));
      }
    }
  }
  return out;
}

/** Tokens (or maps of tokens) by table and column, found by scanning every text column of the database. */
async function columnsHolding(db: AnyDb, kind: string, patterns: string[]): Promise<string[]> {
  const columns =
    kind === 'sqlite'
      ? (
          await Promise.all(
            (
              await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
            ).rows.map(async ({ name }) =>
              (
                await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${name})`.execute(db)
              ).rows
                .filter((c) => c.type.toLowerCase() === 'text')
                .map((c) => ({ table: name, column: c.name })),
            ),
          )
        ).flat()
      : (
          await sql<{ table: string; column: string }>`select table_name as "table", column_name as "column"
            from information_schema.columns where table_schema = current_schema() and data_type = 'text'`.execute(db)
        ).rows;
  const found: string[] = [];
  for (const { table, column } of columns) {
    const c = sql.ref(column);
    const any = sql.join(
      patterns.map((p) => sql`${c} like ${p}`),
      sql` or `,
    );
    const n = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${any}`.execute(db);
    if (Number(n.rows[0]?.n) > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
}

describe.each(storageKinds)('data key rotation on %s', (kind) => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const oldKid = kidOf(oldKey);
  const newKid = kidOf(newKey);
  // The app's cipher: a collector that has loaded both keys and writes with the original until promoted.
  const ring = createKeyring([oldKey, newKey], { legacy: oldKid });
  let kit: AdminKit;
  let db: AnyDb;
  let before: Map<string, string>;
  let oldToken: string;
  const annIntakes: string[] = [];
  let annMatter: { id: string; reference: string; accessCode: string };
  let annSurvey: string;

  const searchAnn = async () => {
    const res = await kit.call('/api/admin/people/search', {
      session: kit.admin,
      body: { email: 'Ann.Lee@example.com' },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { intakes: { id: string }[]; matters: { id: string }[]; surveys: { id: string }[] };
  };
  const lookup = (reference: string, code: string) =>
    kit.app.request('/v1/status/lookup', post({ site: 'harbor-vale', reference, code }));
  const matterView = (token: string) => kit.app.request('/v1/status/matter', post({ token }));
  const expectLookupsWork = async () => {
    expect((await searchAnn()).intakes.map((i) => i.id).sort()).toEqual([...annIntakes].sort());
    const found = await searchAnn();
    expect(found.matters.map((m) => m.id)).toEqual([annMatter.id]);
    expect(found.surveys.map((m) => m.id)).toEqual([annSurvey]);
    const res = await lookup(demoReference, demoCode);
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    expect((await matterView(token)).status).toBe(200);
    expect((await matterView(oldToken)).status).toBe(200);
    expect((await lookup(annMatter.reference, annMatter.accessCode)).status).toBe(200);
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind, {}, { cipher: ring });
    db = kit.storage.db as AnyDb;
    const opened = await openKeyring(kit.storage, [oldKey, newKey], kit.clock.now);
    expect(opened.primaryKid).toBe(oldKid);
    // Something in every encrypted table, under the original key.
    await seedDemoMatters(kit.storage, ring, 'harbor-vale', kit.clock.now);
    await seedDemoSurvey(kit.storage, ring, 'harbor-vale', 8787, kit.clock.now);
    for (let i = 0; i < 7; i++) await kit.submit({ email: `person${i}@example.com`, name: `Person ${i}` });
    annIntakes.push(await kit.submit(), await kit.submit({ adverseParties: ['Initech'] }));
    const [first, second] = annIntakes as [string, string];
    await kit.call(`/api/admin/inbox/${first}/notes`, { session: kit.admin, body: { body: 'Called back at 5pm.' } });
    await kit.call(`/api/admin/inbox/${second}/state`, {
      session: kit.admin,
      body: { state: 'declined', reason: 'Conflict with an existing client' },
    });
    await kit.call('/api/admin/parties/import', {
      session: kit.admin,
      body: 'name\nInitech\nAcme LLC\n',
      headers: { 'content-type': 'text/csv' },
    });
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: 'ann.lee@example.com', practiceArea: 'family' },
    });
    const { matter, accessCode } = (await created.json()) as {
      matter: { id: string; reference: string };
      accessCode: string;
    };
    annMatter = { id: matter.id, reference: matter.reference, accessCode };
    // Issue 17: a matter opened from a retained intake carries its parties (matters.parties).
    const ravi = await kit.submit({
      email: 'ravi.das@example.com',
      name: 'Ravi Das',
      description: 'A supplier contract.',
      adverseParties: ['Globex'],
    });
    for (const state of ['contacted', 'retained']) {
      const moved = await kit.call(`/api/admin/inbox/${ravi}/state`, { session: kit.admin, body: { state } });
      expect(moved.status).toBe(200);
    }
    expect((await kit.call(`/api/admin/inbox/${ravi}/matter`, { session: kit.admin, body: {} })).status).toBe(201);
    const invited = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      // Emailed (issue 15): the reminder's copy of the link token is encrypted too.
      body: {
        moment: 'end',
        clientName: 'Ann Lee',
        email: 'ann.lee@example.com',
        practiceArea: 'family',
        sendEmail: true,
      },
    });
    // Issue 15: staff replies to a prospect and to a client.
    await kit.call(`/api/admin/inbox/${first}/replies`, {
      session: kit.admin,
      body: { text: 'We can meet on Monday.' },
    });
    await kit.call(`/api/admin/matters/${matter.id}/replies`, { session: kit.admin, body: { text: 'Filed today.' } });
    annSurvey = ((await invited.json()) as { invitation: { id: string } }).invitation.id;
    await kit.app.request(
      '/v1/faq/ask',
      post({ id: randomUUID(), site: 'harbor-vale', lang: 'en', question: 'How much does a divorce cost?' }),
    );
    await db
      .insertInto('site_captcha')
      .values({
        site: 'harbor-vale',
        provider: 'turnstile',
        secret: ring.encrypt('0x4AAAA-secret', secretAddress('harbor-vale')),
        updated_at: kit.clock.now,
      })
      .execute();
    // Issue 15: a site's SMTP password, and extra headers on one message (survey emails carry List-Unsubscribe).
    await kit.call('/api/admin/sites/harbor-vale/email-settings', {
      method: 'PUT',
      session: kit.admin,
      body: { host: 'smtp.harborvale.example', user: 'mailer', password: 'smtp-secret' },
    });
    const message = await db.selectFrom('outbox').select(['id', 'site']).limit(1).executeTakeFirstOrThrow();
    await db
      .updateTable('outbox')
      .set({ headers: ring.encrypt('{"List-Unsubscribe":"<https://x.example/u>"}', outboxAddress(message, 'headers')) })
      .where('id', '=', message.id)
      .execute();
    oldToken = ((await (await lookup(demoReference, demoCode)).json()) as { token: string }).token;
    await kit.app.request('/v1/status/message', post({ id: randomUUID(), token: oldToken, text: 'Any news?' }));
    before = await plaintexts(db, ring);
  }, 60_000);
  afterAll(() => kit.cleanup());

  it('has data in every registry table, all under the original key in the pre-rotation format', async () => {
    const tables = new Set([...before.keys()].map((k) => k.split('/')[0]));
    expect([...tables].sort()).toEqual([...new Set(encryptedTables.map((t) => t.table))].sort());
    expect(await columnsHolding(db, kind, [`v2.%`, '%"v2.%'])).toEqual([]);
  });

  it('lists every column that holds a token in the one registry', async () => {
    const registered = encryptedTables.flatMap((t) => t.tokens.map((c) => `${t.table}.${c.column}`)).sort();
    const holding = await columnsHolding(db, kind, ['v1.%', 'v2.%', '%"v1.%', '%"v2.%']);
    for (const column of holding) expect(registered, `${column} holds tokens`).toContain(column);
    expect(holding).toEqual(registered);
  });

  it('refuses to start with a wrong key or without one the data needs, and records new keys as added', async () => {
    await expect(openKeyring(kit.storage, [randomBytes(32)])).rejects.toThrow(/does not match/);
    await expect(openKeyring(kit.storage, [newKey])).rejects.toThrow(new RegExp(`still needs data key ${oldKid}`));
    // An added key never encrypted anything: leaving it out is fine.
    expect((await openKeyring(kit.storage, [oldKey])).primaryKid).toBe(oldKid);
    const states = await db.selectFrom('data_keys').select(['kid', 'state']).orderBy('kid').execute();
    expect(Object.fromEntries(states.map((s) => [s.kid, s.state]))).toEqual({ [oldKid]: 'primary', [newKid]: 'added' });
  });

  it('promotes only a key every live collector has, then writes new data with it', async () => {
    await db
      .insertInto('data_key_holders')
      .values({ instance: 'old-collector', kids: oldKid, writes_with: oldKid, seen_at: kit.clock.now })
      .execute();
    await syncKeyring(db, ring, 'this-collector', kit.clock.now);
    await expect(promoteKey(db, newKid, kit.clock.now)).rejects.toThrow(/1 running collector/);
    await db.deleteFrom('data_key_holders').where('instance', '=', 'old-collector').execute();
    await promoteKey(db, newKid, kit.clock.now);
    expect(ring.primaryKid).toBe(oldKid);
    await syncKeyring(db, ring, 'this-collector', kit.clock.now);
    expect(ring.primaryKid).toBe(newKid);

    annIntakes.push(await kit.submit());
    const row = await db
      .selectFrom('intakes')
      .select(['personal', 'email_index'])
      .where('id', '=', annIntakes[2]!)
      .executeTakeFirstOrThrow();
    for (const token of Object.values(JSON.parse(row.personal) as Record<string, string>)) {
      expect(token.startsWith(`v2.${newKid}.`)).toBe(true);
    }
    expect(row.email_index.startsWith(`${newKid}:`)).toBe(true);
    // A restarted collector reads the primary from the database.
    expect((await openKeyring(kit.storage, [oldKey, newKey])).primaryKid).toBe(newKid);
  });

  it('finds rows indexed under either key before, during and after re-encryption; the job resumes and tolerates a twin', async () => {
    await expectLookupsWork();
    const first = await runRotation(db, ring, { now: kit.clock.now, batchSize: 4, maxBatches: 1 });
    expect(first).toMatchObject({ batches: 1, finished: false });
    expect(first.rewritten).toBeGreaterThan(0);
    const progress = await db.selectFrom('key_rotation_progress').selectAll().execute();
    expect(progress).toEqual([expect.objectContaining({ table_name: 'intakes', target_kid: newKid, done: 0 })]);
    // Half done: some intakes under each key.
    const personal = (await db.selectFrom('intakes').select('personal').execute()).map((r) => String(r.personal));
    expect(personal.some((p) => p.includes(`"v2.${newKid}.`))).toBe(true);
    expect(personal.some((p) => p.includes('"v1.'))).toBe(true);
    await expectLookupsWork();

    // "Restart": fresh keyrings from the database, two collectors running the job at once.
    const a = await openKeyring(kit.storage, [oldKey, newKey]);
    const b = await openKeyring(kit.storage, [newKey, oldKey]);
    const [runA, runB] = await Promise.all([
      runRotation(db, a, { now: kit.clock.now, batchSize: 3 }),
      runRotation(db, b, { now: kit.clock.now, batchSize: 3 }),
    ]);
    expect(runA.finished || runB.finished).toBe(true);
    const done = await db.selectFrom('key_rotation_progress').selectAll().execute();
    expect(done.every((p) => Number(p.done) === 1 && p.target_kid === newKid)).toBe(true);
    await expectLookupsWork();
  }, 60_000);

  it('leaves every encrypted column readable with the new key alone, with the same plaintext', async () => {
    const newOnly = createKeyring([newKey], { legacy: oldKid });
    const after = await plaintexts(db, newOnly);
    for (const [where, text] of before) expect(after.get(where), where).toBe(text);
    expect(await columnsHolding(db, kind, ['v1.%', '%"v1.%'])).toEqual([]);
    // Blind indexes under the new key are all in the registry too.
    const indexColumns = encryptedTables.flatMap((t) => t.indexes.map((i) => `${t.table}.${i.column}`));
    for (const column of await columnsHolding(db, kind, [`${newKid}:%`])) expect(indexColumns).toContain(column);
    expect(await columnsHolding(db, kind, [`${newKid}:%`])).toEqual(
      expect.arrayContaining(['intakes.email_index', 'matters.email_index', 'parties.match_key']),
    );
  }, 30_000);

  it('keeps the old key until access codes are reissued and content indexes expire, then retires it', async () => {
    const status = await rotationStatus(db, kit.clock.now);
    const old = status.keys.find((k) => k.kid === oldKid)!;
    expect(old.state).toBe('decrypt-only');
    expect(old.dependents.map((d) => `${d.table}.${d.column}:${d.kind}`).sort()).toEqual([
      'intakes.content_index:expires',
      'matters.code_hash:pinned',
    ]);
    await expect(openKeyring(kit.storage, [newKey])).rejects.toThrow(new RegExp(`still needs data key ${oldKid}`));

    const dayLater = kit.clock.now + 25 * 3_600_000;
    let run = await runRotation(db, ring, { now: dayLater, recheck: true });
    expect(run.remaining?.[oldKid]?.map((d) => d.column)).toEqual(['code_hash']);
    expect(run.retired).toEqual([]);
    // Staff reissue every code; the old code stops working, the new one works under the new key.
    const matters = await db.selectFrom('matters').select(['id', 'reference']).execute();
    const codes = new Map<string, string>();
    for (const m of matters) {
      const res = await kit.call(`/api/admin/matters/${m.id}/access-code`, { session: kit.admin, body: {} });
      codes.set(String(m.reference), ((await res.json()) as { accessCode: string }).accessCode);
    }
    run = await runRotation(db, ring, { now: dayLater, recheck: true });
    expect(run).toMatchObject({ finished: true, retired: [oldKid] });
    expect((await lookup(demoReference, demoCode)).status).not.toBe(200);
    expect((await lookup(demoReference, codes.get(demoReference)!)).status).toBe(200);

    // Now the old key can go, and a collector without the new one cannot start.
    expect((await openKeyring(kit.storage, [newKey])).primaryKid).toBe(newKid);
    await expect(openKeyring(kit.storage, [oldKey])).rejects.toThrow(new RegExp(`still needs data key ${newKid}`));
  }, 30_000);
});
